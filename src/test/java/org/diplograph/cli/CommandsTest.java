package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest, serve and up commands, run as a user runs them. */
class CommandsTest {
    @TempDir Path tmp;

    /** What one command run printed and returned. */
    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void ingestLoadsTheSeedsAndSaysWhat() {
        String db = tmp.resolve("data").toString();
        Run first = run("ingest", "--db", db, "seeds");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("5 new, 0 changed, 0 unchanged articles"), first.out());
        assertTrue(first.out().contains("and 25 teasers listed on their pages"), first.out());
        assertTrue(first.out().contains("Duplicates: 1 article repeats a story also loaded"), "000 repeats 001: " + first.out());
        assertTrue(first.out().contains("30 articles"), "five pages and the 25 teasers they list: " + first.out());

        Run again = run("ingest", "--db", db, "seeds");
        assertEquals(0, again.status());
        assertTrue(again.out().contains("0 new, 0 changed, 5 unchanged articles"), again.out());
    }

    @Test
    void exportRdfWritesEveryGraphThatJenaReadsBackUnchanged() {
        Path data = tmp.resolve("data");
        assertEquals(0, run("ingest", "--db", data.toString(), "seeds").status());
        Path file = tmp.resolve("graph.trig");
        Run r = run("export-rdf", "--db", data.toString(), file.toString());
        assertEquals(0, r.status(), r.err());
        org.apache.jena.sparql.core.DatasetGraph read = org.apache.jena.riot.RDFParser.source(file).toDatasetGraph();
        try (org.diplograph.store.Store store = org.diplograph.store.Store.open(data)) {
            org.apache.jena.sparql.core.DatasetGraph dsg = store.dataset();
            org.apache.jena.system.Txn.executeRead(dsg, () -> {
                java.util.List<org.apache.jena.graph.Node> graphs = new java.util.ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                assertTrue(graphs.size() >= 8, "ontology, summary, runs and five articles: " + graphs);
                for (org.apache.jena.graph.Node g : graphs) {
                    assertTrue(dsg.getGraph(g).isIsomorphicWith(read.getGraph(g)), "graph " + g + " read back unchanged");
                }
            });
        }
    }

    @Test
    void ingestNamesTheFileThatFailedGoesOnAndSumsUpWhatItSkipped() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds", "002_60b42acfeed2b7c8.txt"), in.resolve("002.txt"));
        Files.writeString(in.resolve("broken.json"), "[{\"id\": 1,");
        Files.write(in.resolve("empty.txt"), new byte[0]);

        Run r = run("ingest", "--db", tmp.resolve("data").toString(), in.toString());

        assertEquals(0, r.status(), "something was read");
        assertTrue(r.err().contains("broken.json: malformed JSON at line 1"), r.err());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.out().contains("1 new"), r.out());
        assertTrue(r.out().contains("2 inputs failed"), r.out());
        assertTrue(r.out().contains("Skipped 2 inputs: 1 × empty file, 1 × malformed JSON at line N")
                || r.out().contains("Skipped 2 inputs: 1 × malformed JSON at line N, 1 × empty file"), r.out());
    }

    @Test
    void ingestExitsWithOneWhenNothingCouldBeRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("broken.json"), "[{\"id\": 1,");
        Files.write(in.resolve("binary.txt"), new byte[] {1, 0, 2, 0});

        Run r = run("ingest", "--db", tmp.resolve("data").toString(), in.toString(), tmp.resolve("nowhere").toString());

        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("nowhere: no such file or folder"), r.err());
        assertTrue(r.err().contains("binary.txt: binary file"), r.err());
        assertTrue(r.out().contains("Skipped 3 inputs"), r.out());
    }

    @Test
    void anArticleOverMaxArticleSizeIsSkippedAndTheOthersLoaded() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds", "002_60b42acfeed2b7c8.txt"), in.resolve("002.txt"));
        Files.writeString(in.resolve("small.txt"), "Le ministre du Commerce du Chili a reçu son homologue.");

        Run r = run("ingest", "--db", tmp.resolve("data").toString(), "--max-article-size", "1000", in.toString());

        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("002.txt: file is") && r.err().contains("over the article size limit of 1000"), r.err());
        assertTrue(r.out().contains("1 new"), r.out());
    }

    @Test
    void ingestLoadsTheValidFilesBesideJsonNestedTooDeep() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-deep.json"), "[".repeat(100_000));
        Files.copy(Path.of("seeds", "002_60b42acfeed2b7c8.txt"), in.resolve("b.txt"));

        Run r = run("ingest", "--db", tmp.resolve("data").toString(), in.toString());

        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("a-deep.json: JSON nested deeper than 100 levels"), r.err());
        assertTrue(r.out().contains("1 new"), r.out());
    }

    /**
     * A folder the user may not list is reported and its readable siblings load. Root may list any
     * folder, so run as root the command drops the two capabilities that let it (with setpriv, from
     * util-linux): the listing then fails as it does for any other user.
     */
    @Tag("integration")
    @Test
    void anUnreadableFolderIsReportedAndItsReadableSiblingsLoad() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds", "002_60b42acfeed2b7c8.txt"), Files.createDirectories(in.resolve("a")).resolve("002.txt"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.copy(Path.of("seeds", "003_102ef6e322b1fea5.txt"), locked.resolve("003.txt"));
        Files.copy(Path.of("seeds", "004_ea3d89f4fc626edf.txt"), Files.createDirectories(in.resolve("z")).resolve("004.txt"));
        Path db = tmp.resolve("data");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            List<String> command = new ArrayList<>();
            if (Files.isReadable(locked)) command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
            command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--db", db.toString(), in.toString()));
            Path out = tmp.resolve("ingest.out");
            Path err = tmp.resolve("ingest.err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "ingest did not end");
            String printed = Files.readString(out);
            String errors = Files.readString(err);

            assertEquals(0, p.exitValue(), printed + errors);
            assertTrue(errors.contains("locked: cannot list folder: permission denied"), errors);
            assertFalse(errors.contains("holds no input file"), errors);
            assertTrue(printed.contains("2 new"), "a/002 and z/004: " + printed);
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWithZero() {
        assertEquals(2, run("ingest").status(), "no PATH");
        assertEquals(2, run("serve", "--port", "many").status());
        assertEquals(2, run("up", "--no-such-option").status());
        for (String command : List.of("up", "ingest", "serve")) {
            Run help = run(command, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().contains("--db=DIR"), help.out());
        }
    }

    @Tag("integration")
    @Test
    void refusesToOpenADatasetThatAServerHolds() {
        Path db = tmp.resolve("data");
        try (Store store = Store.open(db)) {
            DiplographServer server = DiplographServer.create().store(store).port(0).build().start();
            try {
                Run r = run("ingest", "--db", db.toString(), "seeds");
                assertEquals(1, r.status());
                assertTrue(r.err().contains(server.datasetUrl()), r.err());
            } finally {
                server.stop();
            }
        }
    }

    @Tag("integration")
    @Test
    void upLoadsServesAndStopsCleanlyOnTermination() throws Exception {
        Path db = tmp.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "up", "--db", db.toString(), "--port", "0", "seeds")
                .redirectError(tmp.resolve("up.err").toFile()).start();
        try {
            List<String> printed = new ArrayList<>();
            String endpoint = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line; endpoint == null && (line = out.readLine()) != null; ) {
                printed.add(line);
                if (line.startsWith("SPARQL:")) endpoint = line.substring("SPARQL:".length()).trim();
            }
            assertTrue(endpoint != null, "up printed no endpoint: " + printed + Files.readString(tmp.resolve("up.err")));
            assertTrue(printed.stream().anyMatch(l -> l.startsWith("Console: http://127.0.0.1:")), printed.toString());
            assertTrue(printed.get(0).contains("5 new"), printed.toString());
            assertTrue(Files.exists(db.resolve("server.url")));

            String q = "PREFIX dip: <https://w3id.org/diplograph/ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?t) AS ?teasers)"
                    + " { { ?a a dip:Article FILTER NOT EXISTS { ?a dip:isTeaser true } } UNION { ?t dip:isTeaser true } }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                    + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(List.of("n,teasers", "5,25"), r.body().lines().toList(), "five pages, 25 teasers marked as such");
        } finally {
            p.destroy();   // SIGTERM, as on Ctrl-C: shutdown hooks run
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "up did not stop");
        }
        assertFalse(Files.exists(db.resolve("server.url")), "the server record is removed on stop");
    }
}
