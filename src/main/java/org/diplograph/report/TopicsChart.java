package org.diplograph.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topics per country pair: under each pair's name, one bar per topic, agreements and events
 * stacked, on one scale for the whole chart so pairs compare.
 */
final class TopicsChart {
    static final int WIDTH = 760;
    private static final int LABEL = 260;
    private static final int BAR = 16;
    private static final int ROW = 24;

    /** One row of the pair-topics query, with the pair's name. */
    record Bar(String pair, String pairLabel, String topic, long agreements, long events) {}

    private TopicsChart() {}

    static String svg(List<Bar> bars) {
        Map<String, List<Bar>> byPair = new LinkedHashMap<>();
        for (Bar b : bars) byPair.computeIfAbsent(b.pair(), k -> new ArrayList<>()).add(b);
        int height = 40 + byPair.size() * 30 + bars.size() * ROW;
        StringBuilder s = new StringBuilder(Svg.open("chart topics", WIDTH, Math.max(height, 80), "Cooperation topics per pair"));
        s.append("<g class=\"legend\"><rect x=\"").append(LABEL).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                .append(Svg.AGREEMENT).append("\"/>").append(Svg.text(LABEL + 18, 17, "start", "legend", "agreements"))
                .append("<rect x=\"").append(LABEL + 100).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                .append(Svg.EVENT).append("\"/>").append(Svg.text(LABEL + 118, 17, "start", "legend", "events")).append("</g>");
        if (bars.isEmpty()) {
            return s.append(Svg.text(WIDTH / 2.0, 55, "middle", "empty", "No topic")).append("</svg>").toString();
        }
        long max = Math.max(1, bars.stream().mapToLong(b -> b.agreements() + b.events()).max().orElse(1));
        double unit = (WIDTH - LABEL - 60) / (double) max;
        int y = 40;
        for (Map.Entry<String, List<Bar>> pair : byPair.entrySet()) {
            s.append("<g class=\"pair\" data-pair=\"").append(Svg.esc(pair.getKey())).append("\">");
            s.append(Svg.text(8, y + 14, "start", "pair", pair.getValue().get(0).pairLabel()));
            y += 30;
            for (Bar b : pair.getValue()) {
                s.append("<g class=\"bar\"><title>").append(Svg.esc(b.topic() + " : " + b.agreements() + " agreement(s), "
                        + b.events() + " event(s)")).append("</title>");
                s.append(Svg.text(LABEL - 8, y + 12, "end", "topic", b.topic()));
                double x = LABEL;
                if (b.agreements() > 0) {
                    s.append(rect(x, y, unit * b.agreements(), Svg.AGREEMENT));
                    x += unit * b.agreements();
                }
                if (b.events() > 0) {
                    s.append(rect(x, y, unit * b.events(), Svg.EVENT));
                    x += unit * b.events();
                }
                s.append(Svg.text(x + 6, y + 12, "start", "value", Long.toString(b.agreements() + b.events()))).append("</g>");
                y += ROW;
            }
            s.append("</g>");
        }
        return s.append("</svg>").toString();
    }

    private static String rect(double x, double y, double width, String colour) {
        return "<rect x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" width=\"" + Svg.n(width) + "\" height=\"" + BAR
                + "\" fill=\"" + colour + "\"/>";
    }
}
