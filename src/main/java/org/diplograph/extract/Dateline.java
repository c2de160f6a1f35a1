package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.article.Page;

/**
 * What a page's head says where the page splitter found no dateline of its own: the place and
 * agency of a dateline that carries a date ("Dakar, 5 fév (APS) –", "BEIJING, 14 mars (Xinhua) --"),
 * and the day of posting printed in figures above the story ("Mis à jour le 25/09/2024 09:40",
 * "French.news.cn | 2024-03-14 à 21:07:35", "Publié le 05/02/2025").
 */
final class Dateline {
    private Dateline() {}

    /** A unit this long is a paragraph of the story: the head of the page is over. */
    private static final int PARAGRAPH = 160;

    private static final Pattern DATED = Pattern.compile(
            "^\\s*([\\p{Lu}][\\p{L}'’. -]{1,40}?),\\s*(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+\\.?(?:\\s+\\d{4})?"
                    + "\\s*\\(([\\p{L}]{2,10})\\)\\s*[-–—]");

    private static final Pattern POSTED = Pattern.compile(
            "(?<![\\d/.-])(?:(0?[1-9]|[12]\\d|3[01])[/.](0?[1-9]|1[0-2])[/.]((?:19|20)\\d{2})"
                    + "|((?:19|20)\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))(?![\\d/.])");

    /** The place and agency of a dated dateline opening the story, or null. */
    static String[] placeAndAgency(Page page) {
        for (Page.Unit u : page.units()) {
            if (u.kind() != Page.Kind.LEAD && u.kind() != Page.Kind.BODY) continue;
            String text = u.text(page.text());
            Matcher m = DATED.matcher(text);
            if (m.find()) return new String[] {m.group(1).strip(), m.group(2)};
            if (text.length() >= PARAGRAPH) return null;
        }
        return null;
    }

    /** The day of posting printed in figures in the head of the page, as YYYY-MM-DD, or null. */
    static String posted(Page page) {
        for (Page.Unit u : page.units()) {
            if (u.kind() == Page.Kind.TEASER) continue;
            String text = u.text(page.text());
            if (text.length() >= PARAGRAPH) return null;
            Matcher m = POSTED.matcher(text);
            if (!m.find()) continue;
            try {
                return (m.group(3) != null
                        ? java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                        : java.time.LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))))
                        .toString();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
