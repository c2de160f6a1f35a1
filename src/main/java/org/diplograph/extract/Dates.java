package org.diplograph.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French dates in wire prose and how their year is found.
 *
 * <p>Forms: {@code le 7 août}, {@code du 5 au 7 août}, {@code les 11 et 12 mars}, {@code du 30 juillet au 2 août 2019},
 * {@code ce vendredi 15 mars}, {@code mardi 16 novembre 2021}, {@code en avril 2017}, a bare weekday.
 * A month name counts only after a day number or before a year, so a Vietnamese given name such as
 * {@code Mai} is never May.
 *
 * <p>Years: one written with the date is used as it is. Otherwise, with a publication date P, a
 * day and month resolve to the latest such date on or before P plus a week, and a bare weekday to
 * the latest one on or before P (the next one after P where the sentence speaks ahead), and {@code hier} (or {@code avant-hier}) the day (two days) before P. Without P, a year is taken only when the article states exactly
 * one that fits (the weekday, if given, must agree); otherwise {@code --MM-DD} stands.
 */
final class Dates {
    private static final String MONTH = "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)";
    private static final String DAY = "(1er|[12]\\d|3[01]|0?[1-9])";
    private static final String WEEKDAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final Pattern RANGE = Pattern.compile(
            "(?iu)\\b(?:du|entre le|les)\\s+" + DAY + "(?:\\s+" + MONTH + ")?(?:\\s+(\\d{4}))?\\s+(?:au|et le|et)\\s+" + DAY + "\\s+" + MONTH
                    + "(?:\\s+(\\d{4}))?");
    private static final Pattern SINGLE = Pattern.compile(
            "(?iu)\\b(?:" + WEEKDAY + "\\s+)?" + DAY + "\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b(?:en|d'|de|depuis)\\s*" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?iu)\\b" + WEEKDAY + "\\b(?!\\s+(?:1er|\\d))");
    /** A day named by its distance to the day of publication: "hier", "avant-hier". */
    private static final Pattern RELATIVE = Pattern.compile("(?iu)(?<![\\p{L}-])(avant-hier|hier)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})(?![\\d/-])");

    private Dates() {}

    /** A date found in a sentence: char range, what it says, before any year is inferred. */
    record Found(int begin, int end, String raw, Integer year, int month, int day, Integer endYear, int endMonth,
                 int endDay, DayOfWeek weekday, int daysBack) {
        /** A date with no distance to the publication day: {@code daysBack} is -1. */
        Found(int begin, int end, String raw, Integer year, int month, int day, Integer endYear, int endMonth,
              int endDay, DayOfWeek weekday) {
            this(begin, end, raw, year, month, day, endYear, endMonth, endDay, weekday, -1);
        }

        /** "hier": so many days before the day of publication. */
        boolean relative() {
            return daysBack >= 0;
        }

        boolean monthOnly() {
            return day == 0 && month > 0;
        }

        boolean weekdayOnly() {
            return month == 0 && weekday != null;
        }
    }

    /**
     * Words one of which the month of every RANGE, SINGLE and MONTH_YEAR match contains, folded as
     * {@link Cue#fold} folds ("vrier" for f[ée]vrier, "cembre" for d[ée]cembre); those patterns
     * also need an ASCII digit (their {@code \d} is ASCII: no UNICODE_CHARACTER_CLASS flag).
     */
    private static final List<String> MONTH_CUES = List.of("janvier", "vrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "août", "septembre", "octobre", "novembre", "cembre");
    /** Every BARE_WEEKDAY match is one of these, folded. */
    private static final List<String> WEEKDAY_CUES = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche");

    static List<Found> find(String s) {
        return find(s, Cue.fold(s));
    }

    /**
     * The dates of {@code s}; {@code folded} is {@code s} folded by {@link Cue#fold}, searched first
     * so that the patterns run only on sentences that can hold a date (most hold none).
     */
    static List<Found> find(String s, String folded) {
        return find(s, folded, anyDigit(s) && any(folded, MONTH_CUES), any(folded, WEEKDAY_CUES), folded.contains("hier"));
    }

    /** The definition of {@link #find(String, String)}: every pattern tried on {@code s}. */
    static List<Found> findEverywhere(String s) {
        return find(s, null, true, true, true);
    }

    /**
     * The words every match of each pattern starts with, folded as {@link Cue#fold} folds: a weekday
     * or a day's ASCII digit (sought by {@link #nextSingle}), "du", "entre" or "les" before a range,
     * "en", "de" or "d'" before a month.
     */
    private static final Cue RANGE_STARTS = Cue.of(RANGE, "du", "entre", "les");
    private static final Cue SINGLE_STARTS = Cue.of(SINGLE, "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche");
    private static final Cue MONTH_YEAR_STARTS = Cue.of(MONTH_YEAR, "en", "d'", "de");
    private static final Cue BARE_WEEKDAY_STARTS = Cue.of(BARE_WEEKDAY, "lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche");
    private static final Cue RELATIVE_STARTS = Cue.of(RELATIVE, "avant-hier", "hier");

    /**
     * The next match of {@code m} over {@code s}, the last one having ended at {@code from}: with
     * {@code folded} (the sentence's {@link Cue#fold}), searched from the next place one of the
     * cue's start words is, for no match starts elsewhere ({@link Cue#findAtWord}); without it, by
     * {@code find()}, which is the definition.
     */
    private static boolean next(Matcher m, Cue starts, String folded, int from) {
        return folded == null ? m.find() : starts.findAtWord(m, folded, from);
    }

    /**
     * {@link #next} for SINGLE, whose matches start with a weekday or with a day's ASCII digit: the
     * next place either is, the digit found by one scan rather than a search for each of ten.
     */
    private static boolean nextSingle(Matcher m, String s, String folded, int from) {
        if (folded == null) return m.find();
        int next = -1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                next = i;
                break;
            }
        }
        for (String w : SINGLE_STARTS.words()) {
            int at = folded.indexOf(w, from);
            if (at >= 0 && (next < 0 || at < next)) next = at;
        }
        return next >= 0 && m.find(next);
    }

    private static List<Found> find(String s, String folded, boolean monthCue, boolean weekdayCue, boolean relativeCue) {
        List<Found> out = new ArrayList<>();
        if (!monthCue && !weekdayCue && !relativeCue) return out;
        boolean[] used = new boolean[s.length() + 1];
        Matcher m = RANGE.matcher(monthCue ? s : "");
        for (int from = 0; monthCue && next(m, RANGE_STARTS, folded, from); from = m.end()) {
            int m2 = month(m.group(5));
            int m1 = m.group(2) == null ? m2 : month(m.group(2));
            Integer y2 = m.group(6) == null ? null : Integer.valueOf(m.group(6));
            Integer y1 = m.group(3) == null ? y2 : Integer.valueOf(m.group(3));
            out.add(new Found(m.start(), m.end(), m.group(), y1, m1, day(m.group(1)), y2, m2, day(m.group(4)), null));
            mark(used, m.start(), m.end());
        }
        m = SINGLE.matcher(monthCue ? s : "");
        for (int from = 0; monthCue && nextSingle(m, s, folded, from); from = m.end()) {
            if (used[m.start()]) continue;
            DayOfWeek wd = m.group(1) == null ? null : weekday(m.group(1));
            Integer y = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            out.add(new Found(m.start(), m.end(), m.group(), y, month(m.group(3)), day(m.group(2)), null, 0, 0, wd));
            mark(used, m.start(), m.end());
        }
        m = MONTH_YEAR.matcher(monthCue ? s : "");
        for (int from = 0; monthCue && next(m, MONTH_YEAR_STARTS, folded, from); from = m.end()) {
            if (used[m.start()]) continue;
            out.add(new Found(m.start(), m.end(), m.group(), Integer.valueOf(m.group(2)), month(m.group(1)), 0, null, 0, 0, null));
            mark(used, m.start(), m.end());
        }
        m = BARE_WEEKDAY.matcher(weekdayCue ? s : "");
        for (int from = 0; weekdayCue && next(m, BARE_WEEKDAY_STARTS, folded, from); from = m.end()) {
            if (used[m.start()]) continue;
            out.add(new Found(m.start(), m.end(), m.group(), null, 0, 0, null, 0, 0, weekday(m.group(1))));
        }
        m = RELATIVE.matcher(relativeCue ? s : "");
        for (int from = 0; relativeCue && next(m, RELATIVE_STARTS, folded, from); from = m.end()) {
            out.add(new Found(m.start(), m.end(), m.group(), null, 0, 0, null, 0, 0, null,
                    m.group(1).equalsIgnoreCase("hier") ? 1 : 2));
        }
        out.sort(java.util.Comparator.comparingInt(Found::begin));
        return out;
    }

    private static boolean any(String folded, List<String> words) {
        for (String w : words) if (folded.contains(w)) return true;
        return false;
    }

    private static boolean anyDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static void mark(boolean[] used, int b, int e) {
        for (int i = b; i < e; i++) used[i] = true;
    }

    /** Years written in a text (four digits, 1900-2099, not inside a longer number or a date like 2/12/1975). */
    static List<Integer> years(String s) {
        List<Integer> out = new ArrayList<>();
        // every year the pattern takes starts with "19" or "20"
        if (!s.contains("19") && !s.contains("20")) return out;
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            // "d'ici 2030", "à l'horizon 2045", "pour 2026": a target, not when the story happened
            String before = s.substring(Math.max(0, m.start() - 24), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (TARGET.matcher(before).find()) continue;
            out.add(Integer.valueOf(m.group(1)));
        }
        return out;
    }

    private static final Pattern TARGET = Pattern.compile(
            "(?:d'ici(?: à| a)?|à l'horizon|a l'horizon|horizon|jusqu'en|jusqu'à|pour|vers|vision|stratégie|plan|objectif|période|-)\\s*$");

    /**
     * Resolves a found date to a value.
     *
     * @param published publication date (YYYY, YYYY-MM or YYYY-MM-DD) or null
     * @param statedYears distinct years the article states
     * @param future true when the sentence speaks of what will happen
     * @return the value (start date), or null when a bare weekday cannot be placed
     */
    static DateValue[] resolve(Found f, String published, java.util.Set<Integer> statedYears, boolean future) {
        if (f.relative()) {
            LocalDate p = fullDate(published);
            if (p == null) return null;
            return new DateValue[] {new DateValue(p.minusDays(f.daysBack()).toString(), f.raw(), "days before publication date"), null};
        }
        if (f.weekdayOnly()) {
            LocalDate p = fullDate(published);
            if (p == null) return null;
            // what is about to happen ("se rendra jeudi") falls on the next such day after publication
            if (future) {
                LocalDate d = p.plusDays(1);
                while (d.getDayOfWeek() != f.weekday()) d = d.plusDays(1);
                return new DateValue[] {new DateValue(d.toString(), f.raw(), "weekday after publication date"), null};
            }
            LocalDate d = p;
            while (d.getDayOfWeek() != f.weekday()) d = d.minusDays(1);
            return new DateValue[] {new DateValue(d.toString(), f.raw(), "weekday before publication date"), null};
        }
        if (f.monthOnly()) {
            return new DateValue[] {new DateValue(yearMonth(f.year(), f.month()), f.raw(), null), null};
        }
        Integer year = f.year();
        String how = null;
        if (year == null) {
            LocalDate p = fullDate(published);
            // a publication month stands for its last day; a publication year gives the year itself
            if (p == null) p = endOfMonth(published);
            if (p != null) {
                year = yearNear(p, f.month(), f.day(), future);
                how = "publication date";
            } else if (published != null && FOUR_DIGITS.matcher(published).matches()) {
                year = Integer.valueOf(published);
                how = "publication year";
            } else {
                List<Integer> fits = new ArrayList<>();
                for (int y : statedYears) {
                    if (valid(y, f.month(), f.day()) && (f.weekday() == null
                            || LocalDate.of(y, f.month(), f.day()).getDayOfWeek() == f.weekday())) fits.add(y);
                }
                if (fits.size() == 1 && (f.weekday() != null || statedYears.size() == 1)) {
                    year = fits.get(0);
                    how = f.weekday() != null ? "year stated in the article, weekday agrees" : "year stated in the article";
                }
            }
        }
        DateValue start = value(year, f.month(), f.day(), f.raw(), how);
        if (start == null) return null;
        DateValue end = null;
        if (f.endMonth() > 0) {
            Integer ey = f.endYear() != null ? f.endYear() : year;
            if (ey != null && year != null && f.endYear() == null && f.endMonth() < f.month()) ey = year + 1;
            end = value(ey, f.endMonth(), f.endDay(), f.raw(), how);
        }
        return new DateValue[] {start, end};
    }

    private static DateValue value(Integer year, int month, int day, String raw, String how) {
        if (year == null) {
            try {
                MonthDay.of(month, day);
            } catch (DateTimeException e) {
                return null;
            }
            return new DateValue(monthDay(month, day), raw, null);
        }
        if (!valid(year, month, day)) return null;
        return new DateValue(LocalDate.of(year, month, day).toString(), raw, how);
    }

    /** Four digits, a year as a publication date gives it. */
    static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    /**
     * {@code String.format(Locale.ROOT, "--%02d-%02d", month, day)}: the lexical form of a day
     * without its year. Made for every date found, where the formatter cost more than the rest of
     * the date's reading.
     */
    static String monthDay(int month, int day) {
        return "--" + twoDigits(month) + "-" + twoDigits(day);
    }

    /** {@code String.format(Locale.ROOT, "%04d-%02d", year, month)}: a month of a year. */
    static String yearMonth(int year, int month) {
        if (year < 0) return String.format(Locale.ROOT, "%04d-%02d", year, month);
        String y = Integer.toString(year);
        return "0".repeat(Math.max(0, 4 - y.length())) + y + "-" + twoDigits(month);
    }

    /** A number of 0 or more written with two digits at least, as {@code %02d} writes it. */
    private static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    private static int yearNear(LocalDate p, int month, int day, boolean future) {
        LocalDate limit = future ? p.plusYears(1) : p.plusDays(7);
        for (int y = limit.getYear(); y > limit.getYear() - 5; y--) {
            if (valid(y, month, day) && !LocalDate.of(y, month, day).isAfter(limit)) {
                if (future && LocalDate.of(y, month, day).isBefore(p)) return y + 1;
                return y;
            }
        }
        return p.getYear();
    }

    /** The last day of a publication month written YYYY-MM, else null. */
    static LocalDate endOfMonth(String published) {
        if (published == null || published.length() != 7) return null;
        try {
            return java.time.YearMonth.parse(published).atEndOfMonth();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The publication date of a page: the record's own, else the day of posting printed in figures
     * in the page's head ({@link Dateline#posted}); null when neither is found.
     */
    static String published(org.diplograph.article.Page page) {
        String given = page.source().published();
        return given != null ? given : Dateline.posted(page);
    }

    static LocalDate fullDate(String published) {
        if (published == null || published.length() != 10) return null;
        try {
            return LocalDate.parse(published);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean valid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }


    private static int month(String s) {
        return Lexicon.MONTHS.indexOf(Fold.fold(s)) + 1;
    }

    private static int day(String s) {
        return s.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(s);
    }

    private static DayOfWeek weekday(String s) {
        return DayOfWeek.of(Lexicon.WEEKDAYS.indexOf(Fold.fold(s)) + 1);
    }
}
