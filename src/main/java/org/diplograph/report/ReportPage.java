package org.diplograph.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.ResultTable;
import org.diplograph.report.Report.Section;
import org.diplograph.report.Report.TimelineSection;

/**
 * The report's HTML page: the summary first (what an analyst reads in two minutes), then the
 * charts, then one table per query. Self-contained: the style is inline, the charts are inline
 * SVG, and the page runs no script (long tables fold with {@code <details>}), so it opens from a
 * file with no network. Tables show names, not IRIs: each name links to its IRI's description in
 * the console and shows the IRI on hover. Links go to the console (a server must be running for
 * those) and to the CSV and JSON files beside the page.
 */
final class ReportPage {
    /** More rows than this are left to the CSV and JSON files, to keep the page light. */
    static final int MAX_ROWS = 500;

    /** Pairs the network chart draws at most: beyond, the busiest. */
    static final int NETWORK_PAIRS = 24;
    /** Changed counts the summary lists before the rest is folded away. */
    static final int FIRST_COUNTS = 8;
    /** Rows a table shows before the rest is folded away behind a click. */
    static final int FIRST_ROWS = 10;

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2d3d;margin:2rem auto;max-width:1300px;padding:0 1rem}
            h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #c8d0d8}
            h3{font-size:1.05rem;margin:1.2rem 0 .3rem}p.meta,p.params{color:#52606d;margin:.2rem 0}
            nav{display:flex;flex-wrap:wrap;gap:.2rem .9rem}nav a{white-space:nowrap}figure{margin:.5rem 0 1rem}svg{max-width:100%;height:auto;background:#fbfcfd;border:1px solid #e3e8ee}
            svg text{font-family:inherit;fill:#1f2d3d}svg .country{font-size:14px;font-weight:600}svg .code{font-size:12px;font-weight:700}
            svg .weight{font-size:12px;fill:#52606d}svg .tick,svg .legend,svg .note,svg .value{font-size:12px}svg .pair{font-size:14px;font-weight:600}
            svg .topic{font-size:13px}svg .lane{font-size:11px;fill:#52606d}table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0 .3rem;width:100%}
            th,td{border:1px solid #d5dbe1;padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word}th{background:#eef2f6}
            td.text{min-width:16em}td.token{overflow-wrap:anywhere;min-width:6em}td.word{white-space:nowrap}td a.iri{color:inherit;text-decoration:underline dotted #8da2b5}
            tr:nth-child(even) td{background:#f8fafc}a.console{font-weight:600}.skipped{color:#8a4b08}
            details.more{margin:0 0 1rem}details.more>summary{cursor:pointer;color:#2f6f9f;font-size:.9rem;margin:.2rem 0}
            #summary{background:#f3f6f9;border:1px solid #d5dbe1;border-radius:6px;padding:.6rem 1.1rem;margin:1rem 0 1.5rem}
            #summary h2{margin-top:.3rem;border:0}#summary dl{display:grid;grid-template-columns:13rem 1fr;gap:.25rem 1.2rem;margin:.4rem 0}
            #summary dt{font-weight:600;color:#52606d}#summary dd{margin:0}#summary ol,#summary ul{margin:.2rem 0;padding-left:1.4rem}
            .up{color:#2d7a3a}.down{color:#a33}
            """;

    private ReportPage() {}

    /**
     * The page.
     *
     * @param summary the figures at the top
     * @param changes what changed since an earlier report, or null when none was given
     * @param labels  the names the tables show instead of IRIs
     * @param asked   the period asked for, in words ({@code 2025-01-01 to 2025-01-31}), or null for the whole graph
     * @param dated   how many queries took that period as their {@code from} and {@code to}
     */
    static String html(String target, ConsoleLink console, List<Section> sections, List<TimelineSection> timelines,
                       Map<String, String> skipped, Summary summary, Summary.Changes changes, Labels labels,
                       String asked, long dated) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Diplograph report</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>Diplograph report</h1>");
        h.append("<p class=\"meta\">Graph: ").append(Svg.esc(target)).append(" · console: <a href=\"")
                .append(Svg.esc(console.consoleUrl())).append("\">").append(Svg.esc(console.consoleUrl())).append("</a>")
                .append(" (dataset /").append(Svg.esc(console.dataset())).append(")</p>\n");
        Set<String> charted = new HashSet<>();
        timelines.forEach(t -> charted.add(t.section().values().get("a") + "-" + t.section().values().get("b")));
        summary(h, summary, changes, labels, console, asked, dated, charted);
        h.append("<nav><a href=\"#summary\">Summary</a><a href=\"#network\">Network</a><a href=\"#timelines\">Timelines</a><a href=\"#topics\">Topics</a>");
        for (Section s : sections) h.append("<a href=\"#q-").append(Svg.esc(s.id())).append("\">").append(Svg.esc(s.id())).append("</a>");
        h.append("</nav>\n");

        Optional<Section> network = find(sections, "network");
        h.append("<h2 id=\"network\">Country-pair network</h2>");
        network.ifPresentOrElse(s -> {
                    List<NetworkChart.Edge> all = edges(s.table());
                    List<NetworkChart.Edge> drawn = drawn(all);
                    h.append("<p class=\"meta\">Line width: events + agreements of the pair, from the counts kept on the relation nodes. ");
                    if (drawn.size() < all.size()) {
                        h.append("The ").append(drawn.size()).append(" busiest of ").append(all.size())
                                .append(" pairs; all are in the <a href=\"#q-network\">network table</a>. ");
                    }
                    h.append(consoleLink(console, s)).append("</p><figure id=\"network-chart\">")
                            .append(NetworkChart.svg(drawn)).append("</figure>\n");
                },
                () -> h.append("<p class=\"skipped\">The network query did not run.</p>"));

        h.append("<h2 id=\"timelines\">Timeline per pair</h2>");
        if (timelines.isEmpty()) h.append("<p class=\"meta\">No country pair in the graph.</p>");
        for (TimelineSection t : timelines) {
            Section s = t.section();
            String pair = s.values().get("a") + "-" + s.values().get("b");
            h.append("<h3 id=\"q-").append(Svg.esc(s.id().replace(' ', '-'))).append("\">").append(Svg.esc(t.pairLabel()))
                    .append("</h3><figure class=\"timeline\" data-pair=\"").append(Svg.esc(pair)).append("\">")
                    .append(TimelineChart.svg(t.pairLabel(), items(s.table()))).append("</figure>");
            table(h, console, s, labels);
        }

        Optional<Section> topics = find(sections, "pair-topics");
        h.append("<h2 id=\"topics\">Topics per pair</h2>");
        topics.ifPresentOrElse(s -> h.append("<p class=\"meta\">").append(consoleLink(console, s))
                        .append("</p><figure id=\"topics-chart\">").append(TopicsChart.svg(bars(s.table(), network)))
                        .append("</figure>\n"),
                () -> h.append("<p class=\"skipped\">The pair-topics query did not run.</p>"));

        h.append("<h2 id=\"queries\">Queries</h2>");
        for (Section s : sections) {
            h.append("<section class=\"query\" id=\"q-").append(Svg.esc(s.id())).append("\"><h3>").append(Svg.esc(s.id()))
                    .append("</h3><p class=\"meta\">").append(Svg.esc(s.query().summary())).append("</p>");
            table(h, console, s, labels);
            h.append("</section>\n");
        }
        if (!skipped.isEmpty()) {
            h.append("<h2 id=\"skipped\">Not run</h2><ul class=\"skipped\">");
            skipped.forEach((name, why) -> h.append("<li><b>").append(Svg.esc(name)).append("</b>: ").append(Svg.esc(why)).append("</li>"));
            h.append("</ul>");
        }
        return h.append("\n</body></html>\n").toString();
    }

    private static Optional<Section> find(List<Section> sections, String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static String consoleLink(ConsoleLink console, Section s) {
        return "<a class=\"console\" data-query=\"" + Svg.esc(s.id()) + "\" href=\"" + Svg.esc(console.to(s.sparql()))
                + "\">Open in the console</a>";
    }

    /**
     * A query's table: its first {@link #FIRST_ROWS} rows, the others (up to {@link #MAX_ROWS}) in a
     * second table behind a {@code <details>} a click opens, so a long result does not push the
     * rest of the page away and no script is needed. IRIs show as their names, the IRI on hover and
     * the name a link to the IRI's description in the console.
     */
    private static void table(StringBuilder h, ConsoleLink console, Section s, Labels labels) {
        String file = s.id().replace(' ', '-');
        h.append("<p class=\"params\">");
        if (!s.values().isEmpty()) {
            List<String> shown = new ArrayList<>();
            s.values().forEach((k, v) -> shown.add(k + " = " + parameter(v, s, labels)));
            h.append("Parameters: ").append(Svg.esc(String.join(", ", shown))).append(" · ");
        }
        h.append(s.table().size()).append(s.table().size() == 1 ? " row · " : " rows · ").append(consoleLink(console, s))
                .append(" · <a href=\"").append(Svg.esc(file)).append(".csv\">CSV</a> · <a href=\"").append(Svg.esc(file))
                .append(".json\">JSON</a></p>");
        ResultTable t = s.table();
        int shown = Math.min(t.size(), MAX_ROWS);
        int first = Math.min(shown, FIRST_ROWS);
        rows(h, console, s, labels, 0, first, "");
        if (shown > first) {
            h.append("<details class=\"more\" data-query=\"").append(Svg.esc(s.id())).append("\"><summary>Show the other ")
                    .append(shown - first).append(shown - first == 1 ? " row" : " rows").append("</summary>");
            rows(h, console, s, labels, first, shown, " class=\"rest\"");
            h.append("</details>");
        }
        if (t.size() > shown) h.append("<p class=\"meta\">").append(t.size() - shown).append(" more rows in the CSV and JSON files.</p>");
    }

    private static void rows(StringBuilder h, ConsoleLink console, Section s, Labels labels, int from, int to, String cssClass) {
        ResultTable t = s.table();
        h.append("<table data-query=\"").append(Svg.esc(s.id())).append("\"").append(cssClass).append("><thead><tr>");
        for (String c : t.columns()) h.append("<th>").append(Svg.esc(c)).append("</th>");
        h.append("</tr></thead><tbody>");
        for (int r = from; r < to; r++) {
            Binding row = t.rows().get(r);
            h.append("<tr>");
            for (String c : t.columns()) cell(h, console, row.get(Var.alloc(c)), s, labels);
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /**
     * One cell: an IRI as its name (or its short form when the graph names it not), linked to its
     * description in the console with the full IRI on hover; text as it is. Text with spaces keeps
     * a readable width; a long word (a key) may break anywhere rather than squeeze it; a short one
     * (a date such as {@code --08-07}, a code) is never broken at its hyphens.
     */
    private static void cell(StringBuilder h, ConsoleLink console, Node n, Section s, Labels labels) {
        String shortForm = ResultFormat.cell(n, s.query().prefixes());
        String text = n != null && n.isURI() && labels.of(n.getURI()) != null ? labels.of(n.getURI()) : shortForm;
        String cssClass = text.length() > 30 && text.indexOf(' ') > 0 ? " class=\"text\""
                : text.length() > 16 && text.indexOf(' ') < 0 ? " class=\"token\""
                : !text.isEmpty() && text.indexOf(' ') < 0 ? " class=\"word\"" : "";   // a date or a code, kept whole
        h.append("<td").append(cssClass).append('>');
        if (n != null && n.isURI()) {
            h.append("<a class=\"iri\" title=\"").append(Svg.esc(n.getURI())).append("\" href=\"")
                    .append(Svg.esc(console.to("DESCRIBE <" + n.getURI() + ">"))).append("\">").append(Svg.esc(text)).append("</a>");
        } else {
            h.append(Svg.esc(text));
        }
        h.append("</td>");
    }

    /** A parameter's value as the analyst reads it: an IRI by its name, else in its short form. */
    private static String parameter(String value, Section s, Labels labels) {
        if (!value.contains("://")) return value;
        String name = labels.of(value);
        return name != null ? name : s.query().prefixes().shortForm(value);
    }

    /**
     * The box at the top: period, articles, pairs, the busiest pairs and, when an earlier report's
     * summary was given, what changed since.
     */
    private static void summary(StringBuilder h, Summary s, Summary.Changes changes, Labels labels, ConsoleLink console,
                                String asked, long dated, Set<String> charted) {
        h.append("<section id=\"summary\"><h2>Summary").append(asked == null ? "" : ", " + Svg.esc(asked)).append("</h2>");
        if (asked != null) {
            h.append("<p class=\"meta asked\">Articles by their date; events and agreements by theirs, else their article's. ")
                    .append(dated == 0 ? "The charts and tables below cover the whole graph."
                            : "Below, the " + dated + (dated == 1 ? " query" : " queries")
                            + " taking from and to cover the period; the others, the whole graph.").append("</p>");
        }
        h.append("<dl>");
        h.append("<dt>Period</dt><dd class=\"period\">").append(s.from() == null ? "no dated article, event or agreement"
                : span(s.from(), s.to())).append("</dd>");
        if (s.publishedFrom() != null && !(s.publishedFrom().equals(s.from()) && s.publishedTo().equals(s.to()))) {
            h.append("<dt>Published</dt><dd class=\"published\">").append(span(s.publishedFrom(), s.publishedTo()))
                    .append(" (the articles that give a date)</dd>");
        }
        h.append("<dt>Articles</dt><dd class=\"articles\">").append(s.articles())
                .append(s.copies() > 0 ? " (" + s.copies() + (s.copies() == 1 ? " repeats" : " repeat") + " a story also loaded)" : "")
                .append(s.teasers() > 0 ? ", and " + s.teasers() + (s.teasers() == 1 ? " teaser" : " teasers") : "").append("</dd>");
        long active = s.pairs().stream().filter(p -> p.weight() > 0).count();
        h.append("<dt>Country pairs</dt><dd class=\"pairs\">").append(s.pairs().size())
                .append(active < s.pairs().size() ? ", " + active + " with events or agreements" : "").append("</dd>");
        h.append("<dt>Events, agreements</dt><dd class=\"items\">").append(s.events().size())
                .append(s.events().size() == 1 ? " event, " : " events, ").append(s.agreements().size())
                .append(s.agreements().size() == 1 ? " agreement" : " agreements").append("</dd>");
        h.append("<dt>Busiest pairs</dt><dd><ol class=\"busiest\">");
        for (Summary.Pair p : s.busiest()) {
            h.append("<li>").append(charted.contains(p.key()) ? "<a href=\"#q-pair-timeline-" + Svg.esc(p.key()) + "\">"
                    + Svg.esc(p.label()) + "</a>" : Svg.esc(p.label())).append(": ").append(plural(p.events(), "event")).append(", ").append(plural(p.agreements(), "agreement"))
                    .append(" in ").append(plural(p.articles(), "article")).append("</li>");
        }
        if (s.busiest().isEmpty()) h.append("<li>no pair with an event or an agreement</li>");
        h.append("</ol></dd></dl>");
        if (changes != null) changes(h, changes, labels, console);
        h.append("</section>\n");
    }

    private static void changes(StringBuilder h, Summary.Changes c, Labels labels, ConsoleLink console) {
        h.append("<h3 id=\"changes\">Since the report of ").append(Svg.esc(c.since() == null ? "an earlier date" : c.since()))
                .append("</h3>");
        if (c.none()) {
            h.append("<p class=\"meta changes\">Nothing changed.</p>");
            return;
        }
        h.append("<dl class=\"changes\">");
        if (!c.newPairs().isEmpty()) {
            h.append("<dt>New pairs</dt><dd class=\"new-pairs\">").append(Svg.esc(String.join(", ",
                    c.newPairs().stream().map(Summary.Pair::label).toList()))).append("</dd>");
        }
        items(h, "New agreements", "new-agreements", c.newAgreements(), labels, console);
        items(h, "New events", "new-events", c.newEvents(), labels, console);
        if (!c.counts().isEmpty()) {
            h.append("<dt>Counts</dt><dd><ul class=\"counts\">");
            List<Summary.Count> counts = c.counts();
            for (int k = 0; k < counts.size(); k++) {
                if (k == FIRST_COUNTS) {
                    h.append("</ul><details class=\"more\"><summary>and ").append(counts.size() - k)
                            .append(" more</summary><ul class=\"counts\">");
                }
                Summary.Count n = counts.get(k);
                long d = n.now() - n.before();
                h.append("<li>").append(Svg.esc(n.what())).append(": ").append(n.before()).append(" → ").append(n.now())
                        .append(" <span class=\"").append(d > 0 ? "up\">+" : "down\">").append(d).append("</span></li>");
            }
            h.append("</ul>").append(counts.size() > FIRST_COUNTS ? "</details>" : "").append("</dd>");
        }
        h.append("</dl>");
    }

    /** New events or agreements by name, the first few listed and the rest behind a click. */
    private static void items(StringBuilder h, String title, String cssClass, List<String> iris, Labels labels, ConsoleLink console) {
        if (iris.isEmpty()) return;
        h.append("<dt>").append(title).append("</dt><dd class=\"").append(cssClass).append("\">").append(iris.size()).append(": ");
        int first = Math.min(iris.size(), 5);
        for (int k = 0; k < iris.size(); k++) {
            if (k == first) h.append(" <details class=\"more\"><summary>and ").append(iris.size() - first).append(" more</summary>");
            else if (k > 0) h.append(", ");
            String iri = iris.get(k);
            String name = labels.of(iri);
            h.append("<a class=\"iri\" title=\"").append(Svg.esc(iri)).append("\" href=\"")
                    .append(Svg.esc(console.to("DESCRIBE <" + iri + ">"))).append("\">")
                    .append(Svg.esc(name != null ? name : iri.substring(iri.lastIndexOf('/') + 1))).append("</a>");
        }
        if (iris.size() > first) h.append("</details>");
        h.append("</dd>");
    }

    private static String span(String from, String to) {
        return from.equals(to) ? Svg.esc(from) : Svg.esc(from) + " to " + Svg.esc(to);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * The pairs the network chart draws: all of them up to {@link #NETWORK_PAIRS}; beyond, the
     * busiest that many with an event or an agreement, since sixty countries on one circle are a
     * tangle nobody reads. The edges come busiest first, as the network query orders them.
     */
    static List<NetworkChart.Edge> drawn(List<NetworkChart.Edge> all) {
        if (all.size() <= NETWORK_PAIRS) return all;
        return all.stream().filter(e -> e.weight() > 0).limit(NETWORK_PAIRS).toList();
    }

    private static List<NetworkChart.Edge> edges(ResultTable t) {
        List<NetworkChart.Edge> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(new NetworkChart.Edge(Report.text(t.get(r, "a")), label(t, r, "aLabel", "a"),
                    Report.text(t.get(r, "b")), label(t, r, "bLabel", "b"), number(Report.text(t.get(r, "weight")))));
        }
        return out;
    }

    private static List<TimelineChart.Item> items(ResultTable t) {
        List<TimelineChart.Item> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(new TimelineChart.Item(Report.text(t.get(r, "date")), Report.text(t.get(r, "published")),
                    Report.text(t.get(r, "what")), t.get(r, "kind") == null ? null : Report.text(t.get(r, "kind")),
                    Report.text(t.get(r, "article"))));
        }
        return out;
    }

    /** Topic bars, each pair named by its countries' French names where the network knows them. */
    private static List<TopicsChart.Bar> bars(ResultTable t, Optional<Section> network) {
        Map<String, String> names = new LinkedHashMap<>();
        network.ifPresent(n -> {
            for (int r = 0; r < n.table().size(); r++) {
                names.put(Report.text(n.table().get(r, "a")), label(n.table(), r, "aLabel", "a"));
                names.put(Report.text(n.table().get(r, "b")), label(n.table(), r, "bLabel", "b"));
            }
        });
        List<TopicsChart.Bar> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            String a = Report.text(t.get(r, "a")), b = Report.text(t.get(r, "b"));
            out.add(new TopicsChart.Bar(a + "-" + b, names.getOrDefault(a, a) + " – " + names.getOrDefault(b, b),
                    Report.text(t.get(r, "label")), number(Report.text(t.get(r, "agreements"))),
                    number(Report.text(t.get(r, "events")))));
        }
        return out;
    }

    private static String label(ResultTable t, int row, String label, String code) {
        return t.get(row, label) != null ? Report.text(t.get(row, label)) : Report.text(t.get(row, code));
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
