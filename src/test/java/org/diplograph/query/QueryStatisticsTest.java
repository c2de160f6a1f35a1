package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.store.Compaction;
import org.diplograph.store.QueryStatistics;
import org.diplograph.store.Store;
import org.diplograph.summary.SummaryRebuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics file TDB2's planner reads: written where TDB2 looks for it, counting the union
 * graph as queries see it, read when the dataset is opened again, written again after a compaction,
 * and every canned query still gives the fixture's expected rows with it.
 */
class QueryStatisticsTest {
    private static final Pattern COUNT = Pattern.compile("\\(count (\\d+)\\)");
    private static final Pattern ARTICLES = Pattern.compile(
            "\\(VAR <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/diplograph/ontology#Article>\\)\\s+(\\d+)\\)");

    @TempDir Path tmp;

    @Test
    void writtenWhereTdb2ReadsItAndQueriesAnswerTheSame() throws Exception {
        Path data = tmp.resolve("db");
        Fixture.write(data);
        Path file;
        try (Store store = Store.open(data)) {
            assertFalse(TDBInternal.getDatasetGraphTDB(store.dataset()).getReorderTransform() instanceof ReorderWeighted,
                    "no statistics before the file is written");
            file = QueryStatistics.write(store);
            assertEquals(data.resolve("tdb2").resolve("Data-0001").resolve("stats.opt"), file);
            String text = Files.readString(file);
            // the union graph's triples, each counted once however many article graphs state it
            assertEquals(count(store.dataset(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(COUNT, text), text);
            assertEquals(count(store.dataset(), "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/diplograph/ontology#Article> }"),
                    number(ARTICLES, text), text);
            assertFalse(Files.exists(file.resolveSibling("stats.opt.part")), "no partial file left");
        }
        try (Store store = Store.open(data)) {
            assertInstanceOf(ReorderWeighted.class, TDBInternal.getDatasetGraphTDB(store.dataset()).getReorderTransform(),
                    "TDB2 plans with the statistics once the dataset is opened again");
            everyQueryGivesTheFixtureRows(store.dataset());
            String counted = Files.readString(file);
            Compaction.run(store);
            assertFalse(Files.exists(file), "the old generation is gone");
            Path next = data.resolve("tdb2").resolve("Data-0002").resolve("stats.opt");
            assertTrue(Files.exists(next), "compaction writes the file for the new generation");
            String recounted = Files.readString(next);
            assertEquals(number(COUNT, counted), number(COUNT, recounted), "the same triples");
            assertEquals(number(ARTICLES, counted), number(ARTICLES, recounted), "the same articles");
        }
        try (Store store = Store.open(data)) {
            assertInstanceOf(ReorderWeighted.class, TDBInternal.getDatasetGraphTDB(store.dataset()).getReorderTransform());
            everyQueryGivesTheFixtureRows(store.dataset());
        }
    }

    @Test
    void recountWritesThem() throws Exception {
        Path data = tmp.resolve("recounted");
        Fixture.write(data);
        Path file = data.resolve("tdb2").resolve("Data-0001").resolve("stats.opt");
        assertFalse(Files.exists(file));
        try (Store store = Store.open(data)) {
            SummaryRebuild.run(store);
            assertTrue(Files.exists(file), "recount writes the statistics");
            assertEquals(count(store.dataset(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(COUNT, Files.readString(file)));
        }
    }

    private static void everyQueryGivesTheFixtureRows(DatasetGraph dsg) throws Exception {
        List<CannedQuery> all = Catalogue.load().list();
        assertTrue(all.size() >= 15, all.toString());
        for (CannedQuery q : all) CatalogueTest.rows(q, dsg);
    }

    private static long count(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                return rs.next().getLiteral("n").getLong();
            }
        });
    }

    private static long number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), p + " in\n" + text);
        return Long.parseLong(m.group(1));
    }
}
