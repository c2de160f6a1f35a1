package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;

/**
 * Two articles, worded differently, that report the same meeting on the same day describe one
 * event node: each states its own evidence, confidence and provenance about it in its own graph.
 */
class SharedEventTest {
    private static final String RABAT = """
            Maroc - Vietnam : vers une coopération agricole renforcée

            Rabat (VNA) - Le ministre marocain des Affaires étrangères, Youssef Alami, a reçu le 4 février 2025 à Rabat la vice-ministre vietnamienne des Affaires étrangères, Ngo Thi Hoa.

            Les deux responsables ont discuté de la coopération dans l'agriculture, la pêche et les énergies renouvelables, ainsi que de la préparation de la prochaine session de la commission mixte.-VNA
            """;
    private static final String TOUR = """
            La diplomatie vietnamienne renforce sa présence en Afrique du Nord

            Alger (VNA) - La vice-ministre vietnamienne des Affaires étrangères, Ngo Thi Hoa, a achevé samedi une tournée en Algérie et au Maroc consacrée au commerce et à la formation.

            À Rabat, le ministre marocain des Affaires étrangères, Youssef Alami, a reçu le 4 février 2025 Ngo Thi Hoa, qui lui a transmis une invitation à se rendre au Vietnam.-VNA
            """;
    private static final String EVENTS = """
            PREFIX dip: <https://w3id.org/diplograph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX person: <https://w3id.org/diplograph/id/person/>
            SELECT ?event ?article ?evidence WHERE {
              ?event a dip:Event ; sem:hasActor person:youssef-alami, person:ngo-thi-hoa ;
                     prov:wasDerivedFrom ?article .
              GRAPH ?g { ?event prov:wasDerivedFrom ?article ; dip:evidence ?evidence }
            }""";

    @TempDir Path tmp;

    @Test
    void oneMeetingToldByTwoArticlesIsOneNodeWithBothEvidences() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("rabat.txt"), RABAT);
        Files.writeString(in.resolve("tour.txt"), TOUR);
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of(in.toString()));
            assertEquals(0, r.failed(), r.problems().toString());

            List<QuerySolution> rows = rows(store);
            Set<String> events = new TreeSet<>();
            Set<String> articles = new TreeSet<>();
            Set<String> evidence = new TreeSet<>();
            for (QuerySolution s : rows) {
                events.add(s.getResource("event").getURI());
                articles.add(s.getResource("article").getURI());
                evidence.add(s.getResource("evidence").getURI());
            }
            assertEquals(1, events.size(), "one meeting node: " + events);
            assertEquals(Set.of(Iris.article("rabat"), Iris.article("tour")), articles);
            assertEquals(2, evidence.size(), "a sentence of each article: " + evidence);
            assertTrue(evidence.stream().anyMatch(e -> e.contains("/rabat/")) && evidence.stream().anyMatch(e -> e.contains("/tour/")));
            Node relation = NodeFactory.createURI(Iris.relation("MA", "VN"));
            assertEquals(1, eventCount(store, relation), "the meeting counts once for Morocco–Vietnam");

            // removing one report leaves the other's, whole
            assertTrue(Removal.create().store(store).mapper(TestPipeline.mapper()).build().remove("rabat"));
            List<QuerySolution> left = rows(store);
            assertEquals(1, left.size(), "the tour article's report alone: " + left);
            assertEquals(events.iterator().next(), left.get(0).getResource("event").getURI());
            assertEquals(Iris.article("tour"), left.get(0).getResource("article").getURI());
            assertEquals(1, eventCount(store, relation));
        }
    }

    private static List<QuerySolution> rows(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                    .query(EVENTS).set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> out = new java.util.ArrayList<>();
                while (rs.hasNext()) out.add(rs.next());
                return out;
            }
        });
    }

    private static long eventCount(Store store, Node relation) {
        return Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().find(Terms.SUMMARY_GRAPH, relation, DIP.eventCount, Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0L;
        });
    }

    @Test
    void onlyWhatHappenedIsCountedForThePair() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in2"));
        Files.writeString(in.resolve("lima.txt"), """
                Pérou - Vietnam : un dialogue politique régulier

                Lima (VNA) - Le ministre péruvien des Affaires étrangères, Jorge Salinas, s'est entretenu le 2 mars à Lima avec le vice-ministre vietnamien des Affaires étrangères, Vu Minh Tri.

                Les deux responsables s'étaient déjà rencontrés l'an dernier à Hanoï.

                Jorge Salinas effectuera une visite officielle au Vietnam le mois prochain.-VNA
                """);
        try (Store store = Store.open(tmp.resolve("data2"))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).build().run(List.of(in.toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            Node relation = NodeFactory.createURI(Iris.relation("PE", "VN"));
            long told = Txn.calculateRead(store.dataset(), () -> {
                long n = 0;
                for (var it = store.dataset().find(Node.ANY, Node.ANY, DIP.relation, relation); it.hasNext(); it.next()) n++;
                return n;
            });
            assertEquals(3, told, "talks, the meeting recalled and the visit announced all belong to Peru–Vietnam");
            assertEquals(1, eventCount(store, relation), "only the talks happened");
            var runner = org.diplograph.query.QueryRunner.local(store.dataset());
            for (String query : List.of("meetings", "pair-timeline")) {
                var q = org.diplograph.query.Catalogue.load().get(query);
                var params = query.equals("pair-timeline") ? List.of("a=PE", "b=VN") : List.<String>of();
                var rows = runner.run(q, org.diplograph.query.Params.parse(q, params)).rows();
                Set<String> kinds = new TreeSet<>();
                for (var row : rows) kinds.add(row.get(org.apache.jena.sparql.core.Var.alloc("kind")).getLiteralLexicalForm());
                assertEquals(Set.of("talks"), kinds, query + " lists what happened only: " + rows);
            }
        }
    }
}
