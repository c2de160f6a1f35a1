package org.diplograph.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline of one country pair: its events (circles) and agreements (squares) on a time axis.
 *
 * <p>Dates are placed as the graph states them: a full date where there is one, the first of the
 * month or of the year for a month or a year, and a day without a year (the stories often write
 * "le 7 août") in the year the article was published, marked by a dashed ring (and said so in the
 * legend) since that year is the article's, not the story's. An item with no date is drawn hollow
 * at its article's publication date. Days without a year and no publication date to lend one go on a
 * second axis of days and months; what cannot be placed at all is counted under the axes.
 */
final class TimelineChart {
    static final int WIDTH = 760;
    private static final int LEFT = 70;
    private static final int RIGHT = 40;
    private static final String DASHED = " stroke-width=\"1.5\" stroke-dasharray=\"3 2\"";
    private static final Pattern MONTH_DAY = Pattern.compile("--(\\d\\d)-(\\d\\d)");

    /** One row of the pair-timeline query. */
    record Item(String date, String published, String what, String kind, String article) {}

    /**
     * An item at its day: {@code fromArticle} when it has no date and stands at its article's,
     * {@code yearless} when its date has no year (the year is then the article's, or unknown).
     */
    private record Placed(Item item, LocalDate day, boolean fromArticle, boolean yearless) {}

    private TimelineChart() {}

    static String svg(String pairLabel, List<Item> items) {
        List<Placed> dated = new ArrayList<>();
        List<Placed> yearless = new ArrayList<>();
        int unplaced = 0;
        for (Item i : items) {
            LocalDate day = day(i.date(), i.published());
            Matcher md = i.date() == null ? null : MONTH_DAY.matcher(i.date());
            boolean noYear = md != null && md.matches();
            if (day != null) {
                dated.add(new Placed(i, day, false, noYear));
            } else if ((i.date() == null || i.date().isEmpty()) && full(i.published()) != null) {
                dated.add(new Placed(i, full(i.published()), true, false));
            } else if (noYear && monthDay(md) != null) {
                yearless.add(new Placed(i, monthDay(md), false, true));
            } else {
                unplaced++;
            }
        }
        StringBuilder body = new StringBuilder();
        int y = 30;
        if (dated.isEmpty() && yearless.isEmpty()) {
            body.append(Svg.text(WIDTH / 2.0, 60, "middle", "empty", "No dated item"));
            y = 80;
        }
        if (!dated.isEmpty()) y = lane(body, dated, y, null);
        if (!yearless.isEmpty()) y = lane(body, yearless, y, "year not stated");
        if (unplaced > 0) {
            y += 8;
            body.append(Svg.text(LEFT, y, "start", "note", unplaced + (unplaced == 1 ? " item" : " items") + " without a date"));
        }
        int height = y + 12;
        return Svg.open("chart timeline", WIDTH, height, "Timeline " + pairLabel) + legend() + body + "</svg>";
    }

    /**
     * Draws one axis with its items below {@code top} and returns the lane's bottom. Days without a
     * year ({@code title} given) are placed in a leap year and labelled by day and month only.
     */
    private static int lane(StringBuilder s, List<Placed> placed, int top, String title) {
        placed.sort((x, y) -> x.day().compareTo(y.day()));
        int[] stack = new int[placed.size()];
        int maxStack = 0;
        for (int k = 1; k < placed.size(); k++) {
            if (placed.get(k).day().equals(placed.get(k - 1).day())) stack[k] = stack[k - 1] + 1;
            maxStack = Math.max(maxStack, stack[k]);
        }
        int axisY = top + 30 + 16 * Math.min(maxStack, 8);
        if (title != null) s.append(Svg.text(8, top + 14, "start", "lane", title));
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(axisY).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(axisY).append("\" stroke=\"").append(Svg.INK).append("\" stroke-width=\"1.5\"/>");
        LocalDate first = placed.get(0).day().minusDays(15);
        LocalDate last = placed.get(placed.size() - 1).day().plusDays(15);
        long span = ChronoUnit.DAYS.between(first, last);
        for (int t = 0; t <= 4; t++) {
            LocalDate tick = first.plusDays(span * t / 4);
            double x = x(tick, first, span);
            String label = title != null ? String.format(java.util.Locale.ROOT, "%02d/%02d", tick.getDayOfMonth(), tick.getMonthValue())
                    : span > 400 ? tick.toString().substring(0, 7) : tick.toString();
            s.append("<line x1=\"").append(Svg.n(x)).append("\" y1=\"").append(axisY).append("\" x2=\"").append(Svg.n(x))
                    .append("\" y2=\"").append(axisY + 5).append("\" stroke=\"").append(Svg.INK).append("\"/>")
                    .append(Svg.text(x, axisY + 20, "middle", "tick", label));
        }
        for (int k = 0; k < placed.size(); k++) {
            Placed p = placed.get(k);
            double x = x(p.day(), first, span);
            double y = axisY - 12 - 16 * Math.min(stack[k], 8);
            boolean agreement = "agreement".equals(p.item().what());
            String colour = agreement ? Svg.AGREEMENT : Svg.EVENT;
            String fill = p.fromArticle() ? "#ffffff" : colour;
            String when = p.fromArticle() ? "article of " + p.day()
                    : p.yearless() && title == null ? p.item().date() + ", year of the article: " + p.day()
                    : p.yearless() ? p.item().date() + ", year not stated" : p.item().date();
            String what = (p.item().kind() == null ? p.item().what() : p.item().kind()) + ", " + when + " (" + p.item().article() + ")";
            s.append("<g class=\"item ").append(agreement ? "agreement" : "event").append(p.yearless() ? " yearless" : "")
                    .append("\"><title>").append(Svg.esc(what)).append("</title>");
            if (p.yearless()) {
                // the mark of a date whose year the story left out: a dashed ring around the item
                s.append("<circle class=\"yearless-mark\" cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y))
                        .append("\" r=\"9.5\" fill=\"none\" stroke=\"").append(Svg.INK).append('"').append(DASHED).append("/>");
            }
            if (agreement) {
                s.append("<rect x=\"").append(Svg.n(x - 6)).append("\" y=\"").append(Svg.n(y - 6))
                        .append("\" width=\"12\" height=\"12\"");
            } else {
                s.append("<circle cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"6.5\"");
            }
            s.append(" fill=\"").append(fill).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/></g>");
        }
        return axisY + 28;
    }

    private static LocalDate monthDay(Matcher md) {
        try {
            return LocalDate.of(2000, Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String legend() {
        return "<g class=\"legend\"><circle cx=\"" + LEFT + "\" cy=\"14\" r=\"6\" fill=\"" + Svg.EVENT + "\"/>"
                + Svg.text(LEFT + 12, 18, "start", "legend", "event")
                + "<rect x=\"" + (LEFT + 100) + "\" y=\"8\" width=\"12\" height=\"12\" fill=\"" + Svg.AGREEMENT + "\"/>"
                + Svg.text(LEFT + 118, 18, "start", "legend", "agreement")
                + "<circle cx=\"" + (LEFT + 216) + "\" cy=\"14\" r=\"6\" fill=\"#ffffff\" stroke=\"" + Svg.INK + "\" stroke-width=\"2\"/>"
                + Svg.text(LEFT + 228, 18, "start", "legend", "no date: the article's date")
                + "<circle class=\"yearless-mark\" cx=\"" + (LEFT + 426) + "\" cy=\"14\" r=\"7\" fill=\"none\" stroke=\""
                + Svg.INK + "\"" + DASHED + "/>"
                + Svg.text(LEFT + 440, 18, "start", "legend", "year taken from the article") + "</g>";
    }

    private static double x(LocalDate day, LocalDate first, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / Math.max(1, span);
    }

    /**
     * The day a stated date stands for: {@code YYYY-MM-DD}; {@code YYYY-MM} and {@code YYYY} at
     * their first day; {@code --MM-DD} in the year of {@code published}; null when it cannot be placed.
     */
    static LocalDate day(String date, String published) {
        if (date == null || date.isEmpty()) return null;
        Matcher md = MONTH_DAY.matcher(date);
        if (md.matches()) {
            LocalDate pub = full(published);
            if (pub == null) return null;
            try {
                return LocalDate.of(pub.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            } catch (java.time.DateTimeException e) {
                return null;   // 29 February in a year without one
            }
        }
        return full(date);
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (a time zone or time after it is ignored) as a day. */
    static LocalDate full(String text) {
        if (text == null) return null;
        try {
            if (text.matches("\\d{4}-\\d\\d-\\d\\d.*")) return LocalDate.parse(text.substring(0, 10));
            if (text.matches("\\d{4}-\\d\\d")) return LocalDate.parse(text + "-01");
            if (text.matches("\\d{4}")) return LocalDate.parse(text + "-01-01");
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
