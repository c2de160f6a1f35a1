package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.diplograph.export.Explanation;
import org.diplograph.export.FactsExport;
import org.diplograph.query.Catalogue;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Vocab;
import org.diplograph.server.DiplographServer;
import org.diplograph.server.IngestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.summary.SummaryRebuild;
import org.diplograph.store.Store;
import org.diplograph.server.DiplographServer;
import org.diplograph.server.IngestClient;

/**
 * Editors' corrections on a real TDB2 folder and a real server: a person's country corrected and an
 * event retracted change what queries, the facts export and the summary counts say (the counts equal
 * a count from scratch), outlast {@code --reextract} and a re-ingest of a changed text, are shown by
 * explain, and are taken back by undo; an editor's {@code INSERT DATA} into the curation graph is
 * applied by the server, kept by an ingest over HTTP, and an anonymous one is refused.
 */
class CurationTest {
    /** An invented story: two ministers of invented names meet and sign. */
    static final String STORY = """
            Le Vietnam et le Laos renforcent leur coopération dans l'éducation

            Vientiane (VNA) - Le ministre vietnamien de l'Éducation, Hoang Minh Quan, a rencontré le 14 avril \
            à Vientiane le ministre laotien de l'Éducation, Bounmy Keovilay. Les deux ministres ont signé un \
            protocole d'accord sur la formation des enseignants.-VNA
            """;
    static final Node PERSON = NodeFactory.createURI(Vocab.ID + "person/hoang-minh-quan");
    static final Node VN = NodeFactory.createURI(Vocab.ID + "country/VN");
    static final Node KH = NodeFactory.createURI(Vocab.ID + "country/KH");
    private static final Node GRAPH = NodeFactory.createURI(Vocab.ID + "graph/article/meeting");

    @TempDir Path tmp;

    @Test
    void correctionsChangeQueriesExportAndCountsAndOutlastReextractAndReingest() throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("meeting.txt"), STORY);
        try (Store store = Store.open(tmp.resolve("db"))) {
            DatasetGraph dsg = store.dataset();
            Ingest.create().store(store).build().run(List.of(file.toString()));
            Node event = only(dsg, DIP.Event);
            assertEquals(Set.of(VN), countries(dsg));
            assertEquals("1", network(store, "events"));

            Curation.Recorded fixed = Curation.correct(store, PERSON, DIP.servesCountry, KH, null, "alice", "wrong country");
            assertTrue(fixed.added());
            assertEquals(1, fixed.articles());
            assertEquals(Set.of(KH), countries(dsg));
            Curation.Recorded gone = Curation.retract(store, event, null, null, "bob", null);
            assertEquals(1, gone.articles());
            assertEquals(0, count(dsg, DIP.Event));
            assertEquals("0", network(store, "events"), "the relation's event count follows the retraction");
            assertCountsFromScratch(store, "after the corrections");

            long quads = quads(dsg);
            Curation.Recorded again = Curation.correct(store, PERSON, DIP.servesCountry, KH, null, "carol", null);
            assertFalse(again.added(), "the same correction made again is the one made before");
            assertEquals("alice", again.change().by());
            assertEquals(quads, quads(dsg), "and changes nothing");

            JsonNode facts = export(store);
            assertTrue(facts.path("meetings").isEmpty(), facts.toString());
            assertTrue(facts.path("persons").toString().contains("\"KH\""), facts.toString());

            Ingest.create().store(store).teasers(true).build().reextract();
            assertEquals(Set.of(KH), countries(dsg), "kept by --reextract");
            assertEquals(0, count(dsg, DIP.Event));
            Files.writeString(file, STORY.replace("des enseignants", "des enseignants et des chercheurs"));
            IngestReport changed = Ingest.create().store(store).build().run(List.of(file.toString()));
            assertEquals(1, changed.articlesChanged());
            assertEquals(Set.of(KH), countries(dsg), "kept by a re-ingest of a changed text");
            assertEquals(0, count(dsg, DIP.Event));
            assertCountsFromScratch(store, "after re-ingest");

            String explained = Explanation.create(QueryRunner.local(dsg)).explain("meeting").text();
            assertTrue(explained.contains("corrected id:person/hoang-minh-quan dip:servesCountry (every value) \u2192 id:country/KH by alice on "),
                    explained);
            assertTrue(explained.contains("\"wrong country\""), explained);
            assertTrue(explained.contains("retracted " + Vocab.shortForm(event) + " by bob on "), explained);

            assertTrue(Curation.undo(store, Vocab.shortForm(fixed.change().id())).isPresent());
            assertEquals(Set.of(VN), countries(dsg), "undone: the article reads as extracted");
            assertEquals(0, count(dsg, DIP.Event), "the other record still holds");
            assertTrue(Curation.undo(store, Vocab.shortForm(gone.change().id())).isPresent());
            assertEquals(1, count(dsg, DIP.Event));
            assertEquals("1", network(store, "events"));
            assertCountsFromScratch(store, "after undo");
            assertEquals(List.of(), Curation.list(store));
        }
    }

    @Test
    void refusesWhatNoArticleStatesWithOneLine() throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("meeting.txt"), STORY);
        try (Store store = Store.open(tmp.resolve("db"))) {
            Ingest.create().store(store).build().run(List.of(file.toString()));
            Node nobody = NodeFactory.createURI(Vocab.ID + "person/nobody");
            List<String> messages = new ArrayList<>();
            for (Runnable r : List.<Runnable>of(
                    () -> Curation.correct(store, nobody, DIP.servesCountry, KH, null, "a", null),
                    () -> Curation.correct(store, PERSON, NodeFactory.createURI(DIP.NS + "nonsense"), KH, null, "a", null),
                    () -> Curation.correct(store, PERSON, DIP.servesCountry, KH, KH, "a", null),
                    () -> Curation.retract(store, NodeFactory.createURI(Vocab.ID + "article/meeting"), null, null, "a", null))) {
                messages.add(assertThrows(DiplographException.class, r::run).getMessage());
            }
            assertEquals(List.of("no article states anything of id:person/nobody",
                    "property dip:nonsense is not in the ontology, and no article states it of id:person/hoang-minh-quan",
                    "no article states id:person/hoang-minh-quan dip:servesCountry id:country/KH",
                    "id:article/meeting is an article: take it out with remove"), messages);
            assertEquals(List.of(), Curation.list(store));
        }
    }

    @Tag("integration")
    @Test
    void anEditorsInsertIntoTheCurationGraphIsAppliedAndAnonymousIsRefused() throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("meeting.txt"), STORY);
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: Long-Secret-42\n");
        try (Store store = Store.open(tmp.resolve("db"))) {
            Ingest.create().store(store).build().run(List.of(file.toString()));
            try (DiplographServer server = DiplographServer.create().store(store).port(0).updates(passwords).build().start()) {
                String update = "PREFIX dip: <" + DIP.NS + ">\nINSERT DATA { GRAPH <" + Curation.CURATION_GRAPH.getURI() + "> {"
                        + " <" + Vocab.ID + "correction/by-hand> a dip:Correction ; dip:correctsSubject <" + PERSON.getURI() + "> ;"
                        + " dip:correctsProperty dip:servesCountry ; dip:newValue <" + KH.getURI() + "> } }";
                assertEquals(401, post(server, update, null).statusCode(), "no anonymous write");
                assertTrue(Curation.list(store).isEmpty());

                HttpResponse<String> r = post(server, update, "editor:Long-Secret-42");
                assertEquals(2, r.statusCode() / 100, r.body());
                ResultTable rows = QueryRunner.remote(server.queryUrl()).select(org.apache.jena.query.QueryFactory.create(
                        "SELECT ?c { <" + PERSON.getURI() + "> <" + DIP.servesCountry.getURI() + "> ?c }"));
                assertEquals(List.of(KH), List.of(rows.get(0, "c")), "the query endpoint reads the corrected graph");
                assertEquals(1, rows.size());
                Curation.Change made = Curation.list(store).get(0);
                assertEquals("editor", made.by(), "who: the authenticated editor");
                assertTrue(made.when() != null && made.when().endsWith("Z"), "when: the time it was applied");
                assertEquals(List.of(NodeFactory.createURI(Vocab.ID + "article/meeting")), made.appliedTo());

                Files.writeString(file, STORY.replace("des enseignants", "des enseignants et des chercheurs"));
                IngestClient.Answer sent = IngestClient.of(server.datasetUrl(), passwords).send(file, "meeting.txt");
                assertEquals(1, sent.articlesChanged(), sent.toString());
                assertEquals(Set.of(KH), countries(store.dataset()), "kept by an ingest over HTTP");
            }
            assertCountsFromScratch(store, "after an update through the server");
            Ingest.create().store(store).build().reextract();
            assertEquals(Set.of(KH), countries(store.dataset()), "kept by --reextract");
        }
    }

    private static HttpResponse<String> post(DiplographServer server, String update, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The summary graph equals the one a count of the whole graph from scratch gives. */
    static void assertCountsFromScratch(Store store, String when) {
        Graph kept = summary(store.dataset());
        SummaryRebuild.run(store);
        Graph scratch = summary(store.dataset());
        assertTrue(kept.isIsomorphicWith(scratch), when + ": kept " + kept.size() + " triples, from scratch " + scratch.size());
    }

    private static Graph summary(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple())));
        return g;
    }

    private static Set<Node> countries(DatasetGraph dsg) {
        Set<Node> out = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, PERSON, DIP.servesCountry, Node.ANY).forEachRemaining(q -> out.add(q.getObject())));
        return out;
    }

    private static Node only(DatasetGraph dsg, Node type) {
        return Txn.calculateRead(dsg, () -> dsg.find(GRAPH, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, type).next().getSubject());
    }

    private static long count(DatasetGraph dsg, Node type) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(GRAPH, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, type); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private static long quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /** A column of the network query's only row. */
    private static String network(Store store, String column) {
        var network = Catalogue.load().get("network");
        ResultTable t = QueryRunner.local(store.dataset()).run(network, Params.defaults(network));
        assertEquals(1, t.size());
        return t.get(0, column).getLiteralLexicalForm();
    }

    private JsonNode export(Store store) throws Exception {
        Path out = tmp.resolve("facts");
        FactsExport.create(QueryRunner.local(store.dataset())).write(out);
        return new ObjectMapper().readTree(out.resolve("meeting.json").toFile());
    }
}
