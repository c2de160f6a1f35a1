package org.diplograph.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The country-pair network: countries on a circle, one line per pair whose width grows with the
 * pair's weight (events plus agreements, from the counts kept on the relation nodes), the weight
 * written at the line's middle. The busiest country is placed first, so the layout is the same
 * for the same data.
 */
final class NetworkChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 520;

    /** One pair of the network query: codes, French names, weight. */
    record Edge(String a, String aLabel, String b, String bLabel, long weight) {}

    private NetworkChart() {}

    static String svg(List<Edge> edges) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Long> degree = new LinkedHashMap<>();
        for (Edge e : edges) {
            labels.putIfAbsent(e.a(), e.aLabel() == null ? e.a() : e.aLabel());
            labels.putIfAbsent(e.b(), e.bLabel() == null ? e.b() : e.bLabel());
            degree.merge(e.a(), e.weight(), Long::sum);
            degree.merge(e.b(), e.weight(), Long::sum);
        }
        List<String> nodes = new ArrayList<>(labels.keySet());
        nodes.sort((x, y) -> degree.get(x).equals(degree.get(y)) ? x.compareTo(y) : Long.compare(degree.get(y), degree.get(x)));
        StringBuilder s = new StringBuilder(Svg.open("chart network", WIDTH, HEIGHT, "Country-pair network"));
        if (nodes.isEmpty()) {
            return s.append(Svg.text(WIDTH / 2.0, HEIGHT / 2.0, "middle", "empty", "No country pair")).append("</svg>").toString();
        }
        Map<String, double[]> at = new LinkedHashMap<>();
        double cx = WIDTH / 2.0, cy = HEIGHT / 2.0, r = Math.min(WIDTH, HEIGHT) / 2.0 - 70;
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
            at.put(nodes.get(i), nodes.size() == 1 ? new double[] {cx, cy}
                    : new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)});
        }
        long max = Math.max(1, edges.stream().mapToLong(Edge::weight).max().orElse(1));
        for (Edge e : edges) {
            double[] p = at.get(e.a()), q = at.get(e.b());
            double width = 1.5 + 10.0 * e.weight() / max;
            s.append("<g class=\"edge\" data-pair=\"").append(Svg.esc(e.a() + "-" + e.b())).append("\">")
                    .append("<title>").append(Svg.esc(labels.get(e.a()) + " – " + labels.get(e.b()) + " : " + e.weight()))
                    .append("</title><line x1=\"").append(Svg.n(p[0])).append("\" y1=\"").append(Svg.n(p[1]))
                    .append("\" x2=\"").append(Svg.n(q[0])).append("\" y2=\"").append(Svg.n(q[1]))
                    .append("\" stroke=\"").append(Svg.EVENT).append("\" stroke-opacity=\"0.55\" stroke-width=\"")
                    .append(Svg.n(width)).append("\" stroke-linecap=\"round\"/>")
                    .append(Svg.text((p[0] + q[0]) / 2, (p[1] + q[1]) / 2 - 4, "middle", "weight", Long.toString(e.weight())))
                    .append("</g>");
        }
        for (String code : nodes) {
            double[] p = at.get(code);
            boolean below = p[1] >= cy;
            s.append("<g class=\"node\" data-code=\"").append(Svg.esc(code)).append("\">")
                    .append("<circle cx=\"").append(Svg.n(p[0])).append("\" cy=\"").append(Svg.n(p[1]))
                    .append("\" r=\"20\" fill=\"#ffffff\" stroke=\"").append(Svg.INK).append("\" stroke-width=\"2\"/>")
                    .append(Svg.text(p[0], p[1] + 5, "middle", "code", code))
                    .append(Svg.text(p[0], below ? p[1] + 40 : p[1] - 28, "middle", "country", labels.get(code)))
                    .append("</g>");
        }
        return s.append("</svg>").toString();
    }
}
