package org.diplograph.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.ResultTable;
import org.diplograph.report.Report.Section;
import org.diplograph.report.Report.TimelineSection;

/**
 * The report's HTML page: charts first, then one table per query. Self-contained: the style is
 * inline, the charts are inline SVG, and the page runs no script, so it opens from a file with no
 * network. Links go to the console (a server must be running for those) and to the CSV and JSON
 * files beside the page.
 */
final class ReportPage {
    /** More rows than this are left to the CSV and JSON files, to keep the page light. */
    static final int MAX_ROWS = 500;

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2d3d;margin:2rem auto;max-width:1100px;padding:0 1rem}
            h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #c8d0d8}
            h3{font-size:1.05rem;margin:1.2rem 0 .3rem}p.meta,p.params{color:#52606d;margin:.2rem 0}
            nav{display:flex;flex-wrap:wrap;gap:.2rem .9rem}nav a{white-space:nowrap}figure{margin:.5rem 0 1rem}svg{max-width:100%;height:auto;background:#fbfcfd;border:1px solid #e3e8ee}
            svg text{font-family:inherit;fill:#1f2d3d}svg .country{font-size:14px;font-weight:600}svg .code{font-size:12px;font-weight:700}
            svg .weight{font-size:12px;fill:#52606d}svg .tick,svg .legend,svg .note,svg .value{font-size:12px}svg .pair{font-size:14px;font-weight:600}
            svg .topic{font-size:13px}svg .lane{font-size:11px;fill:#52606d}table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0 1rem;width:100%}
            th,td{border:1px solid #d5dbe1;padding:.25rem .45rem;text-align:left;vertical-align:top}th{background:#eef2f6}
            tr:nth-child(even) td{background:#f8fafc}a.console{font-weight:600}.skipped{color:#8a4b08}
            """;

    private ReportPage() {}

    static String html(String target, ConsoleLink console, List<Section> sections, List<TimelineSection> timelines,
                       Map<String, String> skipped) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Diplograph report</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>Diplograph report</h1>");
        h.append("<p class=\"meta\">Graph: ").append(Svg.esc(target)).append(" · console: <a href=\"")
                .append(Svg.esc(console.consoleUrl())).append("\">").append(Svg.esc(console.consoleUrl())).append("</a>")
                .append(" (dataset /").append(Svg.esc(console.dataset())).append(")</p>\n");
        h.append("<nav><a href=\"#network\">Network</a><a href=\"#timelines\">Timelines</a><a href=\"#topics\">Topics</a>");
        for (Section s : sections) h.append("<a href=\"#q-").append(Svg.esc(s.id())).append("\">").append(Svg.esc(s.id())).append("</a>");
        h.append("</nav>\n");

        Optional<Section> network = find(sections, "network");
        h.append("<h2 id=\"network\">Country-pair network</h2>");
        network.ifPresentOrElse(s -> h.append("<p class=\"meta\">Line width: events + agreements of the pair, from the counts kept on the relation nodes. ")
                        .append(consoleLink(console, s)).append("</p><figure id=\"network-chart\">")
                        .append(NetworkChart.svg(edges(s.table()))).append("</figure>\n"),
                () -> h.append("<p class=\"skipped\">The network query did not run.</p>"));

        h.append("<h2 id=\"timelines\">Timeline per pair</h2>");
        if (timelines.isEmpty()) h.append("<p class=\"meta\">No country pair in the graph.</p>");
        for (TimelineSection t : timelines) {
            Section s = t.section();
            String pair = s.values().get("a") + "-" + s.values().get("b");
            h.append("<h3 id=\"q-").append(Svg.esc(s.id().replace(' ', '-'))).append("\">").append(Svg.esc(t.pairLabel()))
                    .append("</h3><figure class=\"timeline\" data-pair=\"").append(Svg.esc(pair)).append("\">")
                    .append(TimelineChart.svg(t.pairLabel(), items(s.table()))).append("</figure>");
            table(h, console, s);
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
            table(h, console, s);
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

    private static void table(StringBuilder h, ConsoleLink console, Section s) {
        String file = s.id().replace(' ', '-');
        h.append("<p class=\"params\">");
        if (!s.values().isEmpty()) {
            List<String> shown = new ArrayList<>();
            s.values().forEach((k, v) -> shown.add(k + " = " + v));
            h.append("Parameters: ").append(Svg.esc(String.join(", ", shown))).append(" · ");
        }
        h.append(s.table().size()).append(s.table().size() == 1 ? " row · " : " rows · ").append(consoleLink(console, s))
                .append(" · <a href=\"").append(Svg.esc(file)).append(".csv\">CSV</a> · <a href=\"").append(Svg.esc(file))
                .append(".json\">JSON</a></p>");
        ResultTable t = s.table();
        h.append("<table data-query=\"").append(Svg.esc(s.id())).append("\"><thead><tr>");
        for (String c : t.columns()) h.append("<th>").append(Svg.esc(c)).append("</th>");
        h.append("</tr></thead><tbody>");
        int shown = Math.min(t.size(), MAX_ROWS);
        for (int r = 0; r < shown; r++) {
            Binding row = t.rows().get(r);
            h.append("<tr>");
            for (String c : t.columns()) {
                h.append("<td>").append(Svg.esc(ResultFormat.cell(row.get(Var.alloc(c)), s.query().prefixes()))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        if (t.size() > shown) h.append("<p class=\"meta\">").append(t.size() - shown).append(" more rows in the CSV and JSON files.</p>");
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
