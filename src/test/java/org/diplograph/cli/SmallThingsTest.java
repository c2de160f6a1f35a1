package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small things a user notices: what the graph stores and what the commands print, run on the real store. */
class SmallThingsTest {
    @TempDir Path tmp;

    @Test
    void confidencesOfTheSeedsHaveAtMostTwoDecimals() {
        Path db = tmp.resolve("data");
        CommandRun r = CommandRun.of("ingest", "--db", db.toString(), "seeds");
        assertEquals(0, r.exit(), r.err());
        List<String> noisy = new ArrayList<>();
        int seen;
        try (Store store = Store.open(db)) {
            seen = Txn.calculateRead(store.dataset(), () -> {
                int n = 0;
                var it = store.dataset().find(Node.ANY, Node.ANY, DIP.confidence, Node.ANY);
                while (it.hasNext()) {
                    String lex = it.next().getObject().getLiteralLexicalForm();
                    n++;
                    int dot = lex.indexOf('.');
                    if (dot >= 0 && lex.length() - dot - 1 > 2) noisy.add(lex);
                }
                return n;
            });
        }
        assertTrue(seen > 0, "the seeds carry confidences");
        assertTrue(noisy.isEmpty(), "more than two decimals: " + noisy);
    }

    @Test
    void loadingTheSameFilesAgainChangesNotOneQuadAndSaysQuads() throws Exception {
        String db = tmp.resolve("data").toString();
        CommandRun first = CommandRun.of("ingest", "--db", db, "seeds");
        assertEquals(0, first.exit(), first.err());
        long before = quads(Path.of(db));
        CommandRun again = CommandRun.of("ingest", "--db", db, "seeds");
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, quads(Path.of(db)), "a re-run adds nothing, not even a record of itself");
        assertTrue(again.out().contains("Dataset: " + before + " quads,"), again.out());
    }

    private static long quads(Path db) {
        try (Store store = Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                long n = 0;
                var it = store.dataset().find();
                while (it.hasNext()) { it.next(); n++; }
                return n;
            });
        }
    }

    @Test
    void upOnATakenPortSaysSoAndSuggestsPortBeforeLoadingAnything() throws Exception {
        Path db = tmp.resolve("data");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandRun r = CommandRun.of("up", "--db", db.toString(), "--port", "" + taken.getLocalPort(), "seeds");
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.err().contains("Port " + taken.getLocalPort() + " on 127.0.0.1 is in use") && r.err().contains("--port"),
                    r.err());
            assertFalse(r.out().contains("Loaded"), "nothing loaded before the port was known to be free: " + r.out());
        }
    }

    @Test
    void versionIsTheBuildsOwn() {
        CommandRun r = CommandRun.of("--version");
        assertEquals(0, r.exit());
        assertEquals("diplograph " + org.diplograph.Version.get(), r.out().strip());
        assertFalse(org.diplograph.Version.get().equals("unknown"), "the build wrote its version");
    }

    @Test
    void anUnrelatedStoryAfterTheSeedsPrintsNoDuplicatesLine() throws Exception {
        String db = tmp.resolve("data").toString();
        CommandRun seeds = CommandRun.of("ingest", "--db", db, "seeds");
        assertTrue(seeds.out().contains("Duplicates: 1 article repeats a story"), "000 repeats 001: " + seeds.out());
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("pecheurs.txt"), """
                Le Chili et la Norvège coopèrent sur la pêche durable

                Santiago (AFP) - Le ministre chilien de l'Économie et son homologue norvégien se sont rencontrés\
                 le 12 mars à Santiago pour discuter de la gestion des stocks de saumon et de la recherche marine.

                Les deux pays prévoient des échanges de chercheurs entre leurs instituts océanographiques.
                """);
        CommandRun other = CommandRun.of("ingest", "--db", db, in.toString());
        assertEquals(0, other.exit(), other.err());
        assertTrue(other.out().contains("1 new, 0 changed, 0 unchanged articles"), other.out());
        assertFalse(other.out().contains("Duplicates"), "the copy was linked by the first run: " + other.out());
    }

    /** The export, the facts export and the report: each file they write has the mode any new file gets. */
    @Test
    void exportedFilesGetTheModeOfAnyNewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX modes");
        String db = tmp.resolve("data").toString();
        assertEquals(0, CommandRun.of("ingest", "--db", db, "seeds").exit());
        Path out = tmp.resolve("out").resolve("seeds.nq");
        CommandRun export = CommandRun.of("export", "--db", db, out.toString());
        assertEquals(0, export.exit(), export.err());
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("out").resolve("plain")));
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(out)),
                "as the umask gives any new file, not rw------- of a temporary file");
        Path facts = tmp.resolve("out").resolve("facts");
        assertEquals(0, CommandRun.of("export-facts", "--db", db, facts.toString()).exit());
        Path report = tmp.resolve("out").resolve("report");
        assertEquals(0, CommandRun.of("report", "--db", db, report.toString()).exit());
        for (Path dir : List.of(facts, report)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                            f.toString());
                }
            }
        }
    }

    /** Outside the project folder there is no seeds/ to measure: one line that says so, no stack trace. */
    @Tag("integration")
    @Test
    void benchOutsideTheProjectFolderSaysWhatIsMissingInOneLine() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path err = tmp.resolve("bench.err");
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "bench", "--repeat", "1", "--rounds", "1",
                "--threads", "0")
                .directory(elsewhere.toFile()).redirectErrorStream(false).redirectError(err.toFile())
                .redirectOutput(tmp.resolve("bench.out").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bench did not end");
        List<String> lines = Files.readAllLines(err);
        assertEquals(1, p.exitValue(), String.join("\n", lines));
        assertEquals(1, lines.size(), "one line: " + lines);
        assertTrue(lines.get(0).startsWith("diplograph: ") && lines.get(0).contains("seeds"), lines.get(0));
    }
}
