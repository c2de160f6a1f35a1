package org.diplograph.rdf;

import java.util.List;
import java.util.Objects;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.DiplographException;
import org.diplograph.extract.Facts;

/**
 * Turns one article's {@link Facts.Article} into quads of its named graph
 * {@code id:graph/article/{key}}, in the shape {@code ontology/MODEL.md} shows; and emits the
 * ontology files into {@code id:graph/ontology}.
 *
 * <p>The mapper writes what the records state and nothing else: a null field gives no triple.
 * Persons, organisations, places and relations are shared IRIs; each article graph carries its own
 * statements about them, so replacing one article's graph never removes another's. Neither method
 * calls {@link StreamRDF#start()} or {@link StreamRDF#finish()}: the caller owns the stream.
 */
public final class FactsMapper {
    private FactsMapper() {}

    /**
     * Emits every quad of one article, or none: the quads are built first, so an article that cannot
     * be mapped leaves nothing half-written in {@code out}.
     *
     * @param article     the extractor's facts; its {@code source().key()} names the graph
     * @param sourceFile  the file the article was read from, as the user gave it ({@code dip:sourceFile})
     * @param contentHash SHA-256 hex of the source text ({@code dip:contentHash})
     * @param out         receives the quads
     * @throws DiplographException naming the article and its origin if a fact cannot be written
     *                             (an empty person key, a relation of a country with itself...)
     */
    public static void map(Facts.Article article, String sourceFile, String contentHash, StreamRDF out) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(out, "out");
        List<Quad> quads;
        try {
            quads = new ArticleMapping(article).quads(sourceFile, contentHash);
        } catch (IllegalArgumentException e) {
            throw new DiplographException(article.source().origin() + ": article " + article.source().key()
                    + " cannot be mapped: " + e.getMessage(), e);
        }
        quads.forEach(out::quad);
    }

    /**
     * Emits the ontology, the SKOS schemes, the country table and the SHACL shapes (every Turtle file
     * of {@code ontology/}, read from the classpath) as quads of {@code id:graph/ontology}.
     *
     * @throws DiplographException if a file is missing or not valid Turtle
     */
    public static void loadOntology(StreamRDF out) {
        Ontology.emit(out);
    }
}
