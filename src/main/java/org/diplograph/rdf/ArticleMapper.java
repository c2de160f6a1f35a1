package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.diplograph.extract.Facts;

/**
 * Turns facts into quads for the store. The store knows nothing of the graph's vocabulary beyond
 * what it needs to keep the dataset current; the shape of an article graph belongs to the mapper.
 *
 * <p>Contract: {@link #map} emits every quad of one article into the graph {@link #graphFor}
 * names for its key, including the article node with {@code dip:contentHash},
 * {@code dip:extractorVersion} and {@code dip:sourceFile} (the store compares them to decide
 * whether an article must be read again). {@link #ontology} emits the ontology and reference data,
 * as triples or as quads in {@code id:graph/ontology}. Both are deterministic.
 */
public interface ArticleMapper {

    /** The project's own mapper: ontology/*.ttl and the article graphs of ontology/MODEL.md. */
    static ArticleMapper standard() {
        return new StandardMapper();
    }

    /** The named graph that holds everything the article with this key states. */
    Node graphFor(String articleKey);

    /** Emits one article's quads. */
    void map(Facts.Article article, String sourceFile, String contentHash, StreamRDF out);

    /** Emits the ontology and reference data. */
    void ontology(StreamRDF out);
}
