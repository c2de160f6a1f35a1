package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot}, {@code snapshot --verify} and {@code serve --read-only}'s refusals, as the command line runs them. */
class SnapshotCommandTest {
    @TempDir Path tmp;

    @Test
    void writesAVerifiableSnapshotAndNamesTheFileThatChanged() throws Exception {
        Path db = tmp.resolve("data");
        assertEquals(0, CommandRun.of("ingest", "--db", db.toString(), "seeds/002_60b42acfeed2b7c8.txt").exit());
        Path out = tmp.resolve("snap");
        CommandRun written = CommandRun.of("snapshot", "--db", db.toString(), out.toString());
        assertEquals(0, written.exit(), written.err());
        assertTrue(written.out().startsWith("Snapshot of " + db + " written to " + out + ": "), written.out());

        CommandRun verified = CommandRun.of("snapshot", "--verify", out.toString());
        assertEquals(0, verified.exit(), verified.err());
        assertTrue(verified.out().startsWith("Snapshot " + out + " matches its manifest: "), verified.out());

        Path text = out.resolve("text").resolve("segments_1");
        try (RandomAccessFile f = new RandomAccessFile(text.toFile(), "rw")) {
            f.seek(f.length() - 1);
            int b = f.read();
            f.seek(f.length() - 1);
            f.write(b ^ 0x10);
        }
        CommandRun changed = CommandRun.of("snapshot", "--verify", out.toString());
        assertEquals(1, changed.exit());
        assertEquals("diplograph: " + text + ": its SHA-256 differs from the manifest's (the file was changed)\n"
                + "diplograph: the snapshot " + out + " does not match its manifest (1 file)\n", changed.err());

        CommandRun taken = CommandRun.of("snapshot", "--db", db.toString(), out.toString());
        assertEquals(1, taken.exit());
        assertEquals("diplograph: " + out + " exists and is not an empty folder: give the snapshot a new folder\n", taken.err());

        CommandRun none = CommandRun.of("snapshot", "--verify", db.toString());
        assertEquals(1, none.exit());
        assertEquals("diplograph: " + db + " has no manifest.json: it is not a snapshot, or its writing did not complete\n", none.err());
    }

    @Test
    void aReadOnlyServerTakesNoWriteOption() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: a-long-secret\n");
        for (String[] extra : new String[][] {{"--allow-update", "--password-file", passwords.toString()}, {"--watch", tmp.toString()}}) {
            String[] args = new String[4 + extra.length];
            System.arraycopy(new String[] {"serve", "--read-only", "--port", "0"}, 0, args, 0, 4);
            System.arraycopy(extra, 0, args, 4, extra.length);
            CommandRun run = CommandRun.of(args);
            assertEquals(1, run.exit(), extra[0]);
            assertEquals("diplograph: --read-only serves a snapshot with every write path closed: no --allow-update,"
                    + " --password-file or --watch\n", run.err());
        }
        CommandRun noData = CommandRun.of("serve", "--read-only", "--port", "0", "--db", tmp.resolve("none").toString());
        assertEquals(1, noData.exit());
        assertTrue(noData.err().startsWith("diplograph: No dataset in " + tmp.resolve("none")), noData.err());
        assertTrue(Files.notExists(tmp.resolve("none")), "nothing created");
    }
}
