package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplograph.article.SourceDoc;
import org.diplograph.rdf.Terms;

/**
 * The articles a store holds, as sources to read again: each article graph keeps its source text
 * ({@code dip:sourceText}), key, source file and URL, so an article can be extracted again without
 * its file.
 *
 * <p>What a JSON record gave besides its text (title, publication date) is stored only as what the
 * extractor made of it ({@code schema:headline}, {@code schema:datePublished}); for an article from a
 * JSON file those are passed back as the record's, so they survive. A page from a {@code .txt} file
 * never had them: its headline and date are found again by the extractor.
 */
public final class StoredSources {
    /** One stored article: the source to read again and the file it first came from. */
    public record Stored(SourceDoc doc, String sourceFile, String extractorVersion) {}

    private static final Query ARTICLES = QueryFactory.create(Terms.PREFIXES
            + "PREFIX schema: <https://schema.org/>\n"
            + "SELECT ?key ?text ?file ?version ?url ?headline ?published ?language { GRAPH ?g {"
            + " ?a a dip:Article ; dip:key ?key ; dip:sourceText ?text ; dip:sourceFile ?file ; dip:extractorVersion ?version"
            + " OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:headline ?headline }"
            + " OPTIONAL { ?a schema:datePublished ?published } OPTIONAL { ?a schema:inLanguage ?language }"
            // teasers are read again from their page
            + " FILTER NOT EXISTS { ?a dip:isTeaser true } } } ORDER BY ?key");

    private StoredSources() {}

    /** Every stored article with its source text, in key order. */
    public static List<Stored> list(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Stored> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(ARTICLES).build()) {
                RowSet rows = qe.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    String file = text(b, "file");
                    boolean record = !file.toLowerCase().endsWith(".txt");
                    String lower = file.toLowerCase(java.util.Locale.ROOT);
                    String stored = text(b, "text").stripLeading();
                    SourceDoc.Format format = lower.endsWith(".html") || lower.endsWith(".htm")
                            || record && stored.startsWith("<") && stored.contains("</") ? SourceDoc.Format.HTML
                            : SourceDoc.Format.TEXT;
                    SourceDoc doc = new SourceDoc(text(b, "key"), file + " (stored text)", text(b, "text"),
                            record ? text(b, "published") : null, text(b, "url"), record ? text(b, "headline") : null,
                            record ? text(b, "language") : null, format, null);
                    out.add(new Stored(doc, file, text(b, "version")));
                }
            }
            return out;
        });
    }

    /** The non-teaser articles stored by each extractor version: reads no source text. */
    private static final Query VERSIONS = QueryFactory.create(Terms.PREFIXES
            + "SELECT ?version (COUNT(?a) AS ?n) { GRAPH ?g { ?a a dip:Article ; dip:extractorVersion ?version"
            + " FILTER NOT EXISTS { ?a dip:isTeaser true } } } GROUP BY ?version");

    /** How many stored articles each extractor version other than {@code current} read, by version. */
    public static Map<String, Integer> olderThan(DatasetGraph dsg, String current) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Integer> out = new TreeMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(VERSIONS).build()) {
                RowSet rows = qe.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    String version = text(b, "version");
                    int n = ((Number) b.get("n").getLiteralValue()).intValue();
                    if (!version.equals(current)) out.merge(version, n, Integer::sum);
                }
            }
            return out;
        });
    }

    private static String text(Binding b, String var) {
        var node = b.get(var);
        if (node == null) return null;
        return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
    }
}
