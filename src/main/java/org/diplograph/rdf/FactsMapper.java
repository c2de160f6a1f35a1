package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Facts;

/**
 * TEMPORARY STAND-IN, to be replaced by the real {@code FactsMapper}: same signatures, but it states
 * only the article node (what the store needs to keep articles current) and no ontology.
 */
public final class FactsMapper {
    private static final String DIP = "https://w3id.org/diplograph/ontology#";

    private FactsMapper() {}

    /** Emits the article node of {@code article} into its graph. */
    public static void map(Facts.Article article, String sourceFile, String contentHash, StreamRDF out) {
        String key = article.source().key();
        Node g = NodeFactory.createURI(Iris.articleGraph(key));
        Node a = NodeFactory.createURI(Iris.article(key));
        out.quad(Quad.create(g, a, RDF.Nodes.type, NodeFactory.createURI(DIP + "Article")));
        out.quad(Quad.create(g, a, dip("key"), NodeFactory.createLiteralString(key)));
        out.quad(Quad.create(g, a, dip("contentHash"), NodeFactory.createLiteralString(contentHash)));
        out.quad(Quad.create(g, a, dip("extractorVersion"), NodeFactory.createLiteralString(Extractor.VERSION)));
        out.quad(Quad.create(g, a, dip("sourceFile"), NodeFactory.createLiteralString(sourceFile)));
        out.quad(Quad.create(g, a, dip("sourceText"), NodeFactory.createLiteralString(article.source().text())));
    }

    /** Emits nothing: the ontology comes with the real mapper. */
    public static void loadOntology(StreamRDF out) {
        // stand-in
    }

    private static Node dip(String local) {
        return NodeFactory.createURI(DIP + local);
    }
}
