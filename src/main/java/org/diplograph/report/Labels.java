package org.diplograph.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;

/**
 * Short names for the IRIs a report prints, so that an analyst reads "Japon" or a headline rather
 * than {@code id:country/JP} or {@code id:article/000_…}: looked up in the graph in batches, one
 * query per batch whatever the number of tables.
 *
 * <p>Which name wins, best first: a French {@code skos:prefLabel}, an article's headline, a French
 * {@code rdfs:label}, {@code schema:name}, then any prefLabel or label. The stories are French, so
 * the French name is the one the analyst knows them by. An IRI with none of these has no label.
 */
final class Labels {
    /** IRIs per look-up: keeps a query sent to an endpoint well under common request limits. */
    static final int BATCH = 150;
    private static final List<String> RANKED = List.of(
            "http://www.w3.org/2004/02/skos/core#prefLabel@fr",
            "https://schema.org/headline@",
            "https://schema.org/headline@fr",
            "http://www.w3.org/2000/01/rdf-schema#label@fr",
            "https://schema.org/name@",
            "https://schema.org/name@fr",
            "http://www.w3.org/2004/02/skos/core#prefLabel@",
            "http://www.w3.org/2000/01/rdf-schema#label@");
    private static final String QUERY = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            SELECT DISTINCT ?s ?p ?label WHERE {
              VALUES ?s { %s }
              VALUES ?p { skos:prefLabel schema:headline rdfs:label schema:name }
              ?s ?p ?label FILTER(isLiteral(?label))
            }""";

    private final Map<String, String> names;

    private Labels(Map<String, String> names) {
        this.names = names;
    }

    /** No names: every IRI is shown in its short form. */
    static Labels none() {
        return new Labels(Map.of());
    }

    /** The names of the IRIs in {@code tables} and of {@code more}, looked up through {@code runner}. */
    static Labels of(QueryRunner runner, Collection<ResultTable> tables, Collection<String> more) {
        Set<String> iris = new LinkedHashSet<>();
        for (ResultTable t : tables) {
            for (int r = 0; r < t.size(); r++) {
                for (String c : t.columns()) {
                    Node n = t.get(r, c);
                    if (n != null && n.isURI()) iris.add(n.getURI());
                }
            }
        }
        iris.addAll(more);
        Map<String, String> best = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        List<String> all = new ArrayList<>(iris);
        for (int from = 0; from < all.size(); from += BATCH) {
            StringBuilder values = new StringBuilder();
            for (String iri : all.subList(from, Math.min(all.size(), from + BATCH))) {
                if (iri.indexOf('>') < 0 && iri.indexOf(' ') < 0) values.append('<').append(iri).append("> ");
            }
            ResultTable t = runner.select(QueryFactory.create(QUERY.formatted(values)));
            for (int r = 0; r < t.size(); r++) {
                Node label = t.get(r, "label");
                String key = t.get(r, "p").getURI() + "@" + label.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
                int k = RANKED.indexOf(key);
                if (k < 0) k = RANKED.size();   // a label in another language: better than none
                String s = t.get(r, "s").getURI();
                String text = label.getLiteralLexicalForm().strip();
                Integer had = rank.get(s);
                if (text.isEmpty()) continue;
                if (had == null || k < had || (k == had && text.compareTo(best.get(s)) < 0)) {
                    best.put(s, text);
                    rank.put(s, k);
                }
            }
        }
        return new Labels(best);
    }

    /** The name of {@code iri}, or null when the graph gives none. */
    String of(String iri) {
        return names.get(iri);
    }
}
