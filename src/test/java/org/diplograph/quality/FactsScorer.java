package org.diplograph.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplograph.export.FactsExport;
import org.diplograph.query.QueryRunner;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;

/**
 * Scores facts in the export format against answers in the same format, by the matching rules the
 * project's answers are written for: persons by folded name (or one name's words within the
 * other's, two at least), organisations by acronym or name-word overlap of 0.6 with no conflicting
 * country, agreements by parties and compatible dates, meetings by two shared participants (one
 * where either side names one) and compatible dates; greedy one-to-one matching, micro-averaged.
 */
final class FactsScorer {
    private static final Set<String> STOP = Set.of("de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "au", "aux", "a");
    private static final Pattern HONORIFIC = Pattern.compile("^(m|mme|mlle|mr|mrs|ms|dr|pr|s\\.?e\\.?)\\.?\\s+", Pattern.CASE_INSENSITIVE);
    static final List<String> KINDS = List.of("countries", "pairs", "persons", "organizations", "agreements", "meetings", "all_facts");

    /** True positives, false positives and false negatives of one kind of fact. */
    static final class Tally {
        int tp;
        int fp;
        int fn;

        void add(int gold, int pred, int hit) {
            tp += hit;
            fp += pred - hit;
            fn += gold - hit;
        }

        double f1() {
            double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "F1 %.3f (%d/%d/%d)", f1(), tp, fp, fn);
        }
    }

    /** Right answers among matched facts, for one attribute. */
    static final class Accuracy {
        int right;
        int of;

        double value() {
            return of == 0 ? 1 : right / (double) of;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), right, of);
        }
    }

    final Map<String, Tally> tallies = new TreeMap<>();
    final Map<String, Accuracy> accuracies = new TreeMap<>();

    /**
     * The whole pipeline on {@code articles}: ingest into a TDB2 dataset under {@code tmp}, the facts
     * export, and each answer of the folder {@code answers} scored against the article's facts (an
     * article with none counts as predicting nothing).
     */
    static FactsScorer throughThePipeline(Path articles, Path answers, Path tmp) throws IOException {
        Path out = tmp.resolve("facts");
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestReport r = Ingest.create().store(store).build().run(List.of(articles.toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            FactsExport.create(QueryRunner.local(store.dataset())).write(out);
        }
        ObjectMapper json = new ObjectMapper();
        FactsScorer score = new FactsScorer();
        try (Stream<Path> files = Files.list(answers)) {
            for (Path a : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = json.readTree(a.toFile());
                Path p = out.resolve(gold.get("article").asText() + ".json");
                score.add(gold, Files.exists(p) ? json.readTree(p.toFile()) : null);
            }
        }
        return score;
    }

    FactsScorer() {
        for (String k : KINDS) tallies.put(k, new Tally());
        for (String k : List.of("person_country", "person_role", "organization_kind", "meeting_kind", "meeting_date",
                "agreement_type", "agreement_date")) accuracies.put(k, new Accuracy());
    }

    /** Adds one article: its answer and what was predicted (null when nothing was). */
    void add(JsonNode gold, JsonNode pred) {
        Set<String> gc = strings(gold.get("countries"));
        Set<String> pc = pred == null ? Set.of() : strings(pred.get("countries"));
        Set<String> both = new HashSet<>(gc);
        both.retainAll(pc);
        tallies.get("countries").add(gc.size(), pc.size(), both.size());
        Set<String> gp = pairs(gold.get("pairs"));
        Set<String> pp = pred == null ? Set.of() : pairs(pred.get("pairs"));
        Set<String> pairHits = new HashSet<>(gp);
        pairHits.retainAll(pp);
        tallies.get("pairs").add(gp.size(), pp.size(), pairHits.size());
        tallies.get("all_facts").add(gp.size(), pp.size(), pairHits.size());
        kind(gold, pred, "persons", (a, b) -> samePerson(a.path("name").asText(), b.path("name").asText()));
        kind(gold, pred, "organizations", FactsScorer::sameOrg);
        kind(gold, pred, "agreements", (a, b) -> strings(a.get("parties")).equals(strings(b.get("parties")))
                && datesCompatible(text(a, "date"), text(b, "date")));
        kind(gold, pred, "meetings", FactsScorer::participantsMatch);
    }

    private void kind(JsonNode gold, JsonNode pred, String kind, BiPredicate<JsonNode, JsonNode> same) {
        List<JsonNode> g = list(gold.get(kind));
        List<JsonNode> p = pred == null ? List.of() : list(pred.get(kind));
        Set<Integer> used = new HashSet<>();
        int hits = 0;
        for (JsonNode a : g) {
            for (int i = 0; i < p.size(); i++) {
                if (used.contains(i) || !same.test(a, p.get(i))) continue;
                used.add(i);
                hits++;
                accuracy(kind, a, p.get(i));
                break;
            }
        }
        tallies.get(kind).add(g.size(), p.size(), hits);
        tallies.get("all_facts").add(g.size(), p.size(), hits);
    }

    private void accuracy(String kind, JsonNode a, JsonNode b) {
        switch (kind) {
            case "persons" -> {
                if (text(a, "country") != null) count("person_country", text(a, "country").equals(text(b, "country")));
                if (text(a, "role") != null) count("person_role", similarWords(text(a, "role"), text(b, "role"), 0.5));
            }
            case "organizations" -> {
                if (text(a, "kind") != null) count("organization_kind", text(a, "kind").equals(text(b, "kind")));
            }
            case "agreements" -> {
                if (text(a, "type") != null) count("agreement_type", similarWords(text(a, "type"), text(b, "type"), 1.0));
                if (text(a, "date") != null) count("agreement_date", dateRight(text(a, "date"), text(b, "date")));
            }
            case "meetings" -> {
                if (text(a, "kind") != null) count("meeting_kind", text(a, "kind").equals(text(b, "kind")));
                if (text(a, "date") != null) count("meeting_date", dateRight(text(a, "date"), text(b, "date")));
            }
            default -> { }
        }
    }

    private void count(String attribute, boolean right) {
        Accuracy a = accuracies.get(attribute);
        a.of++;
        if (right) a.right++;
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (char c : d.toCharArray()) if (Character.getType(c) != Character.NON_SPACING_MARK) b.append(c);
        return b.toString().replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static List<String> nameTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : fold(HONORIFIC.matcher(name.strip()).replaceFirst("")).split("[^a-z0-9]+")) if (!t.isEmpty()) out.add(t);
        return out;
    }

    static boolean samePerson(String a, String b) {
        String ka = String.join("", nameTokens(a));
        if (!ka.isEmpty() && ka.equals(String.join("", nameTokens(b)))) return true;
        Set<String> ta = new HashSet<>(nameTokens(a));
        Set<String> tb = new HashSet<>(nameTokens(b));
        Set<String> common = new HashSet<>(ta);
        common.retainAll(tb);
        return common.size() >= 2 && (tb.containsAll(ta) || ta.containsAll(tb));
    }

    private static Set<String> orgWords(String name) {
        Set<String> out = new HashSet<>();
        for (String t : fold(name).split("[^a-z0-9]+")) if (!t.isEmpty() && !STOP.contains(t)) out.add(t);
        return out;
    }

    static boolean similarWords(String a, String b, double least) {
        Set<String> wa = orgWords(a == null ? "" : a);
        Set<String> wb = orgWords(b == null ? "" : b);
        if (wa.isEmpty() || wb.isEmpty()) return false;
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return inter.size() / (double) union.size() >= least;
    }

    static boolean sameOrg(JsonNode a, JsonNode b) {
        String ca = text(a, "country");
        String cb = text(b, "country");
        if (ca != null && cb != null && !ca.equals(cb)) return false;
        String xa = text(a, "acronym");
        String xb = text(b, "acronym");
        if (xa != null && xb != null && !xa.isEmpty() && xa.equalsIgnoreCase(xb)) return true;
        return similarWords(text(a, "name"), text(b, "name"), 0.6);
    }

    private static String start(String d) {
        return d == null ? "" : d.split("/")[0].strip();
    }

    static boolean datesCompatible(String g, String p) {
        g = start(g);
        p = start(p);
        if (g.isEmpty() || p.isEmpty()) return true;
        if (g.length() >= 4 && p.length() >= 4 && Character.isDigit(g.charAt(0)) && Character.isDigit(p.charAt(0))
                && !g.substring(0, 4).equals(p.substring(0, 4))) return false;
        String[] mg = monthDay(g);
        String[] mp = monthDay(p);
        if (mg == null || mp == null) return g.equals(p);
        return mg[0].equals(mp[0]) && (mg[1] == null || mp[1] == null || mg[1].equals(mp[1]));
    }

    private static String[] monthDay(String d) {
        var m = Pattern.compile("^(?:\\d{4}|-)-(\\d{2})(?:-(\\d{2}))?$").matcher(d);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    static boolean dateRight(String g, String p) {
        g = start(g);
        p = start(p);
        if (g.isEmpty()) return true;
        if (p.isEmpty()) return false;
        if (g.startsWith("--")) return p.endsWith(g.substring(1)) || p.equals(g);
        return p.equals(g);
    }

    static boolean participantsMatch(JsonNode g, JsonNode p) {
        List<String> gp = new ArrayList<>();
        list(g.get("participants")).forEach(n -> gp.add(n.asText()));
        List<String> pp = new ArrayList<>();
        list(p.get("participants")).forEach(n -> pp.add(n.asText()));
        if (gp.isEmpty()) {
            String gd = start(text(g, "date"));
            return pp.isEmpty() && !gd.isEmpty() && gd.equals(start(text(p, "date")));
        }
        long common = gp.stream().filter(a -> pp.stream().anyMatch(b -> samePerson(a, b))).count();
        int need = Math.min(2, Math.min(gp.size(), pp.size()));
        return need > 0 && common >= need && datesCompatible(text(g, "date"), text(p, "date"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(out::add);
        return out;
    }

    private static Set<String> strings(JsonNode n) {
        Set<String> out = new TreeSet<>();
        list(n).forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Set<String> pairs(JsonNode n) {
        Set<String> out = new TreeSet<>();
        for (JsonNode p : list(n)) out.add(String.join("-", strings(p)));
        return out;
    }

    @Override
    public String toString() {
        return "tallies " + tallies + "\naccuracies " + accuracies;
    }
}
