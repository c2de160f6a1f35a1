package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.Fixture;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pair-timeline reads a pair's timeline rows from the pages of {@link TimelinePages#SIZE} ranks kept
 * at ingest; a page of the timeline that starts in one page of rows and ends in another, or goes past
 * the last, equals the earlier text's (which sorted every item of the pair), after the whole summary
 * is counted and after articles in the middle of the order go away (ranks move across pages).
 * The pair has more than two pages of rows: the fixture's article graphs repeated under new keys.
 */
class TimelinePagesTest {
    /** The fixture's article keys, longest first (one is a prefix of another). */
    private static final List<String> KEYS = List.of("story-jp-vn-copy", "story-jp-vn", "conference-id", "story-la-vn",
            "teaser-by-vn");
    private static final int COPIES = 100;

    @TempDir Path tmp;

    @Test
    void pagesAcrossRowPagesEqualTheEarlierText() throws IOException {
        Fixture.write(tmp);
        try (Store store = Store.open(tmp)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                List<Quad> articles = new ArrayList<>();
                dsg.find().forEachRemaining(q -> {
                    if (q.getGraph().getURI().startsWith(Terms.ARTICLE_GRAPHS)) articles.add(q);
                });
                for (int i = 0; i < COPIES; i++) for (Quad q : articles) dsg.add(copy(q, i));
            });
            SummaryRebuild.run(store);
            int rows = Txn.calculateRead(dsg, () -> (int) dsg.stream(Terms.SUMMARY_GRAPH, Node.ANY, DIP.pair,
                    NodeFactory.createURI(Fixture.ID + "relation/JP-VN")).count());
            assertEquals(5 * (COPIES + 1), rows, "the pair's rows");
            assertTrue(rows > 2 * TimelinePages.SIZE, "more than two pages of rows");
            assertPagesAsEarlierText(store, "after counting the whole summary");

            // articles at the start of the order (undated items of the lowest keys) go away: every rank moves
            for (String key : List.of("story-jp-vn-0", "story-jp-vn-copy-1", "story-jp-vn-10")) {
                Node graph = NodeFactory.createURI(Terms.ARTICLE_GRAPHS + key);
                Txn.executeWrite(dsg, () -> {
                    Set<Node> keys = SummaryKeys.of(dsg, graph);
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    KeyCounts.recompute(dsg, keys);
                });
            }
            assertPagesAsEarlierText(store, "after removing three articles");
        }
    }

    private static void assertPagesAsEarlierText(Store store, String when) throws IOException {
        QueryRunner runner = QueryRunner.local(store.dataset());
        CannedQuery now = Catalogue.load().get("pair-timeline");
        CannedQuery scratch;
        try (InputStream in = TimelinePagesTest.class.getResourceAsStream("/scratch/pair-timeline.rq")) {
            scratch = CannedQuery.parse("pair-timeline", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Map<String, String>> pages = List.of(Map.of(), Map.of("limit", "50", "offset", "180"),
                Map.of("limit", "300", "offset", "150"), Map.of("limit", "10", "offset", "495"),
                Map.of("limit", "5", "offset", "1000"), Map.of("limit", "0", "offset", "0"),
                Map.of("limit", "1", "offset", "399"), Map.of("limit", "1", "offset", "400"));
        for (Map<String, String> page : pages) {
            Map<String, String> given = new LinkedHashMap<>(page);
            given.put("a", "JP");
            given.put("b", "VN");
            Params p = Params.of(now, given);
            assertEquals(rows(runner.run(scratch, p)), rows(runner.run(now, p)), "pair-timeline " + page + " " + when);
        }
    }

    /** The quad of the article graph copy {@code i}: every key in an IRI or a dip:key value takes the suffix -i. */
    private static Quad copy(Quad q, int i) {
        return Quad.create(rename(q.getGraph(), i), rename(q.getSubject(), i), q.getPredicate(),
                q.getPredicate().equals(DIP.key) ? NodeFactory.createLiteralString(renamed(q.getObject().getLiteralLexicalForm(), i))
                        : rename(q.getObject(), i));
    }

    private static Node rename(Node n, int i) {
        return n.isURI() ? NodeFactory.createURI(renamed(n.getURI(), i)) : n;
    }

    private static String renamed(String text, int i) {
        for (String key : KEYS) {
            String out = text.replaceAll("(^|/)" + java.util.regex.Pattern.quote(key) + "(?![a-z-])", "$1" + key + "-" + i);
            if (!out.equals(text)) return out;
        }
        return text;
    }

    private static List<List<Node>> rows(ResultTable t) {
        List<List<Node>> out = new ArrayList<>();
        for (Binding b : t.rows()) out.add(t.columns().stream().map(c -> b.get(Var.alloc(c))).toList());
        return out;
    }
}
