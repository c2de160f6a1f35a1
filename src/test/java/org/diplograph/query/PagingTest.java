package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.DiplographException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * limit and offset of the listing queries: pages of one item, taken one after another, hold every
 * row of the whole listing exactly once, locally and through a real endpoint; each page holds the
 * rows of at most one event, agreement or article; bad values and misdeclared paging fail clearly.
 */
class PagingTest extends FixtureTest {
    static final Catalogue CATALOGUE = Catalogue.load();
    /** The listing queries and the column that names the item a page counts (null: a page counts rows). */
    static final Map<String, String> PAGED = new LinkedHashMap<>();
    static {
        PAGED.put("meetings", "event");
        PAGED.put("conferences", "event");
        PAGED.put("agreements", "agreement");
        PAGED.put("articles", "article");
        PAGED.put("offices", null);
        PAGED.put("visits", null);
        PAGED.put("review", null);
        PAGED.put("evidence", null);
        PAGED.put("pair-timeline", null);
        PAGED.put("find", null);
    }
    static final Map<String, String> NEEDED = Map.of("evidence", "entity=" + Fixture.ID + "relation/JP-VN", "find", "text=a");

    @Tag("integration")
    @Test
    void pagesOfOneCoverTheListingOnce() {
        try (TestServer server = TestServer.start(dsg)) {
            for (QueryRunner runner : List.of(QueryRunner.local(dsg), QueryRunner.remote(server.queryUrl()))) {
                for (var e : PAGED.entrySet()) {
                    CannedQuery q = CATALOGUE.get(e.getKey());
                    List<String> all = rows(runner.run(q, params(q)));
                    assertTrue(!all.isEmpty(), e.getKey() + " has rows to page through");
                    List<String> paged = new ArrayList<>();
                    for (int offset = 0; offset <= all.size(); offset++) {
                        ResultTable page = runner.run(q, params(q, "limit=1", "offset=" + offset));
                        if (e.getValue() != null) {
                            TreeSet<String> items = new TreeSet<>();
                            for (Binding b : page.rows()) items.add(String.valueOf(b.get(Var.alloc(e.getValue()))));
                            assertTrue(items.size() <= 1, e.getKey() + ": a page of one holds one item, got " + items);
                        } else {
                            assertTrue(page.size() <= 1, e.getKey() + ": a page of one holds one row");
                        }
                        paged.addAll(rows(page));
                    }
                    assertEquals(new TreeSet<>(all).size(), all.size(), e.getKey() + " rows are distinct");
                    assertEquals(new TreeSet<>(all), new TreeSet<>(paged), e.getKey() + " through " + runner.target());
                    assertEquals(all.size(), paged.size(), e.getKey() + ": no row on two pages");
                }
            }
        }
    }

    @Test
    void aNegativeLimitIsRefused() {
        DiplographException e = assertThrows(DiplographException.class,
                () -> Params.parse(CATALOGUE.get("meetings"), List.of("limit=-1")));
        assertTrue(e.getMessage().contains("'limit'") && e.getMessage().contains("0 or more"), e.getMessage());
    }

    @Test
    void aLimitParameterNeedsALimitToReplace() {
        DiplographException e = assertThrows(DiplographException.class, () -> CannedQuery.parse("nolimit", """
                #+ summary: Declares a limit it does not write
                #+ params: limit: integer = 10
                #+ returns: s
                SELECT ?s WHERE { ?s ?p ?o }
                """));
        assertTrue(e.getMessage().contains("must write LIMIT"), e.getMessage());
    }

    private static Params params(CannedQuery q, String... more) {
        List<String> given = new ArrayList<>(List.of(more));
        if (NEEDED.containsKey(q.name())) given.add(NEEDED.get(q.name()));
        return Params.parse(q, given);
    }

    private static List<String> rows(ResultTable t) {
        List<String> out = new ArrayList<>();
        for (Binding b : t.rows()) {
            StringBuilder row = new StringBuilder();
            for (String c : t.columns()) row.append(b.get(Var.alloc(c))).append(" | ");
            out.add(row.toString());
        }
        return out;
    }
}
