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

    /** Spaces include the no-break space many pages put between a day and its month ("20&nbsp;février"). */
    private static final Pattern DATED = Pattern.compile(
            "^\\s*([\\p{Lu}][\\p{L}'’. -]{1,40}?),\\s*(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+\\.?(?:\\s+\\d{4})?"
                    + "\\s*\\(([\\p{L}]{2,10})\\)\\.?\\s*[-–—]", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A dated dateline whose agency, if any, stands bare after the date: "Ville-Neuve, le 3 mars 2021 –",
     * "Ville-Neuve, 3 mars 2021 ABC --". The year is required: without agency, a day and a month
     * alone after a comma are too common in prose.
     */
    private static final Pattern DATED_BARE = Pattern.compile(
            "^\\s*([\\p{Lu}][\\p{L}'’. -]{1,40}?),\\s*(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4}"
                    + "\\s*(?:(\\p{Lu}{2,10})\\s*)?[-–—]", Pattern.UNICODE_CHARACTER_CLASS);

    /** A place, the day in figures and the agency, on a line of their own: "VILLE-NEUVE 10/03 (ABC)". */
    private static final Pattern FIGURES_LINE = Pattern.compile(
            "^\\s*([\\p{Lu}][\\p{L}'’. -]{1,40}?),?\\s+\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\s*\\((\\p{Lu}{2,10})\\)\\.?\\s*(?:[-–—]\\s|$)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A place alone in capitals opening the story, as some agencies write it: "VILLE-NEUVE - Le ministre ...". */
    private static final Pattern PLACE_ONLY = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}'’. -]{1,30}?)\\s+[-–—]{1,2}\\s", Pattern.UNICODE_CHARACTER_CLASS);

    /** The agency's code before the place: "ABC Ville-Neuve, le 3 mars 2021 -- ...". */
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "^\\s*(\\p{Lu}{2,10})\\s+([\\p{Lu}][\\p{L}'’. -]{1,40}?),\\s*(?:le\\s+)?(?:\\p{L}+\\s+)?\\d{1,2}(?:er)?\\s+\\p{L}+\\.?(?:\\s+\\d{4})?"
                    + "\\s*[-–—]", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A story opening on its agency alone, without a place, perhaps after the day it was posted:
     * "(ABC) - Le Premier ministre ...", "Lundi, 01/02/2021 10:00 (ABC) - ...".
     */
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\s*(?:\\p{L}+,\\s*)?(?:[\\d/.:h]+\\s+)*\\((\\p{Lu}{2,10})\\)\\.?\\s*[-–—]\\s");

    private static final Pattern POSTED = Pattern.compile(
            "(?<![\\d/.-])(?:(0?[1-9]|[12]\\d|3[01])[/.] ?(0?[1-9]|1[0-2])[/.] ?((?:19|20)\\d{2})"
                    + "|((?:19|20)\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))(?![\\d/.])");

    /**
     * The place and agency of a dated dateline opening the story ("Ville-Neuve, 3 mars 2021 (ABC).-"),
     * or {null, agency} for an agency alone ("(ABC) -"), {place, null} for a place alone in capitals
     * ("VILLE-NEUVE -"), or null. A dateline line may have been
     * taken for a caption (it names its agency as a credit does): it is read too.
     */
    static String[] placeAndAgency(Page page) {
        for (Page.Unit u : page.units()) {
            // a dateline line above the headline may have been taken for the headline
            if (u.kind() == Page.Kind.TITLE) {
                Matcher g = FIGURES_LINE.matcher(u.text(page.text()));
                if (g.find()) return new String[] {g.group(1).strip(), g.group(2)};
            }
            if (u.kind() != Page.Kind.LEAD && u.kind() != Page.Kind.BODY && u.kind() != Page.Kind.CAPTION) continue;
            String text = u.text(page.text());
            Matcher m = DATED.matcher(text);
            if (m.find()) return new String[] {m.group(1).strip(), m.group(2)};
            Matcher f = AGENCY_FIRST.matcher(text);
            if (f.find()) return new String[] {f.group(2).strip(), f.group(1)};
            Matcher a = AGENCY_ONLY.matcher(text);
            if (a.find()) return new String[] {null, a.group(1)};
            Matcher g = FIGURES_LINE.matcher(text);
            if (g.find()) return new String[] {g.group(1).strip(), g.group(2)};
            Matcher d = DATED_BARE.matcher(text);
            if (d.find()) return new String[] {d.group(1).strip(), d.group(2)};
            // only the place: its country is read from the gazetteer, which a word in capitals must match whole
            Matcher p = PLACE_ONLY.matcher(text);
            if (p.find()) {
                // an agency's code in that place ("ABC - Le ministre ...") is the agency, not a place
                String word = p.group(1).strip();
                return Lexicon.AGENCY_COUNTRY.containsKey(word) ? new String[] {null, word} : new String[] {word, null};
            }
            if (u.kind() == Page.Kind.CAPTION) continue;
            if (text.length() >= PARAGRAPH) return null;
        }
        return null;
    }

    /** A day written in words with its year: "Publié le 15 décembre 2024 à 21:40", "Mardi, 10 juin 2025". */
    private static final Pattern IN_WORDS = Pattern.compile(
            "(?iu)\\b(1er|[12]\\d|3[01]|0?[1-9])\\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\s+((?:19|20)\\d{2})\\b");

    /** A dateline with a full date opening the story: "Phnom Penh, 10 juin 2025 (AKP) --", "AKP Phnom Penh, le 18 décembre 2024 --". */
    private static final Pattern DATELINE_DAY = Pattern.compile(
            "^\\s*[\\p{L}(][\\p{L}()'’. -]{1,40}?,\\s*(?:le\\s+)?(?:\\p{L}+\\s+)?(?=\\d)", Pattern.UNICODE_CASE);

    /**
     * The day of posting the page gives, as YYYY-MM-DD, or null: in its markup (HTML pages, {@link Page#head()}), else
     * printed in its head in figures or in words with the year, else in a dateline opening the
     * story with a full date. Dates in the headline and captions are the news's, not the posting's.
     */
    static String posted(Page page) {
        // the page's markup, read when the page was parsed: its machine-readable day, then the day a
        // date block prints ("<div class="post-date">Publié le 04/04/2025 à 08:30</div>"), which the
        // page splitter sets aside from the story
        if (page.head().published() != null) return page.head().published();
        for (String text : page.head().dateBlocks()) {
            String day = inFigures(text);
            if (day == null) day = inWords(text);
            if (day != null) return day;
        }
        for (Page.Unit u : page.units()) {
            if (u.kind() == Page.Kind.TEASER || u.kind() == Page.Kind.CAPTION) continue;
            String text = u.text(page.text());
            // a headline names the news's day in words; a posting stamp taken for the headline ("Jeudi, 17/07/2025 09:12") is in figures
            if (u.kind() == Page.Kind.TITLE) {
                String day = text.length() < PARAGRAPH ? inFigures(text) : null;
                if (day != null) return day;
                continue;
            }
            boolean head = text.length() < PARAGRAPH;
            String day = head ? inFigures(text) : null;
            if (day == null) {
                Matcher d = DATELINE_DAY.matcher(text);
                day = inWords(head ? text : d.find() ? text.substring(d.end(), Math.min(text.length(), d.end() + 25)) : "");
            }
            if (day != null || !head) return day;
        }
        return null;
    }

    /** The first day written in figures in {@code text}, as YYYY-MM-DD, or null. */
    private static String inFigures(String text) {
        Matcher m = POSTED.matcher(text);
        if (!m.find()) return null;
        try {
            return (m.group(3) != null
                    ? java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    : java.time.LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))))
                    .toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The first day written in words with its year in {@code text}, as YYYY-MM-DD, or null. */
    private static String inWords(String text) {
        Matcher m = IN_WORDS.matcher(text);
        if (!m.find()) return null;
        int day = m.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group(1));
        int month = Lexicon.MONTHS.indexOf(Fold.fold(m.group(2))) + 1;
        try {
            return java.time.LocalDate.of(Integer.parseInt(m.group(3)), month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
