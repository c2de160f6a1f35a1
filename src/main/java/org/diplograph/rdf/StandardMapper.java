package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.diplograph.extract.Facts;
import org.diplograph.rdf.FactsMapper;
import org.diplograph.rdf.Iris;

/** The project's mapper ({@link FactsMapper}, {@link Iris}) seen through {@link ArticleMapper}. */
public final class StandardMapper implements ArticleMapper {
    @Override
    public Node graphFor(String articleKey) {
        return NodeFactory.createURI(Iris.articleGraph(articleKey));
    }

    @Override
    public void map(Facts.Article article, String sourceFile, String contentHash, StreamRDF out) {
        FactsMapper.map(article, sourceFile, contentHash, out);
    }

    @Override
    public void ontology(StreamRDF out) {
        FactsMapper.loadOntology(out);
    }
}
