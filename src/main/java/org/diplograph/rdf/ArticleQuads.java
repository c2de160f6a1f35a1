package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.DiplographException;
import org.diplograph.article.Page;
import org.diplograph.article.PageSplitter;
import org.diplograph.article.SourceDoc;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Facts;
import org.diplograph.resolve.Fingerprint;

/**
 * The extractor as a pure function: one article read ({@link SourceDoc}) in, its facts and the quads
 * of its graph out, with nothing stored, served or shared between calls. Ingest calls it for every
 * article; a job on a cluster calls it on each executor, with no store, server or pipeline on its
 * classpath (a test reads the classes it reaches and holds it to that).
 *
 * <pre>
 *   ArticleQuads quads = ArticleQuads.standard();
 *   ArticleQuads.Mapped m = quads.apply(doc, "wires/2024.jsonl");
 * </pre>
 *
 * <p>Deterministic: the same article, source file name and rules give the same quads, in the same
 * order, wherever they run. What the quads do not hold is left to later steps: the telling apart of
 * homonyms and the duplicate links read other articles, the counts read all of them.
 */
public final class ArticleQuads {
    private final Function<Page, Facts.Article> extractor;
    private final ArticleMapper mapper;

    private ArticleQuads(Function<Page, Facts.Article> extractor, ArticleMapper mapper) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The project's extractor ({@link Extractor}, on the reference tables) and mapper. */
    public static ArticleQuads standard() {
        return of(ReferenceTables.load().extractor()::extract, ArticleMapper.standard());
    }

    /** Another extractor or mapper (tests, or a build whose rules differ). */
    public static ArticleQuads of(Function<Page, Facts.Article> extractor, ArticleMapper mapper) {
        return new ArticleQuads(extractor, mapper);
    }

    /**
     * One article mapped: its facts (fingerprinted), its graph, the article's node and the quads of
     * its graph in the order the mapper emits them.
     */
    public record Mapped(Facts.Article facts, Node graph, Node article, List<Quad> quads) {
        public Mapped {
            quads = List.copyOf(quads);
        }

        /** The publication date written on the article node (the mapper leaves out one that is not valid), or null. */
        public String published() {
            Node published = org.apache.jena.vocabulary.SchemaDO.datePublished.asNode();
            for (Quad q : quads) {
                if (q.getSubject().equals(article) && q.getPredicate().equals(published) && q.getObject().isLiteral()) {
                    return q.getObject().getLiteralLexicalForm();
                }
            }
            return null;
        }
    }

    /** Extracts and maps {@code doc}, recorded as read from {@code sourceFile} ({@code dip:sourceFile}). */
    public Mapped apply(SourceDoc doc, String sourceFile) {
        return apply(doc, PageSplitter.split(doc), sourceFile, sha256(doc.text()));
    }

    /**
     * As {@link #apply(SourceDoc, String)}, the page already split and the source text's hash
     * ({@link #sha256}) already taken, as ingest has them.
     */
    public Mapped apply(SourceDoc doc, Page page, String sourceFile, String contentHash) {
        Node graph = mapper.graphFor(doc.key());
        GraphCollector out = new GraphCollector(graph);
        Facts.Article facts = Fingerprint.fingerprinted(extractor.apply(page));
        mapper.map(facts, sourceFile, contentHash, out);
        return new Mapped(facts, graph, NodeFactory.createURI(Iris.article(doc.key())), out.quads());
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}: an article's {@code dip:contentHash}. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new DiplographException("This Java runtime has no SHA-256", e);
        }
    }
}
