package org.diplograph.report;

import java.util.Locale;

/** Small helpers shared by the charts: escaping and coordinates written the same way everywhere. */
final class Svg {
    /** Colours of the charts: readable on white and when printed in grey. */
    static final String INK = "#1f2d3d";
    static final String EVENT = "#2f6f9f";
    static final String AGREEMENT = "#c0602a";
    static final String GRID = "#c8d0d8";

    private Svg() {}

    /** Text made safe for XML content and attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A coordinate with one decimal, never in a locale's format. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The opening tag of a chart of the given size, scaled to the page width. */
    static String open(String cssClass, int width, int height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + cssClass + "\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + esc(title) + "\">"
                + "<title>" + esc(title) + "</title>";
    }

    static String text(double x, double y, String anchor, String cssClass, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass + "\">"
                + esc(content) + "</text>";
    }
}
