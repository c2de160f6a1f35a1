package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;

class IrisTest {
    private static final String ID = "https://w3id.org/diplograph/id/";

    @Test
    void slugFoldsDiacriticsIncludingDStroke() {
        assertEquals("mai-tien-dung", Iris.slug("Mai Tiến Dũng"));
        assertEquals("dang-thi-ngoc-thinh", Iris.slug("Đặng Thị Ngọc Thịnh"));
        assertEquals("ministere-des-affaires-etrangeres", Iris.slug("  Ministère des Affaires étrangères "));
        assertEquals("coeur-d-alene", Iris.slug("Cœur d’Alène"));
        assertEquals("phone-call", Iris.slug("phone call"));
        assertEquals("e-government", Iris.slug("e--government!"));
        assertEquals("mai-tien-dung", Iris.slug(Iris.slug("Mai Tiến Dũng")), "idempotent");
        assertThrows(IllegalArgumentException.class, () -> Iris.slug(" – "));
    }

    @Test
    void everyPatternOfTheModel() {
        assertEquals(ID + "article/001", Iris.article("001"));
        assertEquals(ID + "country/JP", Iris.country("jp"));
        assertEquals(ID + "person/mai-tien-dung", Iris.person("Mai Tien Dung"));
        assertEquals(ID + "org/jp/ministere-des-affaires-etrangeres", Iris.org("JP/ministère des affaires étrangères"));
        assertEquals(ID + "org/int/asean", Iris.org("int/asean"));
        assertEquals(ID + "place/tokyo", Iris.place("Tokyo"));
        assertEquals(ID + "relation/JP-VN", Iris.relation("VN", "jp"));
        assertEquals(ID + "relation/JP-VN", Iris.relation("JP", "VN"));
        assertEquals(ID + "event/001/2", Iris.event("001", 2));
        assertEquals(ID + "agreement/001/1", Iris.agreement("001", 1));
        assertEquals(ID + "office/001/1", Iris.office("001", 1));
        assertEquals(ID + "evidence/001/140-305", Iris.evidence("001", 140, 305));
        assertEquals(ID + "event-type/phone-call", Iris.eventType("phone call"));
        assertEquals(ID + "topic/e-government", Iris.topic("e-government"));
        assertEquals(ID + "framework/extended-strategic-partnership", Iris.framework("extended-strategic-partnership"));
        assertEquals(ID + "graph/ontology", Iris.ONTOLOGY_GRAPH);
        assertEquals(ID + "graph/summary", Iris.SUMMARY_GRAPH);
        assertEquals(ID + "graph/runs", Iris.RUNS_GRAPH);
        assertEquals(ID + "graph/article/001", Iris.articleGraph("001"));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Iris.country("VNM"));
        assertThrows(IllegalArgumentException.class, () -> Iris.relation("VN", "vn"));
        assertThrows(IllegalArgumentException.class, () -> Iris.event("001", 0));
        assertThrows(IllegalArgumentException.class, () -> Iris.evidence("001", 5, 4));
        assertThrows(IllegalArgumentException.class, () -> Iris.article(""));
    }

    @Test
    void articleKeysArePercentEncodedReadablyAndReversibly() {
        String[] keys = {"001_04a527d0d29b2ca9", "https://fr.example.vn/tin-tuc/abc-123.vnp?x=1&y=2#top",
                "Việt Nam 2021", "a/b", "..", ".", "50%", "clé~1"};
        for (String key : keys) {
            String iri = Iris.article(key);
            IRIs.checkEx(iri);
            String segment = iri.substring((ID + "article/").length());
            assertEquals(-1, segment.indexOf('/'), iri);
            assertEquals(key, Iris.articleKeyOf(iri), iri);
            assertEquals(key, Iris.articleKeyOf(Iris.articleGraph(key)));
        }
        assertEquals(ID + "article/001_04a527d0d29b2ca9", Iris.article("001_04a527d0d29b2ca9"));
        assertEquals(ID + "article/https%3A%2F%2Fx.vn%2Fa%20b", Iris.article("https://x.vn/a b"));
        assertEquals(ID + "article/Vi%E1%BB%87t", Iris.article("Việt"));
        assertEquals(ID + "event/a%2Fb/3", Iris.event("a/b", 3));
        assertEquals(ID + "article/%2E%2E", Iris.article(".."));
        assertThrows(IllegalArgumentException.class, () -> Iris.articleKeyOf(ID + "person/x"));
    }

    @Test
    void onlyTheGraphsNamedForAnArticleAreArticleGraphs() {
        assertTrue(Terms.isArticleGraph(NodeFactory.createURI(Iris.articleGraph("Việt Nam 2021"))));
        for (String other : new String[] {Iris.ONTOLOGY_GRAPH, Iris.SUMMARY_GRAPH, Iris.RUNS_GRAPH, Iris.CURATION_GRAPH,
                Iris.article("001"), ID + "graph/articles", "http://example.org/graph/article/001"}) {
            assertFalse(Terms.isArticleGraph(NodeFactory.createURI(other)), other);
        }
        assertFalse(Terms.isArticleGraph(NodeFactory.createBlankNode()));
        assertFalse(Terms.isArticleGraph(NodeFactory.createLiteralString(Iris.articleGraph("001"))));
    }
}
