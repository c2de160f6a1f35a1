package org.diplograph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.diplograph.DiplographException;

/**
 * What a snapshot holds, written beside it as {@value #FILE}: which build wrote it, the extractor
 * version and data format of its graphs, how many articles and quads, when, and the size and
 * SHA-256 of every file, so that a copy can be checked before a replica serves it ({@link #verify}).
 *
 * <p>Files that a process opening the folder writes for itself are not part of it: the locks
 * ({@code tdb.lock}, {@code write.lock}), the server's record ({@code server.url}) and its working
 * area ({@code fuseki/}). Every other file is listed, and one that is missing, of another size or
 * checksum, or not listed, is a difference.
 *
 * @param manifest    the manifest's own format, {@value #FORMAT}
 * @param diplograph  the version of the build that wrote the snapshot
 * @param extractor   the extractor version of that build
 * @param dataFormat  the data format of the folder ({@code format})
 * @param articles    the articles the dataset holds
 * @param quads       the quads of the database
 * @param created     when the snapshot was taken (ISO-8601, UTC)
 * @param files       by path inside the snapshot, with {@code /} between folders
 */
public record SnapshotManifest(String manifest, String diplograph, String extractor, int dataFormat, long articles, long quads,
                               String created, SortedMap<String, FileSum> files) {
    /** The manifest's file name, at the top of a snapshot. */
    public static final String FILE = "manifest.json";
    static final String FORMAT = "diplograph snapshot 1";

    /** One file: its size in bytes and its SHA-256, in lower-case hex. */
    public record FileSum(long size, String sha256) {}

    public SnapshotManifest {
        files = new TreeMap<>(files);
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Whether {@code relative} (a path inside a snapshot, {@code /} between folders) is a file the manifest leaves out. */
    static boolean runtimeFile(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return relative.equals(FILE) || relative.equals(ServerRecord.FILE) || relative.startsWith(Store.WORK_AREA + "/")
                || name.equals(HoldingProcess.LOCK_FILE) || name.equals("write.lock");
    }

    /** The size and SHA-256 of every file of {@code folder} but {@link #runtimeFile the runtime ones}. */
    static SortedMap<String, FileSum> sums(Path folder) {
        SortedMap<String, FileSum> out = new TreeMap<>();
        for (Path f : files(folder)) {
            String rel = relative(folder, f);
            if (!runtimeFile(rel)) out.put(rel, sum(f));
        }
        return out;
    }

    /** Writes the manifest into {@code folder}. */
    void write(Path folder) {
        try {
            JSON.writeValue(folder.resolve(FILE).toFile(), this);
        } catch (IOException e) {
            throw new DiplographException("Cannot write " + folder.resolve(FILE) + ": " + StoreWrite.reason(e), e);
        }
    }

    /** The manifest of the snapshot in {@code folder}; one line naming the folder when there is none or it cannot be read. */
    public static SnapshotManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new DiplographException(folder + " has no " + FILE + ": it is not a snapshot, or its writing did not complete");
        }
        try {
            SnapshotManifest m = JSON.readValue(file.toFile(), SnapshotManifest.class);
            if (!FORMAT.equals(m.manifest()) || m.files() == null) {
                throw new DiplographException(file + " is not a manifest this build reads (it should say \"" + FORMAT + "\")");
            }
            return m;
        } catch (IOException e) {
            throw new DiplographException(file + " cannot be read as a snapshot manifest: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : StoreWrite.reason(e)), e);
        }
    }

    /**
     * Checks the snapshot in {@code folder} against its manifest: one line per difference (a file
     * missing, of another size or checksum, or not listed), naming the file; empty when it matches.
     */
    public static List<String> verify(Path folder) {
        SnapshotManifest m = read(folder);
        List<String> problems = new ArrayList<>();
        SortedMap<String, Path> found = new TreeMap<>();
        for (Path f : files(folder)) {
            String rel = relative(folder, f);
            if (!runtimeFile(rel)) found.put(rel, f);
        }
        for (Map.Entry<String, FileSum> e : m.files().entrySet()) {
            Path f = found.remove(e.getKey());
            Path shown = folder.resolve(e.getKey());
            if (f == null) {
                problems.add(shown + ": missing");
                continue;
            }
            long size = size(f);
            if (size != e.getValue().size()) {
                problems.add(shown + ": " + size + " bytes, the manifest says " + e.getValue().size());
            } else if (!sum(f).sha256().equals(e.getValue().sha256())) {
                problems.add(shown + ": its SHA-256 differs from the manifest's (the file was changed)");
            }
        }
        for (String extra : found.keySet()) problems.add(folder.resolve(extra) + ": not in the manifest");
        return problems;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DiplographException("Cannot list the files of " + folder + ": " + StoreWrite.reason(e), e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new DiplographException("Cannot read " + f + ": " + StoreWrite.reason(e), e);
        }
    }

    private static FileSum sum(Path f) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot read " + f + ": " + StoreWrite.reason(e), e);
        }
        return new FileSum(size, HexFormat.of().formatHex(sha.digest()));
    }
}
