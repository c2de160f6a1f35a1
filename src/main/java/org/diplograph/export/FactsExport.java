package org.diplograph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.DiplographException;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the graph says about each article as one JSON file in the facts format, so that the
 * scorer can compare the graph with hand-made answers.
 *
 * <p>Everything comes from SPARQL over the graph's own terms, one SELECT per section kept beside this
 * class ({@code articles.rq}, {@code countries.rq}, ...), each filled with the article's IRI by the
 * same substitution as the canned queries. The export therefore reports what users can query, on a
 * local dataset or through an endpoint alike. Teaser articles ({@code dip:isTeaser true}) are left out
 * unless asked for.
 */
public final class FactsExport {
    private static final Logger LOG = LoggerFactory.getLogger(FactsExport.class);
    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private static final CannedQuery ARTICLES = section("articles");
    private static final CannedQuery COUNTRIES = section("countries");
    private static final CannedQuery PAIRS = section("pairs");
    private static final CannedQuery PERSONS = section("persons");
    private static final CannedQuery ORGANIZATIONS = section("organizations");
    private static final CannedQuery AGREEMENTS = section("agreements");
    private static final CannedQuery MEETINGS = section("meetings");

    private final QueryRunner runner;
    private final boolean teasers;

    private FactsExport(QueryRunner runner, boolean teasers) {
        this.runner = runner;
        this.teasers = teasers;
    }

    /** An export reading through {@code runner}, teasers left out. */
    public static FactsExport create(QueryRunner runner) {
        return new FactsExport(runner, false);
    }

    /** The same export, with teaser articles included or not. */
    public FactsExport teasers(boolean include) {
        return new FactsExport(runner, include);
    }

    /** The facts of every exported article, sorted by key. */
    public List<ArticleFacts> facts() {
        List<ArticleFacts> out = new ArrayList<>();
        for (Binding row : runner.run(ARTICLES, Params.none()).rows()) {
            if (!teasers && "true".equals(text(row, "teaser"))) continue;
            out.add(article(row.get(Var.alloc("article")), text(row, "key"), text(row, "duplicateOf")));
        }
        return out;
    }

    /**
     * Writes one {@code KEY.json} per exported article into {@code outDir}, creating it.
     *
     * @return the files written, in key order
     * @throws DiplographException naming the file that could not be written
     */
    public List<Path> write(Path outDir) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Path> written = new ArrayList<>();
        List<ArticleFacts> all = facts();
        for (ArticleFacts a : all) {
            Path file = outDir.resolve(fileName(a.article()));
            try {
                Files.createDirectories(outDir);
                Files.writeString(file, json.writeValueAsString(a) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DiplographException("cannot write " + file + ": " + e.getMessage(), e);
            }
            written.add(file);
        }
        LOG.info("Exported the facts of {} articles to {}", written.size(), outDir);
        return written;
    }

    /** {@code KEY.json}, with characters a file name cannot hold (a key may be a URL) replaced by {@code _}. */
    public static String fileName(String key) {
        return key.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    }

    ArticleFacts article(Node article, String key, String duplicateOf) {
        Params p = Params.of("article", article);
        List<String> countries = new ArrayList<>();
        for (Binding b : runner.run(COUNTRIES, p).rows()) countries.add(text(b, "code"));
        return new ArticleFacts(key, duplicateOf, countries, pairs(p), persons(p), organizations(p),
                agreements(p), meetings(p));
    }

    private List<List<String>> pairs(Params p) {
        List<List<String>> out = new ArrayList<>();
        for (List<Binding> rel : groups(runner.run(PAIRS, p), "relation").values()) {
            List<String> codes = new ArrayList<>(values(rel, "code"));
            if (codes.size() == 2) out.add(codes);
        }
        out.sort(Comparator.comparing((List<String> l) -> l.get(0)).thenComparing(l -> l.get(1)));
        return out;
    }

    private List<ArticleFacts.Person> persons(Params p) {
        List<ArticleFacts.Person> out = new ArrayList<>(each(PERSONS, p, "person", rows -> {
            // the role is the office the article names the person by, its first; the others are in the graph
            List<String> titles = orderedValues(rows, "title");
            return new ArticleFacts.Person(first(rows, "name"), first(rows, "country"), titles.isEmpty() ? null : titles.get(0),
                    first(rows, "rule"));
        }));
        out.sort(Comparator.comparing(ArticleFacts.Person::name, NULLS_LAST)
                .thenComparing(ArticleFacts.Person::country, NULLS_LAST));
        return out;
    }

    private List<ArticleFacts.Organization> organizations(Params p) {
        List<ArticleFacts.Organization> out = new ArrayList<>(each(ORGANIZATIONS, p, "organization",
                rows -> new ArticleFacts.Organization(first(rows, "name"), first(rows, "acronym"),
                        first(rows, "country"), first(rows, "kind"), first(rows, "rule"))));
        out.sort(Comparator.comparing(ArticleFacts.Organization::name, NULLS_LAST)
                .thenComparing(ArticleFacts.Organization::country, NULLS_LAST));
        return out;
    }

    private List<ArticleFacts.Agreement> agreements(Params p) {
        return each(AGREEMENTS, p, "agreement", rows -> new ArticleFacts.Agreement(first(rows, "type"),
                first(rows, "topic"), List.copyOf(values(rows, "party")), first(rows, "date"), first(rows, "place"),
                List.copyOf(values(rows, "signatory")), first(rows, "rule")));
    }

    private List<ArticleFacts.Meeting> meetings(Params p) {
        return each(MEETINGS, p, "event", rows -> new ArticleFacts.Meeting(List.copyOf(values(rows, "participant")),
                first(rows, "date"), first(rows, "end"), first(rows, "place"), first(rows, "kind"), first(rows, "rule")));
    }

    /** One value per distinct term in {@code key}, made from that term's rows, in query order. */
    private <T> List<T> each(CannedQuery query, Params p, String key, Function<List<Binding>, T> make) {
        return groups(runner.run(query, p), key).values().stream().map(make).toList();
    }

    /** Rows grouped by the term in {@code column}, groups in order of first appearance. */
    private static Map<Node, List<Binding>> groups(ResultTable table, String column) {
        Map<Node, List<Binding>> out = new LinkedHashMap<>();
        for (Binding b : table.rows()) out.computeIfAbsent(b.get(Var.alloc(column)), k -> new ArrayList<>()).add(b);
        return out;
    }

    /** The distinct texts of {@code column}, sorted. */
    private static TreeSet<String> values(List<Binding> rows, String column) {
        return new TreeSet<>(orderedValues(rows, column));
    }

    /** The texts of {@code column} in row order. */
    private static List<String> orderedValues(List<Binding> rows, String column) {
        List<String> out = new ArrayList<>();
        for (Binding b : rows) {
            String t = text(b, column);
            if (t != null) out.add(t);
        }
        return out;
    }

    private static String first(List<Binding> rows, String column) {
        List<String> all = orderedValues(rows, column);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A literal's lexical form or an IRI's text; null when unbound. */
    private static String text(Binding b, String column) {
        Node n = b.get(Var.alloc(column));
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.getBlankNodeLabel();
    }

    static CannedQuery section(String name) {
        try (InputStream in = FactsExport.class.getResourceAsStream(name + ".rq")) {
            if (in == null) throw new DiplographException("export query " + name + ".rq is missing from the classpath");
            return CannedQuery.parse("export/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DiplographException("cannot read export query " + name + ".rq", e);
        }
    }
}
