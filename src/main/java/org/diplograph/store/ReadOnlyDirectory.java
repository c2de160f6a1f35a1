package org.diplograph.store;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * A Lucene directory that can be read and never written: the text index of a read-only store.
 *
 * <p>Why: jena-text's index always opens an {@code IndexWriter}, which takes the directory's write
 * lock (a file) and would write whatever it found pending. A replica serves a copy that its
 * manifest checks file by file, so it must not change a byte of it. Here the lock is granted without
 * a file (the replica's process holds its own copy) and every call that would create, delete, rename
 * or sync a file fails, so an unexpected write is an error, never a silent change.
 */
final class ReadOnlyDirectory extends FilterDirectory {
    ReadOnlyDirectory(Directory in) {
        super(in);
    }

    private IOException refused(String what) {
        return new IOException("the text index is read-only here (" + what + ")");
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        throw refused("create " + name);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        throw refused("create a temporary file");
    }

    @Override
    public void deleteFile(String name) throws IOException {
        throw refused("delete " + name);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        throw refused("rename " + source);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        if (!names.isEmpty()) throw refused("sync " + names);
    }

    @Override
    public void syncMetaData() {
        // nothing was written
    }

    @Override
    public Lock obtainLock(String name) {
        return new Lock() {
            @Override
            public void close() {}

            @Override
            public void ensureValid() {}
        };
    }
}
