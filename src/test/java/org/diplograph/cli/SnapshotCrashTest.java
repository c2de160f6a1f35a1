package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot killed while it is written leaves no folder that looks whole, and the next run writes it. */
class SnapshotCrashTest {
    @TempDir Path tmp;

    @Tag("integration")
    @Test
    void aKilledSnapshotLeavesNothingAtItsTarget() throws Exception {
        Path db = tmp.resolve("data");
        assertEquals(0, CommandRun.of("ingest", "--db", db.toString(), "seeds").exit());
        Path out = tmp.resolve("snap");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "snapshot", "--db", db.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Optional<Path> partial = Optional.empty();
        for (int i = 0; i < 12_000 && child.isAlive() && partial.isEmpty(); i++) {
            partial = partial().filter(p -> Files.exists(p.resolve("tdb2")));
            if (partial.isEmpty()) Thread.sleep(5);
        }
        assertTrue(partial.isPresent(), "the child was caught writing: " + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly().waitFor();

        assertTrue(Files.notExists(out), "no folder at the target");
        assertTrue(Files.notExists(partial.get().resolve("manifest.json")), "the partial copy has no manifest");
        CommandRun verify = CommandRun.of("snapshot", "--verify", partial.get().toString());
        assertEquals(1, verify.exit(), "and does not pass for a snapshot");

        CommandRun again = CommandRun.of("snapshot", "--db", db.toString(), out.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(0, CommandRun.of("snapshot", "--verify", out.toString()).exit());
    }

    private Optional<Path> partial() throws java.io.IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(".snap.partial-")).toList();
            return found.stream().findFirst();
        }
    }
}
