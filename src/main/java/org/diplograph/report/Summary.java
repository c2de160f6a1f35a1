package org.diplograph.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.diplograph.DiplographException;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;

/**
 * What a report covers, in the few figures an analyst reads first, and the file that lets the next
 * report say what changed: the period, the articles, the country pairs (busiest first), and the
 * events and agreements by IRI. Written as {@link #FILE} beside the page and read back, with
 * Jackson, by {@code report --since}.
 *
 * @param generated  when the report was made (ISO instant), so a later one can say "since …"
 * @param from       the first date (day, month or year) of an article, or of an event that took place
 *                   or an agreement, or null when none has a date
 * @param to         the last such date, or null
 * @param publishedFrom the first date an article was published, or null when none says
 * @param publishedTo   the last, or null
 * @param articles   main stories read (teasers not counted), copies of a story included
 * @param copies     of these, the ones repeating a story also loaded
 * @param teasers    teasers listed on the pages
 * @param pairs      the country pairs of the network, busiest first
 * @param events     the events that took place (not those recalled or announced), by IRI, sorted
 * @param agreements the agreements, by IRI, sorted
 */
public record Summary(String generated, String from, String to, String publishedFrom, String publishedTo, long articles, long copies, long teasers,
                      List<Pair> pairs, List<String> events, List<String> agreements) {
    /** The summary's file name in the report folder. */
    public static final String FILE = "report-summary.json";
    /** How many of the busiest pairs the top of the page names. */
    static final int BUSIEST = 5;

    /**
     * The first and last date of the articles' publication and, apart, of what they tell (events
     * that took place, agreements): a day, a month or a year, compared as ISO text, which orders
     * them. Events recalled or announced are left out: a story recalls dates decades back.
     */
    static final String PERIOD = Picks.PREFIXES + """
            SELECT ?kind (MIN(STR(?d)) AS ?from) (MAX(STR(?d)) AS ?to) WHERE {
              { ?x schema:datePublished ?d BIND("articles" AS ?kind) }
              UNION { ?x a dip:Event ; sem:hasBeginTimeStamp ?d
                      FILTER NOT EXISTS { ?x dip:standing ?s FILTER(?s != "happened") } BIND("items" AS ?kind) }
              UNION { ?x a dip:Agreement ; dip:signedOn ?d BIND("items" AS ?kind) }
              FILTER(datatype(?d) IN (xsd:date, xsd:gYearMonth, xsd:gYear))
            } GROUP BY ?kind""";
    static final String ARTICLES = Picks.PREFIXES + """
            SELECT (COUNT(DISTINCT ?main) AS ?articles) (COUNT(DISTINCT ?copy) AS ?copies) (COUNT(DISTINCT ?teaser) AS ?teasers)
            WHERE {
              ?article a dip:Article .
              OPTIONAL { ?article dip:isTeaser ?isTeaser }
              BIND(IF(COALESCE(?isTeaser, false), ?article, ?unbound) AS ?teaser)
              BIND(IF(COALESCE(?isTeaser, false), ?unbound, ?article) AS ?main)
              OPTIONAL { ?article dip:duplicateOf ?original FILTER(!COALESCE(?isTeaser, false)) }
              BIND(IF(BOUND(?original), ?article, ?unbound) AS ?copy)
            }""";
    static final String ITEMS = Picks.PREFIXES + """
            SELECT DISTINCT ?item ?what WHERE {
              { ?item a dip:Event FILTER NOT EXISTS { ?item dip:standing ?s FILTER(?s != "happened") } BIND("event" AS ?what) }
              UNION { ?item a dip:Agreement BIND("agreement" AS ?what) }
            }""";

    /**
     * One country pair of the network.
     *
     * @param a      the first country's alpha-2 code (the smaller)
     * @param b      the second's
     * @param aLabel the first country's French name, or its code when the graph has none
     * @param bLabel the second's
     */
    public record Pair(String a, String b, String aLabel, String bLabel, long events, long agreements, long articles) {
        /** {@code JP-VN}: the pair's key, as in the relation's IRI. */
        public String key() {
            return a + "-" + b;
        }

        /** Events plus agreements, the network's weight. */
        public long weight() {
            return events + agreements;
        }

        /** {@code Japon – Viêt Nam}. */
        public String label() {
            return aLabel + " – " + bLabel;
        }
    }

    public Summary {
        pairs = List.copyOf(pairs);
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
    }

    /** The busiest pairs with at least one event or agreement, at most {@link #BUSIEST}. */
    public List<Pair> busiest() {
        return pairs.stream().filter(p -> p.weight() > 0)
                .sorted(Comparator.comparingLong(Pair::weight).reversed().thenComparing(Pair::key))
                .limit(BUSIEST).toList();
    }

    /**
     * Takes the figures from the graph through {@code runner}; the pairs from the network table the
     * report already ran (null when it did not run: no pair is then listed).
     */
    static Summary of(QueryRunner runner, ResultTable network, String generated) {
        ResultTable period = runner.select(QueryFactory.create(PERIOD));
        ResultTable counts = runner.select(QueryFactory.create(ARTICLES));
        ResultTable items = runner.select(QueryFactory.create(ITEMS));
        List<String> events = new ArrayList<>(), agreements = new ArrayList<>();
        for (int r = 0; r < items.size(); r++) {
            ("event".equals(Report.text(items.get(r, "what"))) ? events : agreements).add(Report.text(items.get(r, "item")));
        }
        events.sort(null);
        agreements.sort(null);
        List<Pair> pairs = new ArrayList<>();
        if (network != null) {
            for (int r = 0; r < network.size(); r++) {
                String a = Report.text(network.get(r, "a")), b = Report.text(network.get(r, "b"));
                pairs.add(new Pair(a, b, orElse(network.get(r, "aLabel"), a), orElse(network.get(r, "bLabel"), b),
                        number(network.get(r, "events")), number(network.get(r, "agreements")), number(network.get(r, "articles"))));
            }
        }
        String from = null, to = null, publishedFrom = null, publishedTo = null;
        for (int r = 0; r < period.size(); r++) {
            String f = emptyToNull(Report.text(period.get(r, "from"))), t = emptyToNull(Report.text(period.get(r, "to")));
            if (f == null) continue;
            if ("articles".equals(Report.text(period.get(r, "kind")))) {
                publishedFrom = f;
                publishedTo = t;
            }
            from = from == null || f.compareTo(from) < 0 ? f : from;
            to = to == null || t.compareTo(to) > 0 ? t : to;
        }
        return new Summary(generated, from, to, publishedFrom, publishedTo,
                number(counts.size() == 0 ? null : counts.get(0, "articles")),
                number(counts.size() == 0 ? null : counts.get(0, "copies")),
                number(counts.size() == 0 ? null : counts.get(0, "teasers")), pairs, events, agreements);
    }

    /** Events and agreements with what dates them and their countries, for a summary of a period. */
    static final String DATED_ITEMS = Picks.PREFIXES + """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?item ?what ?date ?published ?article ?code WHERE {
              { ?item a dip:Event ; dip:involvesCountry/dip:alpha2 ?code
                FILTER NOT EXISTS { ?item dip:standing ?s FILTER(?s != "happened") }
                OPTIONAL { ?item sem:hasBeginTimeStamp ?date } BIND("event" AS ?what) }
              UNION { ?item a dip:Agreement ; dip:party/dip:alpha2 ?code
                OPTIONAL { ?item dip:signedOn ?date } BIND("agreement" AS ?what) }
              ?item prov:wasDerivedFrom ?article .
              OPTIONAL { ?article schema:datePublished ?published }
            }""";
    /** Every article with its publication date and whether it is a teaser or a copy. */
    static final String DATED_ARTICLES = Picks.PREFIXES + """
            SELECT DISTINCT ?article ?published ?teaser ?copy WHERE {
              ?article a dip:Article .
              OPTIONAL { ?article schema:datePublished ?published }
              OPTIONAL { ?article dip:isTeaser ?isTeaser }
              BIND(COALESCE(?isTeaser, false) AS ?teaser)
              BIND(EXISTS { ?article dip:duplicateOf ?original } AS ?copy)
            }""";

    /**
     * The summary of a period, {@code from} to {@code to} inclusive (either may be null: open):
     * articles by their publication date, events and agreements by their own date, a date without
     * a year in its article's year, else by their article's date, as the timelines place them; what
     * has no date at all is left out. The pairs are counted from these events and agreements (the
     * counts kept on the relation nodes are for the whole graph); their names come from
     * {@code network} where it has them.
     */
    static Summary within(QueryRunner runner, ResultTable network, String generated, LocalDate from, LocalDate to) {
        Map<String, String> names = new HashMap<>();
        if (network != null) {
            for (int r = 0; r < network.size(); r++) {
                names.put(Report.text(network.get(r, "a")), orElse(network.get(r, "aLabel"), Report.text(network.get(r, "a"))));
                names.put(Report.text(network.get(r, "b")), orElse(network.get(r, "bLabel"), Report.text(network.get(r, "b"))));
            }
        }
        ResultTable items = runner.select(QueryFactory.create(DATED_ITEMS));
        Map<String, LocalDate> day = new TreeMap<>();
        Map<String, String> what = new HashMap<>();
        Map<String, Set<String>> codes = new HashMap<>(), articles = new HashMap<>();
        for (int r = 0; r < items.size(); r++) {
            String item = Report.text(items.get(r, "item")), date = Report.text(items.get(r, "date"));
            String published = Report.text(items.get(r, "published"));
            LocalDate d = date.isEmpty() ? TimelineChart.full(published) : TimelineChart.day(date, published);
            if (d == null || (from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) continue;
            day.merge(item, d, (x, y) -> x.isBefore(y) ? x : y);   // copies of one item: its earliest telling
            what.put(item, Report.text(items.get(r, "what")));
            codes.computeIfAbsent(item, k -> new TreeSet<>()).add(Report.text(items.get(r, "code")));
            articles.computeIfAbsent(item, k -> new TreeSet<>()).add(Report.text(items.get(r, "article")));
        }
        List<String> events = new ArrayList<>(), agreements = new ArrayList<>();
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Set<String>> pairArticles = new HashMap<>();
        for (String item : day.keySet()) {
            boolean event = "event".equals(what.get(item));
            (event ? events : agreements).add(item);
            List<String> cs = new ArrayList<>(codes.get(item));
            for (int i = 0; i < cs.size(); i++) {
                for (int j = i + 1; j < cs.size(); j++) {
                    String key = cs.get(i) + "-" + cs.get(j);
                    counts.computeIfAbsent(key, k -> new long[2])[event ? 0 : 1]++;
                    pairArticles.computeIfAbsent(key, k -> new TreeSet<>()).addAll(articles.get(item));
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        counts.forEach((key, n) -> {
            String a = key.substring(0, key.indexOf('-')), b = key.substring(key.indexOf('-') + 1);
            pairs.add(new Pair(a, b, names.getOrDefault(a, a), names.getOrDefault(b, b), n[0], n[1], pairArticles.get(key).size()));
        });
        pairs.sort(Comparator.comparingLong(Pair::weight).reversed().thenComparing(Pair::key));

        ResultTable all = runner.select(QueryFactory.create(DATED_ARTICLES));
        Set<String> main = new TreeSet<>(), copies = new TreeSet<>(), teasers = new TreeSet<>();
        String publishedFrom = null, publishedTo = null;
        for (int r = 0; r < all.size(); r++) {
            String published = Report.text(all.get(r, "published"));
            LocalDate d = TimelineChart.full(published);
            if (d == null || (from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) continue;
            String article = Report.text(all.get(r, "article"));
            if ("true".equals(Report.text(all.get(r, "teaser")))) {
                teasers.add(article);
                continue;
            }
            main.add(article);
            if ("true".equals(Report.text(all.get(r, "copy")))) copies.add(article);
            publishedFrom = publishedFrom == null || published.compareTo(publishedFrom) < 0 ? published : publishedFrom;
            publishedTo = publishedTo == null || published.compareTo(publishedTo) > 0 ? published : publishedTo;
        }
        String first = publishedFrom, last = publishedTo;
        for (LocalDate d : day.values()) {
            first = first == null || d.toString().compareTo(first) < 0 ? d.toString() : first;
            last = last == null || d.toString().compareTo(last) > 0 ? d.toString() : last;
        }
        return new Summary(generated, first, last, publishedFrom, publishedTo, main.size(), copies.size(), teasers.size(),
                pairs, events, agreements);
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Writes the summary as JSON to {@code file}. */
    void write(Path file) {
        try {
            Files.writeString(file, JSON.writeValueAsString(this) + "\n");
        } catch (IOException e) {
            throw new DiplographException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a summary a report wrote: {@code path} is the JSON file, or the folder of the report
     * that holds it.
     *
     * @throws DiplographException when there is no such file or it is not a report's summary
     */
    public static Summary read(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        if (!Files.isRegularFile(file)) throw new DiplographException("no report summary at " + file
                + ": give an earlier report's folder or its " + FILE);
        try {
            Summary s = JSON.readValue(file.toFile(), Summary.class);
            if (s.pairs() == null || s.events() == null || s.agreements() == null) throw new IOException("pairs, events or agreements missing");
            return s;
        } catch (IOException | RuntimeException e) {
            throw new DiplographException("not a report summary: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * What changed from {@code before} to this summary.
     *
     * @param since         when the earlier report was made
     * @param newPairs      pairs with events or agreements now that had none, or were absent, before
     * @param newAgreements agreements not in the earlier report, by IRI
     * @param newEvents     events not in the earlier report, by IRI
     * @param counts        figures that went up or down: totals first, then each pair's weight
     */
    public record Changes(String since, List<Pair> newPairs, List<String> newAgreements, List<String> newEvents,
                          List<Count> counts) {
        /** True when nothing counted changed. */
        public boolean none() {
            return newPairs.isEmpty() && newAgreements.isEmpty() && newEvents.isEmpty() && counts.isEmpty();
        }
    }

    /** A figure that moved: {@code what} was {@code before} and is {@code now}. */
    public record Count(String what, long before, long now) {}

    /** What changed since {@code before}. */
    public Changes since(Summary before) {
        Map<String, Pair> had = before.pairs().stream().collect(Collectors.toMap(Pair::key, Function.identity(), (x, y) -> x));
        List<Pair> newPairs = pairs.stream().filter(p -> p.weight() > 0)
                .filter(p -> !had.containsKey(p.key()) || had.get(p.key()).weight() == 0).toList();
        List<Count> counts = new ArrayList<>();
        count(counts, "articles", before.articles(), articles);
        count(counts, "events", before.events().size(), events.size());
        count(counts, "agreements", before.agreements().size(), agreements.size());
        count(counts, "pairs with events or agreements", before.pairs().stream().filter(p -> p.weight() > 0).count(),
                pairs.stream().filter(p -> p.weight() > 0).count());
        Set<String> keys = new LinkedHashSet<>();
        pairs.forEach(p -> keys.add(p.key()));
        before.pairs().forEach(p -> keys.add(p.key()));
        Map<String, Pair> now = pairs.stream().collect(Collectors.toMap(Pair::key, Function.identity(), (x, y) -> x));
        for (String k : keys) {
            Pair p = now.getOrDefault(k, had.get(k));
            count(counts, p.label() + " (events + agreements)", had.containsKey(k) ? had.get(k).weight() : 0,
                    now.containsKey(k) ? now.get(k).weight() : 0);
        }
        return new Changes(before.generated(), newPairs, added(before.agreements(), agreements), added(before.events(), events), counts);
    }

    private static void count(List<Count> out, String what, long before, long now) {
        if (before != now) out.add(new Count(what, before, now));
    }

    private static List<String> added(List<String> before, List<String> now) {
        Set<String> had = Set.copyOf(before);
        return now.stream().filter(i -> !had.contains(i)).toList();
    }

    private static String orElse(Node n, String fallback) {
        return n == null ? fallback : Report.text(n);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static long number(Node n) {
        if (n == null || !n.isLiteral()) return 0;
        try {
            return Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
