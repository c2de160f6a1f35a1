package org.diplograph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.DiplographException;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Vocab;

/**
 * Which rule said so: an article's sentences, each followed by the facts whose evidence lies in
 * it, with the rule that produced each fact ({@code dip:rule}), its standing and its confidence.
 *
 * <p>Everything comes from the article's own graph through two SELECTs kept beside this class
 * ({@code explain-article.rq}, {@code explain-facts.rq}), filled with the key or the article's IRI
 * as typed RDF terms, so a local dataset and an endpoint give the same text. A sentence is the span
 * of an evidence node: the extractor's evidence is always a whole sentence, and a sentence that gave
 * no fact has no evidence, so it is not shown. A fact told in several sentences (a headline, then
 * the body) is shown under each. A fact an editor corrected is followed by the correction, who made
 * it, when and why; every correction that changed the article's graph (a retracted fact among them,
 * which the graph no longer holds) is listed at the end.
 */
public final class Explanation {
    private static final CannedQuery ARTICLE = FactsExport.section("explain-article");
    private static final CannedQuery FACTS = FactsExport.section("explain-facts");

    /** The order facts are listed in under their sentence: what happened first, who and which body after. */
    private static final List<String> ORDER = List.of("event", "agreement", "person", "office", "organisation");

    private final QueryRunner runner;

    private Explanation(QueryRunner runner) {
        this.runner = runner;
    }

    /** Explanations read through {@code runner}. */
    public static Explanation create(QueryRunner runner) {
        return new Explanation(runner);
    }

    /** One fact as a sentence gave it. */
    public record Fact(Node node, String what, String kind, String label, List<String> participants, String date,
                       String modality, String rule, String standing, String confidence) {
        /** One line: what and its values, then rule, standing and confidence. */
        String line() {
            StringBuilder b = new StringBuilder(kind != null ? kind : what).append(": ").append(label == null ? "" : label);
            if (!participants.isEmpty()) b.append(" | ").append(what.equals("agreement") ? "signatories: " : "participants: ")
                    .append(String.join(", ", participants));
            if (date != null) b.append(" | date: ").append(date);
            if (modality != null) b.append(" | ").append(modality);
            b.append(" | rule: ").append(rule == null ? "(none)" : rule);
            if (standing != null) b.append(" | standing: ").append(standing);
            if (confidence != null) b.append(" | confidence: ").append(confidence);
            return b.toString();
        }
    }

    /** A sentence of the article, by code-point offsets into its source text, and the facts it gave. */
    public record Sentence(int begin, int end, String text, List<Fact> facts) {}

    /**
     * An article's explanation: key, title (or null), its sentences in text order, and the editors'
     * corrections that changed its graph, oldest first.
     */
    public record Article(String key, String title, List<Sentence> sentences, List<Corrections.Entry> corrections) {
        /** The text {@code explain} prints. */
        public String text() {
            StringBuilder b = new StringBuilder();
            b.append("Article: ").append(key).append('\n');
            if (title != null) b.append("Title: ").append(title).append('\n');
            int facts = sentences.stream().mapToInt(s -> s.facts().size()).sum();
            b.append(sentences.size()).append(sentences.size() == 1 ? " sentence" : " sentences")
                    .append(" with facts, ").append(facts).append(facts == 1 ? " fact told\n" : " facts told\n");
            for (Sentence s : sentences) {
                b.append('\n').append('[').append(s.begin()).append('\u2013').append(s.end()).append("] ")
                        .append(s.text().replaceAll("\\s+", " ").strip()).append('\n');
                for (Fact f : s.facts()) {
                    b.append("    - ").append(f.line()).append('\n');
                    for (Corrections.Entry c : corrections) {
                        if (c.subject().equals(f.node())) b.append("        ").append(c.change()).append(' ').append(c.made()).append('\n');
                    }
                }
            }
            if (!corrections.isEmpty()) {
                b.append("\nCorrections made by editors (applied to this article's graph):\n");
                for (Corrections.Entry c : corrections) {
                    b.append("    - ").append(Corrections.term(c.id())).append(": ").append(c.change()).append(' ').append(c.made()).append('\n');
                }
            }
            return b.toString();
        }
    }

    /**
     * The explanation of the article {@code given}: its key ({@code dip:key}), its IRI, or the IRI
     * abbreviated {@code id:article/KEY}.
     *
     * @throws DiplographException naming the article when the dataset has no such article, or when
     *                             {@code given} is an IRI that names no article
     */
    public Article explain(String given) {
        String key = keyOf(given);
        List<Binding> found = runner.run(ARTICLE, Params.of("key", NodeFactory.createLiteralString(key))).rows();
        if (found.isEmpty()) throw new DiplographException("no article \"" + given + "\" in " + runner.target());
        Binding a = found.get(0);
        String source = text(a, "text");
        Map<String, SentenceRows> sentences = new LinkedHashMap<>();
        for (Binding row : runner.run(FACTS, Params.of("article", a.get(Var.alloc("article")))).rows()) {
            int begin = Integer.parseInt(text(row, "begin"));
            int end = Integer.parseInt(text(row, "end"));
            String sentence = text(row, "sentence");
            if (sentence == null) sentence = codePoints(source, begin, end);
            String at = begin + "-" + end;
            SentenceRows s = sentences.computeIfAbsent(at, k -> new SentenceRows(begin, end));
            if (s.text == null) s.text = sentence;
            s.rows.computeIfAbsent(row.get(Var.alloc("fact")), k -> new ArrayList<>()).add(row);
        }
        List<Sentence> out = new ArrayList<>();
        for (SentenceRows s : sentences.values()) {
            List<Fact> facts = new ArrayList<>();
            for (List<Binding> rows : s.rows.values()) facts.add(fact(rows));
            facts.sort(java.util.Comparator.comparingInt(f -> ORDER.indexOf(f.what())));
            out.add(new Sentence(s.begin, s.end, s.text == null ? "" : s.text, List.copyOf(facts)));
        }
        return new Article(key, text(a, "title"), List.copyOf(out), Corrections.of(runner, a.get(Var.alloc("article"))));
    }

    /** The key an article key, article IRI or {@code id:article/KEY} names. */
    static String keyOf(String given) {
        String g = given.strip();
        if (g.isEmpty()) throw new DiplographException("no article given");
        if (g.startsWith("id:")) g = Vocab.ID + g.substring(3);
        if (g.startsWith("<") && g.endsWith(">")) g = g.substring(1, g.length() - 1);
        if (!g.startsWith(Vocab.ID)) return g;
        try {
            return Iris.articleKeyOf(g);
        } catch (IllegalArgumentException e) {
            throw new DiplographException("\"" + given + "\" is not an article IRI (want " + Vocab.ID + "article/KEY)", e);
        }
    }

    private static Fact fact(List<Binding> rows) {
        Set<String> participants = new LinkedHashSet<>();
        for (Binding r : rows) {
            String p = text(r, "participant");
            if (p != null) participants.add(p);
        }
        Binding r = rows.get(0);
        return new Fact(r.get(Var.alloc("fact")), text(r, "what"), text(r, "kind"), text(r, "label"), List.copyOf(participants), text(r, "date"),
                text(r, "modality"), text(r, "rule"), text(r, "standing"), text(r, "confidence"));
    }

    /** The rows of one sentence, by fact in query order. */
    private static final class SentenceRows {
        final int begin;
        final int end;
        String text;
        final Map<Node, List<Binding>> rows = new LinkedHashMap<>();

        SentenceRows(int begin, int end) {
            this.begin = begin;
            this.end = end;
        }
    }

    /** The source text between two code-point offsets, or "" when they fall outside it. */
    private static String codePoints(String text, int begin, int end) {
        if (text == null || begin < 0 || begin > end || end > text.codePointCount(0, text.length())) return "";
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    /** A literal's lexical form or an IRI's text; null when unbound. */
    private static String text(Binding b, String column) {
        Node n = b.get(Var.alloc(column));
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.getBlankNodeLabel();
    }
}
