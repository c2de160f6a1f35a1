package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.pipeline.Curation;
import org.diplograph.pipeline.Removal;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Terms;
import org.diplograph.pipeline.BatchedIngestTest;
import org.diplograph.store.Store;
import org.diplograph.store.TestPipeline;
import org.diplograph.store.GeneratedArticles;

/**
 * The whole-graph summaries that canned queries read from the summary graph equal a count from
 * scratch over the article graphs (the queries as they were before the counts were kept, in
 * {@code scratch/}; network and partners as they were when they found the relations in the article
 * graphs), after a batched ingest and after removing articles: an original with a copy,
 * whose copy then stands alone, and an article with agreements; after an editor's correction and
 * retraction of offices, and a re-extraction that applies them again; and after counting the whole
 * summary graph again ({@link SummaryRebuild}). {@code office-on-date}, which reads the offices kept
 * on each person, is compared with its earlier text for every country with an office, on each
 * reference date the articles give, the day before it, and dates before and after them all;
 * {@code pair-timeline}, which reads the timeline rows and pages kept on each event and agreement,
 * for every pair of countries an item names; {@code agreements} and {@code conferences}, which choose
 * their page once and name its places and persons by value, on several pages and dated ranges.
 */
class SummaryFromScratchTest {
    /** The summaries read from the summary graph; agreement-stats, ministries and partners take a country. */
    private static final List<String> SUMMARIES = List.of("countries", "sources", "pair-topics", "frameworks",
            "agreement-stats", "ministries", "network", "partners");

    /** The queries reading a page once, compared with their earlier text ({@link #assertPagesAsScratch}). */
    private static final List<String> PAGES = List.of("agreements", "conferences");

    @TempDir Path tmp;

    @Test
    void keptSummariesEqualCountsFromScratch() throws IOException {
        GeneratedArticles.write(tmp.resolve("in/generated"), 30);
        Files.writeString(Files.createDirectories(tmp.resolve("in/a")).resolve("zz-maritime.txt"), BatchedIngestTest.STORY);
        Files.writeString(Files.createDirectories(tmp.resolve("in/b")).resolve("aa-maritime.txt"),
                BatchedIngestTest.STORY.replace("Lisbonne (VNA)", "Lisbonne (VNA) "));
        try (Store store = Store.open(tmp.resolve("db"))) {
            IngestReport r = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(7)
                    .build().run(List.of("seeds", tmp.resolve("in").toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            Map<String, Integer> rows = assertSameAsScratch(store, "after ingest");
            for (String name : SUMMARIES) assertTrue(rows.get(name) > 0, name + " has rows to compare: " + rows);
            long links = copies(store);
            assertTrue(links > 0, "copies are linked to their originals");

            assertTrue(Removal.create().store(store).mapper(TestPipeline.mapper()).build().remove("zz-maritime"));
            assertEquals(links - 1, copies(store), "the copy stands alone once its original is gone");
            assertSameAsScratch(store, "after removing an original");

            String withAgreements = articleWithAgreements(store);
            assertTrue(Removal.create().store(store).mapper(TestPipeline.mapper()).build().remove(withAgreements));
            assertSameAsScratch(store, "after removing " + withAgreements);

            // an editor moves one office to another country and takes another away: the persons' rows follow
            List<Node> holdings = holdings(store);
            assertTrue(holdings.size() > 3, "offices to edit: " + holdings);
            Curation.correct(store, holdings.get(0), DIP.country, NodeFactory.createURI(Iris.country("KH")), null, "test", null);
            Curation.retract(store, holdings.get(1), null, null, "test", null);
            assertSameAsScratch(store, "after a correction and a retraction of offices");
            IngestReport again = Ingest.create().store(store).mapper(TestPipeline.mapper()).batch(7).build().reextract();
            assertEquals(0, again.failed(), again.problems().toString());
            assertSameAsScratch(store, "after extracting every article again");

            SummaryRebuild.run(store);
            assertSameAsScratch(store, "after counting the whole summary again");
        }
    }

    /** Compares every summary for every country; returns the rows compared per summary. */
    private static Map<String, Integer> assertSameAsScratch(Store store, String when) {
        QueryRunner runner = QueryRunner.local(store.dataset());
        Catalogue kept = Catalogue.load();
        Map<String, Integer> compared = new LinkedHashMap<>();
        for (String name : SUMMARIES) {
            CannedQuery now = kept.get(name);
            CannedQuery scratch = CannedQuery.parse(name, scratch(name));
            List<Params> runs = new ArrayList<>();
            if (now.header().param("country") == null) runs.add(Params.of(now, Map.of()));
            else for (String code : countries(store)) runs.add(Params.of(now, Map.of("country", code)));
            int n = 0;
            for (Params p : runs) {
                List<Map<String, Node>> expected = rows(runner.run(scratch, p));
                List<Map<String, Node>> actual = rows(runner.run(now, p));
                assertEquals(expected, actual, name + " " + p.values() + " " + when);
                n += actual.size();
            }
            compared.put(name, n);
        }
        compared.put("office-on-date", assertOfficesAsScratch(store, runner, kept, when));
        compared.put("pair-timeline", assertTimelinesAsScratch(store, runner, kept, when));
        compared.put("evidence", assertEvidenceAsScratch(store, runner, kept, when));
        for (String name : PAGES) compared.put(name, assertPagesAsScratch(name, PAGE_RUNS, runner, kept, when));
        compared.put("review", assertPagesAsScratch("review", reviewRuns(), runner, kept, when));
        return compared;
    }

    /**
     * Compares evidence, which reads a page of the rows kept per entity and article, with its earlier
     * text (which sorted every sentence of the entity) for the most named relation, country, person,
     * organisation and place, and an event (no rows: read directly): the first page, pages starting
     * and ending inside an article's sentences, one across the 200 positions of a page of rows, one
     * longer than a page, and one past the end.
     */
    private static int assertEvidenceAsScratch(Store store, QueryRunner runner, Catalogue kept, String when) {
        CannedQuery now = kept.get("evidence");
        CannedQuery scratch = CannedQuery.parse("evidence", scratch("evidence"));
        List<Map<String, String>> pages = List.of(Map.of(), Map.of("limit", "5", "offset", "0"), Map.of("limit", "7", "offset", "3"),
                Map.of("limit", "13", "offset", "29"), Map.of("limit", "30", "offset", "185"), Map.of("limit", "450", "offset", "17"),
                Map.of("limit", "10", "offset", "100000"));
        int n = 0;
        for (String entity : evidenceEntities(store)) {
            int all = 0;
            for (Map<String, String> page : pages) {
                Map<String, String> given = new LinkedHashMap<>(page);
                given.put("entity", entity);
                Params p = Params.of(now, given);
                List<Map<String, Node>> expected = rows(runner.run(scratch, p));
                assertEquals(expected, rows(runner.run(now, p)), "evidence " + p.values() + " " + when);
                all += expected.size();
            }
            assertTrue(all > 0, "evidence of " + entity + " to compare " + when);
            n += all;
        }
        return n;
    }

    /** The relation, country, person, organisation and place most facts name, and an event. */
    private static List<String> evidenceEntities(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Map<String, Integer>> byKind = new LinkedHashMap<>();
            for (Node p : EvidenceRows.NAMING) {
                store.dataset().find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!q.getObject().isURI()) return;
                    String iri = q.getObject().getURI();
                    for (String kind : List.of("/relation/", "/country/", "/person/", "/org/", "/place/")) {
                        if (iri.contains(kind)) byKind.computeIfAbsent(kind, k -> new java.util.TreeMap<>()).merge(iri, 1, Integer::sum);
                    }
                });
            }
            List<String> out = new ArrayList<>();
            byKind.values().forEach(counts -> out.add(java.util.Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey()));
            TreeSet<String> events = new TreeSet<>();
            store.dataset().find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, DIP.Event)
                    .forEachRemaining(q -> events.add(q.getSubject().getURI()));
            if (!events.isEmpty()) out.add(events.first());
            assertTrue(out.size() >= 5, "entities of each kind: " + out);
            return out;
        });
    }

    /** Compares office-on-date with its earlier text for each country with an office and dates around the articles'. */
    private static int assertOfficesAsScratch(Store store, QueryRunner runner, Catalogue kept, String when) {
        CannedQuery now = kept.get("office-on-date");
        CannedQuery scratch = CannedQuery.parse("office-on-date", scratch("office-on-date"));
        TreeSet<String> dates = new TreeSet<>(List.of("1900-01-01", "2100-01-01"));
        for (String day : referenceDates(store)) {
            dates.add(day);
            dates.add(java.time.LocalDate.parse(day).minusDays(1).toString());
        }
        int n = 0;
        for (String code : officeCountries(store)) {
            for (String date : dates) {
                Params p = Params.of(now, Map.of("country", code, "date", date));
                List<Map<String, Node>> expected = rows(runner.run(scratch, p));
                assertEquals(expected, rows(runner.run(now, p)), "office-on-date " + p.values() + " " + when);
                n += expected.size();
            }
        }
        assertTrue(n > 0, "offices to compare " + when);
        return n;
    }

    /**
     * Compares pair-timeline, which reads the rows and pages kept on each event and agreement, with its
     * earlier text (which joined and grouped the items) for every pair of countries an item involves or
     * binds: the first page, a short page inside the list, and dated ranges (which read the rows, not
     * the pages).
     */
    private static int assertTimelinesAsScratch(Store store, QueryRunner runner, Catalogue kept, String when) {
        CannedQuery now = kept.get("pair-timeline");
        CannedQuery scratch = CannedQuery.parse("pair-timeline", scratch("pair-timeline"));
        List<Map<String, String>> pages = List.of(Map.of(), Map.of("limit", "2", "offset", "1"),
                Map.of("limit", "3", "offset", "0", "from", "2019-01-01", "to", "2021-12-31"), Map.of("from", "2020-06-01"));
        int n = 0;
        for (List<String> pair : itemPairs(store)) {
            for (Map<String, String> page : pages) {
                Map<String, String> given = new LinkedHashMap<>(page);
                given.put("a", pair.get(0));
                given.put("b", pair.get(1));
                Params p = Params.of(now, given);
                List<Map<String, Node>> expected = rows(runner.run(scratch, p));
                assertEquals(expected, rows(runner.run(now, p)), "pair-timeline " + p.values() + " " + when);
                n += expected.size();
            }
        }
        assertTrue(n > 0, "timelines to compare " + when);
        return n;
    }

    /**
     * Compares a query that reads a page of items once and names them by value with its earlier text
     * (which chose the page again for each list and name it read) on each of {@code runs}: for
     * agreements and conferences ({@link #PAGE_RUNS}) the first page, short pages inside and at the end
     * of the list, and dated ranges, with and without a page; for review, {@link #reviewRuns()}.
     */
    private static int assertPagesAsScratch(String name, List<Map<String, String>> runs, QueryRunner runner, Catalogue kept,
            String when) {
        CannedQuery now = kept.get(name);
        CannedQuery scratch = CannedQuery.parse(name, scratch(name));
        int n = 0;
        for (Map<String, String> page : runs) {
            Params p = Params.of(now, page);
            List<Map<String, Node>> expected = rows(runner.run(scratch, p));
            assertEquals(expected, rows(runner.run(now, p)), name + " " + p.values() + " " + when);
            n += expected.size();
        }
        assertTrue(n > 0, name + " rows to compare " + when);
        return n;
    }

    /**
     * The runs review is compared on ({@link #assertPagesAsScratch}): several thresholds (below every
     * confidence, between them, above them all), each with pages that start inside a list of one
     * confidence and run into the next, pages past the end, and dated ranges. review reads the review
     * rows kept on each event and agreement in lists of one confidence; its earlier text sorted every
     * fact below the threshold.
     */
    private static List<Map<String, String>> reviewRuns() {
        List<Map<String, String>> runs = new ArrayList<>();
        for (String below : List.of("0.1", "0.5", "0.7", "0.85", "1.01")) {
            for (Map<String, String> page : REVIEW_RUNS) {
                Map<String, String> given = new LinkedHashMap<>(page);
                given.put("below", below);
                runs.add(given);
            }
        }
        return runs;
    }

    /** The pages and ranges {@link #reviewRuns} compares at each threshold. */
    private static final List<Map<String, String>> REVIEW_RUNS = List.of(Map.of(), Map.of("limit", "1", "offset", "0"),
            Map.of("limit", "3", "offset", "2"), Map.of("limit", "7", "offset", "5"), Map.of("limit", "4", "offset", "11"),
            Map.of("limit", "10", "offset", "30"), Map.of("limit", "5", "offset", "100000"),
            Map.of("from", "2019-01-01", "to", "2021-12-31"), Map.of("limit", "2", "offset", "1", "from", "2020-06-01"),
            Map.of("to", "2019-06-30"));

    /** The pages and ranges {@link #assertPagesAsScratch} compares. */
    private static final List<Map<String, String>> PAGE_RUNS = List.of(Map.of(), Map.of("limit", "3", "offset", "2"),
            Map.of("limit", "5", "offset", "20"), Map.of("limit", "1", "offset", "0"),
            Map.of("from", "2019-01-01", "to", "2021-12-31"), Map.of("limit", "2", "offset", "1", "from", "2020-06-01"),
            Map.of("to", "2019-06-30"));

    /** Every pair of countries (codes, sorted) an event involves or an agreement binds, both orders of the first. */
    private static List<List<String>> itemPairs(Store store) {
        TreeSet<String> pairs = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            Map<Node, TreeSet<String>> byItem = new LinkedHashMap<>();
            for (Node p : List.of(DIP.involvesCountry, DIP.party)) {
                store.dataset().find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (!q.getSubject().isURI() || q.getSubject().getURI().contains("/article/")) return;
                    String iri = q.getObject().getURI();
                    byItem.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add(iri.substring(iri.lastIndexOf('/') + 1));
                });
            }
            for (TreeSet<String> codes : byItem.values()) {
                for (String a : codes) for (String b : codes) if (a.compareTo(b) < 0) pairs.add(a + " " + b);
            }
        });
        List<List<String>> out = new ArrayList<>();
        for (String pair : pairs) out.add(List.of(pair.split(" ")));
        // a pair is the same whichever country comes first
        if (!out.isEmpty()) out.add(List.of(out.get(0).get(1), out.get(0).get(0)));
        return out;
    }

    /** The publication dates and full event dates (xsd:date) of the stored articles. */
    private static TreeSet<String> referenceDates(Store store) {
        TreeSet<String> days = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            for (Node p : List.of(org.apache.jena.vocabulary.SchemaDO.datePublished.asNode(), SEM_BEGIN)) {
                store.dataset().find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Node o = q.getObject();
                    if (o.isLiteral() && XSDDatatype.XSDdate.getURI().equals(o.getLiteralDatatypeURI())) days.add(o.getLiteralLexicalForm());
                });
            }
        });
        return days;
    }

    private static final Node SEM_BEGIN = NodeFactory.createURI("http://semanticweb.cs.vu.nl/2009/11/sem/hasBeginTimeStamp");

    /** The countries of the stored offices. */
    private static TreeSet<String> officeCountries(Store store) {
        TreeSet<String> codes = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            for (Node h : holdingsIn(store)) {
                store.dataset().find(Node.ANY, h, DIP.country, Node.ANY).forEachRemaining(q -> {
                    String iri = q.getObject().getURI();
                    codes.add(iri.substring(iri.lastIndexOf('/') + 1));
                });
            }
        });
        return codes;
    }

    /** The stored offices, in IRI order. */
    private static List<Node> holdings(Store store) {
        return Txn.calculateRead(store.dataset(), () -> holdingsIn(store));
    }

    private static List<Node> holdingsIn(Store store) {
        TreeSet<String> iris = new TreeSet<>();
        store.dataset().find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, DIP.OfficeHolding)
                .forEachRemaining(q -> iris.add(q.getSubject().getURI()));
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    private static List<Map<String, Node>> rows(ResultTable t) {
        List<Map<String, Node>> out = new ArrayList<>();
        for (Binding b : t.rows()) {
            Map<String, Node> row = new LinkedHashMap<>();
            for (String c : t.columns()) row.put(c, b.get(Var.alloc(c)));
            out.add(row);
        }
        return out;
    }

    private static TreeSet<String> countries(Store store) {
        TreeSet<String> codes = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(Node.ANY, Node.ANY, DIP.involvesCountry, Node.ANY)
                .forEachRemaining(q -> {
                    String iri = q.getObject().getURI();
                    codes.add(iri.substring(iri.lastIndexOf('/') + 1));
                }));
        return codes;
    }

    private static long copies(Store store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Terms.SUMMARY_GRAPH, Node.ANY, DIP.duplicateOf, Node.ANY).count());
    }

    private static String articleWithAgreements(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            TreeSet<String> keys = new TreeSet<>();
            store.dataset().find(Node.ANY, Node.ANY, DIP.party, Node.ANY).forEachRemaining(q -> {
                String g = q.getGraph().getURI();
                keys.add(g.substring(Terms.ARTICLE_GRAPHS.length()));
            });
            return keys.first();
        });
    }

    private static String scratch(String name) {
        try (InputStream in = SummaryFromScratchTest.class.getResourceAsStream("/scratch/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
