package org.diplograph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.Vocab;

/**
 * The editors' corrections as {@code corrections} and {@code explain} print them, read from the
 * curation graph ({@code id:graph/curation}, see {@code store/Curation}) through a SELECT kept
 * beside this class ({@code corrections.rq}), so a data folder and an endpoint give the same text.
 */
public final class Corrections {
    private static final CannedQuery ALL = FactsExport.section("corrections");

    private Corrections() {}

    /**
     * One record: its IRI, {@code corrected} or {@code retracted}, the target (property null for a
     * whole node, old null for every value), the new value, who, when, why, and the articles it changed.
     */
    public record Entry(Node id, String kind, Node subject, Node property, Node oldValue, Node newValue,
                        String by, String when, String note, List<Node> articles) {
        /** What it does, in one phrase: {@code id:person/x dip:servesCountry id:country/A → id:country/B}. */
        public String change() {
            StringBuilder b = new StringBuilder(kind).append(' ').append(term(subject));
            if (property != null) b.append(' ').append(term(property));
            if (oldValue != null) b.append(' ').append(term(oldValue));
            else if (property != null && newValue != null) b.append(" (every value)");
            if (newValue != null) b.append(" \u2192 ").append(term(newValue));
            return b.toString();
        }

        /** Who made it, when and why: {@code by alice on 2026-01-02T10:00:00Z: "note"}. */
        public String made() {
            StringBuilder b = new StringBuilder("by ").append(by == null ? "(unknown)" : by);
            if (when != null) b.append(" on ").append(when);
            if (note != null) b.append(": \"").append(note).append('"');
            return b.toString();
        }
    }

    /** Every record, oldest first. */
    public static List<Entry> all(QueryRunner runner) {
        return entries(runner.run(ALL, Params.none()).rows());
    }

    /**
     * The records that changed the graph of {@code article} (its IRI), oldest first: filtered from
     * {@link #all}, as editors' records are few beside the articles.
     */
    public static List<Entry> of(QueryRunner runner, Node article) {
        return all(runner).stream().filter(e -> e.articles().contains(article)).toList();
    }

    /** The text {@code corrections} prints: one block a record. */
    public static String text(List<Entry> entries) {
        if (entries.isEmpty()) return "No corrections.\n";
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            b.append(term(e.id())).append('\n').append("    ").append(e.change()).append('\n')
                    .append("    ").append(e.made()).append('\n');
            b.append("    ").append(e.articles().isEmpty() ? "changes no article now"
                    : "changes " + String.join(", ", e.articles().stream().map(Corrections::term).toList())).append('\n');
        }
        return b.toString();
    }

    private static List<Entry> entries(List<Binding> rows) {
        Map<Node, List<Binding>> byId = new LinkedHashMap<>();
        for (Binding r : rows) byId.computeIfAbsent(r.get(Var.alloc("correction")), k -> new ArrayList<>()).add(r);
        List<Entry> out = new ArrayList<>();
        for (List<Binding> rs : byId.values()) {
            Binding r = rs.get(0);
            List<Node> articles = new ArrayList<>();
            for (Binding x : rs) {
                Node a = x.get(Var.alloc("article"));
                if (a != null && !articles.contains(a)) articles.add(a);
            }
            out.add(new Entry(node(r, "correction"), text(r, "kind"), node(r, "subject"), node(r, "property"), node(r, "old"),
                    node(r, "new"), text(r, "by"), text(r, "when"), text(r, "note"), List.copyOf(articles)));
        }
        return out;
    }

    private static Node node(Binding b, String column) {
        return b.get(Var.alloc(column));
    }

    private static String text(Binding b, String column) {
        Node n = b.get(Var.alloc(column));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    static String term(Node n) {
        return Vocab.shortForm(n);
    }
}
