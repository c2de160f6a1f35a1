package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.server.DiplographServer;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --endpoint}: articles sent to a running server, which reads them while it serves. */
class LiveIngestTest {
    private static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/diplograph/ontology#Article> }";

    @TempDir Path tmp;

    @Tag("integration")
    @Test
    void sendsFilesWithThePasswordAndNotWithout() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "# writers\nfeeder: Long-Secret-42, writer\n");
        Path wrong = Files.writeString(tmp.resolve("wrong"), "feeder: guessed\n");
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String seed : List.of("002_60b42acfeed2b7c8.txt", "003_102ef6e322b1fea5.txt")) {
            Files.copy(Path.of("seeds", seed), in.resolve(seed));
        }
        Path db = tmp.resolve("data");
        try (Store store = Store.open(db);
             DiplographServer server = DiplographServer.create().store(store).port(0).updates(passwords).build().start()) {
            CommandRun refused = CommandRun.of("ingest", "--endpoint", server.datasetUrl(), "--password-file", wrong.toString(), in.toString());
            assertEquals(1, refused.exit());
            assertTrue(refused.err().contains("refused"), refused.err());
            assertEquals("0", articles(server));

            CommandRun sent = CommandRun.of("ingest", "--db", db.toString(), "--endpoint", server.datasetUrl(),
                    "--password-file", passwords.toString(), in.toString());
            assertEquals(0, sent.exit(), sent.err());
            // as ingest reads them: two pages and the 11 teasers they list
            assertTrue(sent.out().contains("Sent 2 files to " + server.datasetUrl() + ": 13 new, 0 changed, 0 unchanged"), sent.out());
            assertEquals("13", articles(server), "readable at once, while serving");

            CommandRun again = CommandRun.of("ingest", "--endpoint", server.datasetUrl(), "--password-file", passwords.toString(), in.toString());
            assertTrue(again.out().contains("0 new, 0 changed, 13 unchanged"), again.out());

            CommandRun removed = CommandRun.of("remove", "--endpoint", server.datasetUrl(), "--password-file", passwords.toString(),
                    "002_60b42acfeed2b7c8", "no-such-key");
            assertEquals(1, removed.exit(), "one key was not there");
            assertTrue(removed.out().contains("Removed 002_60b42acfeed2b7c8"), removed.out());
            assertTrue(removed.err().contains("no article \"no-such-key\""), removed.err());
            assertEquals("1", articles(server, "003_"), "removed while serving");
            assertEquals(answer(server, ARTICLES.replace("}", "FILTER(STRSTARTS(STR(?a), \"" + org.diplograph.rdf.Iris.article("003_")
                    + "\")) }")), articles(server), "with its teasers: what is left is the other page and its own");
            assertEquals(1, CommandRun.of("remove", "--endpoint", server.datasetUrl(), "--password-file", wrong.toString(),
                    "003_102ef6e322b1fea5").exit());
            assertEquals("1", articles(server, "003_"), "not with a wrong password");

            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    server.datasetUrl() + "/ingest?file=x.txt")).POST(HttpRequest.BodyPublishers.ofString("Un texte.")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode());
        }
    }

    @Tag("integration")
    @Test
    void sendingGivesTheDatasetThatALocalIngestGives() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "feeder: Long-Secret-42\n");
        Path sentDb = tmp.resolve("sent");
        try (Store store = Store.open(sentDb);
             DiplographServer server = DiplographServer.create().store(store).port(0).updates(passwords).build().start()) {
            assertEquals(0, CommandRun.of("ingest", "--endpoint", server.datasetUrl(), "--password-file", passwords.toString(), "seeds").exit());
        }
        // the command line's own ingest: pages and the teasers they list
        assertEquals(0, CommandRun.of("ingest", "--db", tmp.resolve("local").toString(), "seeds").exit());
        try (Store sent = Store.open(sentDb); Store local = Store.open(tmp.resolve("local"))) {
            DatasetGraph a = sent.dataset();
            DatasetGraph b = local.dataset();
            Txn.executeRead(a, () -> Txn.executeRead(b, () -> {
                List<Node> graphs = new ArrayList<>();
                b.listGraphNodes().forEachRemaining(graphs::add);
                List<Node> sentGraphs = new ArrayList<>();
                a.listGraphNodes().forEachRemaining(sentGraphs::add);
                assertEquals(new java.util.HashSet<>(graphs), new java.util.HashSet<>(sentGraphs), "the same articles, teasers included");
                assertTrue(graphs.stream().filter(g -> g.getURI().contains("~teaser-")).count() >= 20,
                        "the teasers of the five pages: " + graphs);
                for (Node g : graphs) {
                    if (g.getURI().endsWith("graph/runs")) continue;
                    assertTrue(b.getGraph(g).isIsomorphicWith(a.getGraph(g)), "graph " + g);
                }
            }));
        }
    }

    /**
     * The client reads the password file with the server's rules: a line the server refuses is a
     * one-line error naming the file and the line, not a first line read loosely (which skipped the
     * bad line, or sent a password with a backslash the server never accepts).
     */
    @Test
    void aMalformedPasswordFileIsOneLineNamingTheFileAndLine() throws Exception {
        Path equals = Files.writeString(tmp.resolve("equals"), "# writers\nfeeder=Long-Secret-42\n");
        Path backslash = Files.writeString(tmp.resolve("backslash"), "feeder: Long\\Secret\n");
        Path hashed = Files.writeString(tmp.resolve("hashed"), "\nfeeder: MD5:0123456789abcdef0123456789abcdef\n");
        // no server is needed: the file is read before anything is sent
        for (String command : List.of("ingest", "remove")) {
            for (Path file : List.of(equals, backslash, hashed)) {
                CommandRun r = CommandRun.of(command, "--endpoint", "http://127.0.0.1:9/diplo", "--password-file", file.toString(),
                        command.equals("ingest") ? "seeds" : "some-key");
                assertEquals(1, r.exit(), r.err());
                int line = file == backslash ? 1 : 2;
                assertTrue(r.err().contains("Password file " + file + ", line " + line + ":"), r.err());
                assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
                assertTrue(!r.err().contains("Secret") && !r.err().contains("0123456789"), "never the password: " + r.err());
            }
        }
    }

    @Tag("integration")
    @Test
    void aServerWithoutUpdatesDoesNotTakeArticles() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "feeder: Long-Secret-42\n");
        try (Store store = Store.open(tmp.resolve("data"));
             DiplographServer server = DiplographServer.create().store(store).port(0).build().start()) {
            CommandRun r = CommandRun.of("ingest", "--endpoint", server.datasetUrl(), "--password-file", passwords.toString(), "seeds");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("--allow-update"), r.err());
        }
    }

    private static String articles(DiplographServer server) throws Exception {
        return answer(server, ARTICLES);
    }

    /** The pages stored whose key starts with {@code prefix} (their teasers aside), asked over HTTP. */
    private static String articles(DiplographServer server, String prefix) throws Exception {
        String pages = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/diplograph/ontology#Article> ;"
                + " <https://w3id.org/diplograph/ontology#key> ?k FILTER(STRSTARTS(?k, \"" + prefix + "\") && !CONTAINS(?k, \"~\")) }";
        return answer(server, pages);
    }

    private static String answer(DiplographServer server, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.queryUrl()
                + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body().lines().skip(1).findFirst().orElse("").trim();
    }
}
