package org.diplograph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.article.Page;

/**
 * The day an event or signing was held: the date the sentence names nearest its trigger, else one
 * told by reference to another event ("le même jour", "le lendemain"), else the day the story
 * opens with; and the year the story is told in, which a date without one takes.
 */
final class EventDates {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The lexical form of one day, with or without its year: "2024-10-09", "--10-09". */
    static final Pattern DAY = Pattern.compile("(?:\\d{4}|-)-\\d\\d-\\d\\d");
    /** A dateline's dash: "-", "–", "—", or several. */
    private static final Pattern DASHES = Pattern.compile("[-–—]+");
    private static final Cue SAME_DAY = Cue.of(Pattern.compile("\\b(?:le\\s+même\\s+jour|ce\\s+même\\s+jour|dans\\s+la\\s+foulée"
            + "|(?:après|à l'issue de|en marge de)\\s+(?:la|cette|ladite)\\s+(?:cérémonie|rencontre|réunion|session|conférence|séance)"
            // "En marge de la foire, les deux ministres ont tenu une séance de travail": the gathering's day
            + "|en marge\\s+(?:du|de\\s+la|de\\s+l'|des)\\s*\\p{L}+"
            // "Avant les entretiens, X a présidé une cérémonie de bienvenue": the talks' day
            + "|(?:avant|après|à l'issue de)\\s+(?:les|leurs|ces)\\s+entretiens"
            // "Avant la signature, les deux ministres ont eu des entretiens": the signing's day
            + "|(?:avant|après|à l'issue de)\\s+la\\s+(?:cérémonie\\s+de\\s+)?signature"
            // "Dans l'après-midi, X a eu une séance de travail avec Y": later on the day told
            + "|dans\\s+(?:l'après-midi|la\\s+soirée|la\\s+matinée)|plus\\s+tôt\\s+dans\\s+la\\s+journée)\\b", F),
            "même", "foulée", "après", "issue", "marge", "avant", "soirée", "matinée", "journée");

    private static final Cue DAY_NEXT = Cue.of(Pattern.compile("\\b(la veille|l'avant-veille|le lendemain|le surlendemain)\\b", F),
            "veille", "lendemain");

    private EventDates() {}

    /**
     * The day the story's opening sentence gives for what it tells ("ont procédé jeudi à ..."), or
     * null. The dateline's date ("Abidjan, 14 mars 2025 (AIP) -") is the day of filing, not of the
     * news, and dates nothing here.
     */
    static DateValue openingDay(Doc doc) {
        for (Doc.Sent s : doc.sents) {
            // the page's head ("Publié le 9 octobre 2024 | Coopération") tells nothing done
            if (s.kind == Page.Kind.TITLE || !s.main() || !Tense.PAST.matcher(s.text).find()) continue;
            DateValue day = null;
            for (Mention d : s.of(Mention.Type.DATE)) {
                if (d.value() == null || d.date().end() != null || !EventDates.DAY.matcher(d.value()).matches()) continue;
                if (datelineDate(s, d)) continue;
                day = new DateValue(d.value(), d.date().raw(), "date of the story's opening sentence");
            }
            return day;
        }
        return null;
    }

    /** A date followed by the agency in brackets or the dateline's dash: "Cotonou, 9 oct. (ABP) -". */
    static boolean datelineDate(Doc.Sent s, Mention d) {
        int k = d.e();
        while (k < s.toks.size() && (s.toks.get(k).is(".") || Dates.FOUR_DIGITS.matcher(s.toks.get(k).text()).matches())) k++;
        if (k >= s.toks.size()) return true;
        String t = s.toks.get(k).text();
        return t.equals("(") || DASHES.matcher(t).matches();
    }

    /**
     * The year the story is told in: its publication year, else the latest year it states outside
     * sentences that look back; 0 when neither is known.
     */
    static int storyYear(Doc doc) {
        String published = doc.published();
        if (published != null && published.length() >= 4) return Integer.parseInt(published.substring(0, 4));
        int year = 0;
        for (Doc.Sent s : doc.sents) {
            if (!s.main() || s.retrospective()) continue;
            for (int y : s.years()) year = Math.max(year, y);
        }
        return year;
    }

    /**
     * "Le Vietnam a plaidé mardi 16 novembre ..." then "... a déclaré X à la Conférence ...": the
     * main event, when it has no date of its own, happened on the date the story opens with.
     */
    static void openingDate(Doc doc) {
        if (doc.events.isEmpty()) return;
        Doc.EventInfo first = doc.events.get(0);
        if (first.date != null || first.partOf >= 0) return;
        for (Doc.Sent s : doc.sents) {
            if (s.kind == Page.Kind.TITLE || !s.main()) continue;
            for (Mention d : s.of(Mention.Type.DATE)) {
                if (d.value() == null) continue;
                first.date = new DateValue(d.value(), d.date().raw(), "date of the story's opening sentence");
                return;
            }
            return;
        }
    }

    /**
     * "Le même jour, X a rencontré Y", "Dans l'après-midi, ...", "Avant la signature, ...": the date
     * of the event told just before, or of a signing told after it on a day the text gives ("ont
     * signé le 3 octobre ... Le même jour, X a été reçu par Y").
     */
    static void sameDay(Doc doc, Doc.Sent s, Doc.EventInfo e) {
        if (e.date != null) return;
        Matcher said = SAME_DAY.in(s);
        if (!said.find()) return;
        Doc.EventInfo before = null;
        for (int i = doc.events.size() - 1; i >= 0 && before == null; i--) {
            Doc.EventInfo o = doc.events.get(i);
            if (o != e && o.date != null && !o.kind.equals("visit")) before = o;
        }
        Doc.AgreementInfo signed = null;
        for (Doc.AgreementInfo a : doc.agreements) {
            if (a.date != null && a.sentence < s.index && (before == null || a.sentence > before.sentence)) signed = a;
        }
        if (signed != null) {
            e.date = new DateValue(signed.date.lexical(), said.group(), "same day as the signing told before");
            return;
        }
        if (before == null) return;
        e.date = new DateValue(before.date.lexical(), said.group(), "same day as the event told before");
        // "Avant les entretiens, X a présidé une cérémonie": where the talks were, unless it says
        if (e.place == null && said.group().toLowerCase(java.util.Locale.ROOT).contains("entretiens")) e.place = before.place;
    }

    /** "jusqu'à samedi", "jusqu'au 12 mai": the day that follows ends a stay, no event is held on it. */
    private static final Pattern UNTIL = Pattern.compile("\\bjusqu'\\s*(?:à|au|a)\\s*(?:ce\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The date mention nearest to token {@code tok}; {@code notVisit}: leaving out a visit's span.
     * A day a stay lasts until ("en mission au Canada jusqu'à samedi") is no day of an event. The
     * dateline's date in the sentence ("Brazzaville, jeudi 12 novembre 2026 – X a reçu le 11
     * novembre ...") is the day of filing: any other date the sentence names comes first.
     */
    static Mention nearestDate(Doc.Sent s, int tok, boolean notVisit) {
        Mention best = null;
        boolean bestDateline = false;
        for (Mention d : s.of(Mention.Type.DATE)) {
            if (d.value() == null || notVisit && d.date().end() != null) continue;
            int c = s.toks.get(d.b()).begin();
            if (UNTIL.matcher(s.text.substring(Math.max(0, c - 16), c)).find()) continue;
            boolean dateline = d.b() < 6 && datelineDate(s, d);
            if (best == null || bestDateline && !dateline
                    || dateline == bestDateline && Math.abs(d.b() - tok) < Math.abs(best.b() - tok)) {
                best = d;
                bestDateline = dateline;
            }
        }
        return best;
    }

    static DateValue dateOf(Mention d) {
        return new DateValue(d.value(), d.date().raw(), d.date().inference());
    }

    /**
     * "Arrivé la veille à X", "Le lendemain, Y a été reçu par Z": the day before or after the last
     * dated event or signing the story told before this sentence.
     */
    static void dayNext(Doc doc, Doc.Sent s, Doc.EventInfo e) {
        if (e.date != null) return;
        DateValue day = dayNext(doc, s, e, false);
        if (day != null) e.date = day;
    }

    /**
     * The day "la veille", "le lendemain" in sentence {@code s} names: next to the last dated event
     * (other than {@code self}) or signing told before it; with {@code orOpening}, next to the day
     * the story opens with when none is. Null when the sentence says neither or nothing is dated.
     */
    static DateValue dayNext(Doc doc, Doc.Sent s, Doc.EventInfo self, boolean orOpening) {
        Matcher m = DAY_NEXT.in(s);
        if (!m.find()) return null;
        String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int shift = w.equals("la veille") ? -1 : w.equals("l'avant-veille") ? -2 : w.equals("le lendemain") ? 1 : 2;
        DateValue before = null;
        int at = -1;
        // a visit's date is its first day, the frame of the news: the day counted from is the last
        // meeting told, a visit's only when none is
        for (boolean visits : new boolean[] {false, true}) {
            for (Doc.EventInfo o : doc.events) {
                if (o != self && o.sentence < s.index && o.sentence >= at && o.date != null && o.standing != Standing.BACKGROUND
                        && o.kind.equals("visit") == visits) {
                    before = o.date;
                    at = o.sentence;
                }
            }
            if (before != null) break;
        }
        for (Doc.AgreementInfo a : doc.agreements) {
            if (a.sentence < s.index && a.sentence >= at && a.date != null) {
                before = a.date;
                at = a.sentence;
            }
        }
        if (before == null && orOpening) before = openingDay(doc);
        String day = before == null ? null : shifted(before.lexical(), shift);
        return day == null ? null : new DateValue(day, m.group(1), "day next to the event told before");
    }

    /** A YYYY-MM-DD or --MM-DD day moved by {@code days}; null for a month or a year. */
    static String shifted(String lexical, int days) {
        try {
            if (lexical.startsWith("--")) {
                // a leap year, so that any day and month exist
                java.time.LocalDate d = java.time.LocalDate.parse("2000" + lexical.substring(1)).plusDays(days);
                return Dates.monthDay(d.getMonthValue(), d.getDayOfMonth());
            }
            if (lexical.length() != 10) return null;
            return java.time.LocalDate.parse(lexical).plusDays(days).toString();
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }
}
