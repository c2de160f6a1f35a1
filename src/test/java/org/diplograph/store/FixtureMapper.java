package org.diplograph.store;

import java.io.InputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Facts;

/**
 * A mapper for tests that states, for each seed article, what the hand-written fixture TriG says about
 * it, plus the article node the store relies on (key, hash, extractor version, source file, text).
 * Articles the fixture does not know get only their article node.
 */
final class FixtureMapper implements ArticleMapper {
    static final String FIXTURE = "seeds-fixture.trig";

    private final DatasetGraph fixture = DatasetGraphFactory.createTxnMem();

    FixtureMapper() {
        try (InputStream in = FixtureMapper.class.getResourceAsStream(FIXTURE)) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Node graphFor(String articleKey) {
        return NodeFactory.createURI(Terms.ARTICLE_GRAPHS + articleKey);
    }

    @Override
    public void map(Facts.Article article, String sourceFile, String contentHash, StreamRDF out) {
        String key = article.source().key();
        Node g = graphFor(key);
        fixture.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
        Node a = Terms.id("article/" + key);
        emit(out, g, a, RDF.Nodes.type, Terms.ARTICLE);
        emit(out, g, a, Terms.dip("key"), NodeFactory.createLiteralString(key));
        emit(out, g, a, Terms.CONTENT_HASH, NodeFactory.createLiteralString(contentHash));
        emit(out, g, a, Terms.EXTRACTOR_VERSION, NodeFactory.createLiteralString(Extractor.VERSION));
        emit(out, g, a, Terms.SOURCE_FILE, NodeFactory.createLiteralString(sourceFile));
        emit(out, g, a, Terms.dip("sourceText"), NodeFactory.createLiteralString(article.source().text()));
    }

    private static void emit(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(org.apache.jena.sparql.core.Quad.create(g, Triple.create(s, p, o)));
    }

    @Override
    public void ontology(StreamRDF out) {
        fixture.find(Terms.ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
    }
}
