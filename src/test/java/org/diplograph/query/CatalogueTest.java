package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every canned query: its header holds, it parses, and it gives exactly the hand-written rows on the fixture. */
class CatalogueTest extends FixtureTest {

    @Test
    void shipsTheQueriesAnalystsRelyOn() {
        List<String> names = Catalogue.load().list().stream().map(CannedQuery::name).toList();
        assertTrue(names.containsAll(List.of("countries", "partners", "agreements", "meetings", "evidence",
                "person-events", "pair-timeline", "offices", "agreement-stats", "office-on-date", "ministries", "visits",
                "pair-topics", "frameworks", "conferences", "duplicates", "review", "sources", "network")), names.toString());
        assertTrue(names.size() >= 15, "at least 15 queries: " + names);
    }

    @TestFactory
    Stream<DynamicContainer> everyQuery() {
        return Catalogue.load().list().stream().map(q -> DynamicContainer.dynamicContainer(q.name(), Stream.of(
                DynamicTest.dynamicTest("header is valid and the query is standard SPARQL 1.1", () -> header(q)),
                DynamicTest.dynamicTest("gives the expected rows on the fixture", () -> rows(q)))));
    }

    private static void header(CannedQuery q) {
        assertFalse(q.summary().isBlank());
        assertEquals(q.returns(), q.query().getResultVars());
        // standard SPARQL 1.1, not Jena's extended syntax
        assertNotNull(QueryFactory.create(q.query().serialize(), Syntax.syntaxSPARQL_11));
        for (ParamSpec p : q.params()) {
            if (p.defaultValue() != null) assertNotNull(p.type().parse(p.defaultValue()));
            assertFalse(q.returns().contains(p.name()), "a parameter is not a result column: " + p.name());
        }
    }

    /**
     * Checks every expected-rows file of {@code q}. The main file ({@code NAME.rows}) must exist and
     * hold rows, or the test proves nothing; a variant ({@code NAME@VARIANT.rows}, other parameter
     * values) may expect no rows, to show a branch that leaves everything out.
     */
    private static void rows(CannedQuery q) throws IOException {
        rows(q, dsg);
    }

    /** As {@link #rows(CannedQuery)}, on {@code data}: a dataset holding the fixture. */
    static void rows(CannedQuery q, DatasetGraph data) throws IOException {
        var files = ExpectedRows.all(q.name());
        if (!files.containsKey(q.name() + ".rows")) {
            fail("no expected rows for query '" + q.name() + "': write fixture/expected/" + q.name() + ".rows");
        }
        assertFalse(files.get(q.name() + ".rows").rows().isEmpty(),
                "expected rows must not be empty, or the test proves nothing");
        for (var file : files.entrySet()) {
            ExpectedRows expected = file.getValue();
            assertEquals(expected.columns(), q.returns(), "columns of " + file.getKey());
            List<String> assignments = new ArrayList<>();
            expected.params().forEach((k, v) -> assignments.add(k + "=" + v));
            ResultTable table = QueryRunner.local(data).run(q, Params.parse(q, assignments));
            List<List<String>> actual = ExpectedRows.render(table);
            if (q.query().hasOrderBy()) {
                assertEquals(expected.rows(), actual, file.getKey());
            } else {
                assertEquals(sorted(expected.rows()), sorted(actual), file.getKey());
            }
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }
}
