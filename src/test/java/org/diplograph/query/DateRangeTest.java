package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Weeks and months: every query that lists or counts events, agreements, articles, pairs or
 * partners takes the optional dates {@code from} and {@code to}. On the fixture, whose stories are
 * dated 2019-03, 2019-08 and 2021-11 (and some not at all), each such query has a rows file with a
 * range ({@code NAME@VARIANT.rows}, checked by {@link CatalogueTest}): the rows dated inside are
 * kept, the others dropped; its main rows file, without a range, holds the answers it gave before
 * the range existed.
 */
class DateRangeTest extends FixtureTest {
    /** The listings and summaries; the others look up one thing (find, evidence, offices, office-on-date). */
    static final Set<String> RANGED = Set.of("agreement-stats", "agreements", "articles", "conferences", "countries",
            "duplicates", "frameworks", "meetings", "ministries", "network", "pair-timeline", "pair-topics", "partners",
            "person-events", "review", "sources", "visits");

    @TestFactory
    Stream<DynamicTest> everyListingTakesFromAndTo() {
        return RANGED.stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            CannedQuery q = Catalogue.load().get(name);
            for (String p : List.of("from", "to")) {
                ParamSpec spec = q.header().param(p);
                assertNotNull(spec, name + " takes " + p);
                assertEquals(ParamType.DATE, spec.type(), name + "." + p);
                assertTrue(spec.optional() && !spec.required(), name + "." + p + " is optional");
            }
            // a rows file with a range proves the filter, another without proves nothing changed
            Map<String, ExpectedRows> files = ExpectedRows.all(name);
            assertTrue(files.values().stream().anyMatch(f -> f.params().containsKey("from") || f.params().containsKey("to")),
                    name + ": no fixture/expected/" + name + "@VARIANT.rows with from or to");
            assertTrue(files.get(name + ".rows").params().keySet().stream().noneMatch(k -> k.equals("from") || k.equals("to")));
        }));
    }

    /** Without from and to nothing is bound: the query runs as it did before the range existed. */
    @Test
    void leftOutTheRangeBindsNothing() {
        for (String name : RANGED) {
            CannedQuery q = Catalogue.load().get(name);
            List<String> given = new ArrayList<>();
            if (q.header().param("person") != null) given.add("person=id:person/nguyen-van-an");
            Params none = Params.parse(q, given);
            assertFalse(none.values().containsKey("from") || none.values().containsKey("to"), name);
        }
    }

    /** With a range the query sent to an endpoint is standard SPARQL 1.1: the dates are terms in the tree. */
    @Test
    void aRangedQueryIsStandardSparql() {
        for (String name : RANGED) {
            CannedQuery q = Catalogue.load().get(name);
            List<String> given = new ArrayList<>(List.of("from=2019-08-05", "to=2019-08-11"));
            if (q.header().param("person") != null) given.add("person=id:person/nguyen-van-an");
            String text = Params.parse(q, given).applyTo(q.query()).serialize(Syntax.syntaxSPARQL_11);
            assertNotNull(QueryFactory.create(text, Syntax.syntaxSPARQL_11), name);
            assertTrue(text.contains("\"2019-08-05\"^^"), name + " carries the date as a typed literal");
        }
    }

    /** One day is a range: a week's partners and a day's conference, as the README's one command asks. */
    @Test
    void aWeekOfPartnersIsOneCommand() throws IOException {
        CannedQuery q = Catalogue.load().get("partners");
        ResultTable week = QueryRunner.local(dsg).run(q, Params.parse(q, List.of("country=VN", "from=2019-08-05", "to=2019-08-11")));
        assertEquals(1, week.size());
        assertEquals("JP", week.get(0, "code").getLiteralLexicalForm());
        ResultTable later = QueryRunner.local(dsg).run(q, Params.parse(q, List.of("country=VN", "from=2030-01-01")));
        assertEquals(0, later.size(), "nothing is dated after 2030");
    }
}
