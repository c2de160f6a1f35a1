package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an event a sentence tells of is the news, or something the story looks back on or
 * ahead to. A wire story about talks often recalls an earlier visit ("a rappelé la visite du
 * président en juin 2019") and announces the next one ("se rendra au Japon le mois prochain"):
 * those are events too, but counting them as what happened would put a visit in the wrong year, or
 * one that has not happened yet, into an analyst's timeline.
 *
 * <p>The test looks at the clause of the trigger word: cue words of recall before it, tense and
 * time words around it, and a stated year earlier than the story's own. Without a cue the event
 * happened: a wire story reports what happened.
 *
 * <p>The constants are the concepts of the {@code dip:Standings} scheme in
 * {@code ontology/schemes.ttl}; {@link #value()} is the notation, the literal of {@code dip:standing}.
 */
public enum Standing implements Notation {
    /** What the story reports as done. */
    HAPPENED("happened"),
    /** Planned, expected or promised: future tense, "prochain", "prévu", a date after publication. */
    ANNOUNCED("announced"),
    /** Recalled from before the story: "a rappelé", pluperfect, "l'an dernier", an earlier year. */
    BACKGROUND("background");

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Recall verbs governing the event noun just after them: "a rappelé la visite" ("évoquer" also looks ahead). */
    private static final Pattern RECALL_BEFORE = Pattern.compile(
            "\\b(?:rappel(?:é|ée|és|ant|ait|le|lent)|se souvenant|se remémorant)\\b[^.;:,]{0,40}$", F);
    private static final Pattern RECALL = Pattern.compile("\\b(?:rappel(?:é|ant))\\s+(?:la|le|les|l'|sa|son|ses|leur)\\b", F);
    /** Adjectives that date the event noun before the story: "sa précédente visite", "la dernière rencontre". */
    private static final Pattern EARLIER_ADJ_BEFORE = Pattern.compile("\\b(?:précédente?s?|dernière?s?|ancienne?s?)\\s+$", F);
    private static final Pattern EARLIER_ADJ_AFTER = Pattern.compile("^\\p{L}*\\s+(?:précédente?s?|antérieure?s?)\\b", F);
    /** Time words near the trigger that put the event before the story. */
    private static final Pattern EARLIER = Pattern.compile(
            "\\b(?:pour la dernière fois|l'an dernier|l'année dernière|l'année passée|le mois dernier|il y a (?:\\d+|\\p{L}+) ans?"
                    + "|auparavant|précédemment|naguère"
                    // "tenu à Beijing en septembre dernier": a month gone by
                    + "|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\s+dernier)\\b", F);
    /** Pluperfect, the tense of what came before the news: "avait effectué une visite", "s'étaient rencontrés". */
    private static final Pattern PLUPERFECT = Pattern.compile(
            "\\b(?:avai(?:t|ent)|étai(?:t|ent))\\s+(?:\\p{L}+é(?:e|s|es)?|eu|été|fait|pris|reçu|tenu|venue?s?|entretenue?s?|réunie?s?)\\b", F);
    /**
     * A sentence placed earlier on the story's own day or the day before ("Plus tôt dans la
     * journée, X avait eu des entretiens", "La veille, Y avait présidé", "Samedi, Z s'était
     * entretenu"): its pluperfect tells the
     * order of the news, not what came before the story.
     */
    private static final Pattern SAME_FRAME = Pattern.compile(
            "^\\W*(?:plus tôt (?:dans la (?:journée|matinée)|le même jour|ce jour-là)|la veille|l'avant-veille|dans la matinée|le matin même"
                    // "Samedi, X s'était entretenu avec Y": a day of the story's own week
                    + "|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?:matin|soir|après-midi))?\\s*,"
                    // "Avant la cérémonie, X et Y avaient tenu une réunion": placed against the news itself
                    + "|(?:avant|après)\\s+(?:la|le|l'|les|leur|leurs|cette|ce)\\s*(?:cérémonie|ouverture|signature|entretiens?|réunion|séance|rencontre|travaux|audience|sommet)\\b"
                    // "La délégation avait été reçue la veille par Y", "X s'était entretenu le même jour
                    // avec Y": the day before the news, or its own
                    + "|.*\\b(?:la veille|l'avant-veille|le même jour|le jour même|le soir même)\\b)", F);

    /** Future tense and words of plans. */
    static final Pattern AHEAD = Pattern.compile(
            "\\b(?:\\p{Ll}\\p{L}+(?:era|eront|ira|iront|dra|dront|vra|vront|rra|rront)|sera|seront|aura|auront|fera|feront"
                    + "|ira|iront|va|vont|devrai(?:t|ent)|prochaine?s?|prochainement|prévue?s?|programmée?s?|envisagée?s?"
                    + "|à venir|s'apprête(?:nt)? à)\\b", F);
    /** Words ending like a future verb that are not one. */
    private static final Set<String> NOT_FUTURE = Set.of("caméra", "opéra", "choléra", "extra", "lira", "sierra",
            "tiara", "ultra", "contra", "cobra", "angora", "mantra", "hydra");
    /** Past tense of the trigger's own verb: "a signé", "ont eu lieu", "se sont entretenus". */
    private static final Pattern DONE = Pattern.compile(
            "\\b(?:a|ont|est|sont)\\s+(?!prévu|programmé|envisagé|attendu)(?:\\p{L}+(?:é|ée|és|ées|i|is|ie|u|us|ue)|eu lieu|pris|fait)\\b", F);
    /** "la prochaine visite", "à quelques mois de la conférence": what comes after the story. */
    private static final Pattern NEXT = Pattern.compile("\\b(?:prochaine?s?|future?s?)\\s+$|\\bà\\s+quelques\\s+(?:jours|semaines|mois)\\s+(?:de\\s+|d')?$", F);
    /**
     * An invitation to make the visit ("a réitéré son invitation à X à effectuer une", "a invité Y
     * à se rendre en"): the event is asked for, not made. "à l'invitation de", after the trigger, is
     * the visit's host and no cue.
     */
    private static final Pattern INVITED = Pattern.compile(
            "\\binvit(?:ation|ations|é|ée|és|ées|er|ant|e|ent)\\b[^.;]{0,80}?\\b(?:à|a|de|d')\\s*(?:effectuer|se\\s+rendre|visiter|venir|faire)\\b[^.;]{0,25}$", F);
    /** The word before the event noun with only articles and adjectives between. */
    private static final Pattern GOVERNING = Pattern.compile(
            "(\\S+)\\s+(?:(?:une?|la|le|les|l'|des|sa|son|ses|leur|leurs|cette|ce|ces)\\s*)?"
                    + "(?:(?:prochaine?s?|nouvelle|nouveau|première|premier|officielle?|grande?)\\s+)?$", F);
    /** "pour des entretiens", "pour une réunion": the noun a purpose introduces. */
    private static final Pattern PURPOSE = Pattern.compile("\\bpour\\s+(?:(?:des|une?|la|le|les|l'|de|d')\\s*)?$", F);
    /** A year the event is placed in: "en 2019", "en juin 2019". */
    private static final Pattern YEAR = Pattern.compile("\\ben\\s+(?:\\p{Ll}+\\s+)?((?:19|20)\\d{2})\\b", F);

    /** Substrings one of which every match of EARLIER, PLUPERFECT or RECALL contains. */
    private static final java.util.List<String> CUES = java.util.List.of("dernière fois", "première fois", "dernier",
            "année dernière", "année passée", "il y a ", "auparavant", "précédemment", "naguère", "avai", "étai",
            "rappel", "évoqu");

    private final String value;

    Standing(String value) {
        this.value = value;
    }

    /** The value written to the graph and the facts: happened, announced or background. */
    @Override
    public String value() {
        return value;
    }

    /**
     * The standing of an event whose trigger starts at {@code at} in {@code sentence}.
     *
     * @param storyYear the year the story is told in (its publication year, else the latest year it
     *                  states), or 0 when unknown
     */
    static Standing of(Doc.Sent sentence, int at, int storyYear) {
        return of(sentence.text, sentence.folded(), at, storyYear);
    }

    /**
     * {@link #of(String, int, int)}, each pattern tried only when its window of {@code folded} (the
     * sentence's {@link Cue#fold}) holds one of its cue words, so the same answer: a match lies
     * wholly in its window, and every match holds one of its pattern's words (see {@link Cue}).
     * The one window that is not a plain cut of the sentence, the text after the trigger with
     * "omme prévu" left out, holds "prévu" whenever the removal joins anything, and that is an
     * AHEAD word.
     */
    static Standing of(String sentence, String folded, int at, int storyYear) {
        int from = clauseStart(sentence, at);
        int to = clauseEnd(sentence, at);
        int trigger = Math.min(Math.max(at, from), to);
        if (Windows.NEXT_CUE.holds(folded, from, trigger) && NEXT.matcher(sentence.substring(from, trigger)).find()) return ANNOUNCED;
        if (Windows.INVITED_CUE.holds(folded, from, trigger) && INVITED.matcher(sentence.substring(from, trigger)).find()) return ANNOUNCED;
        if (Windows.RECALL_BEFORE_CUE.holds(folded, from, trigger) && RECALL_BEFORE.matcher(sentence.substring(from, trigger)).find()
                || Windows.EARLIER_ADJ_BEFORE_CUE.holds(folded, from, trigger) && EARLIER_ADJ_BEFORE.matcher(sentence.substring(from, trigger)).find()
                || Windows.EARLIER_ADJ_AFTER_CUE.holds(folded, trigger, to) && EARLIER_ADJ_AFTER.matcher(sentence.substring(trigger, to)).find()
                || tried(EARLIER_CUE, sentence, folded, from, to, trigger - 40, trigger + 100)
                || tried(PLUPERFECT_CUE, sentence, folded, from, to, trigger - 30, trigger + 40) && !SAME_FRAME.matcher(sentence).find()) {
            return BACKGROUND;
        }
        if (storyYear > 0 && Windows.YEAR_CUE.holds(folded, Math.max(from, trigger), Math.min(to, trigger + 100))) {
            Matcher y = YEAR.matcher(window(sentence, from, to, trigger, trigger + 100));
            while (y.find()) if (Integer.parseInt(y.group(1)) < storyYear) return BACKGROUND;
        }
        if (holdsAhead(folded, from, Math.min(to, trigger + 70))
                && ahead(sentence.substring(from, trigger), window(sentence, from, to, trigger, trigger + 70))
                && !DONE.matcher(window(sentence, from, to, trigger - 25, trigger + 25)).find()) return ANNOUNCED;
        return HAPPENED;
    }

    /** The cue's pattern found in the window [b, e) of the clause [from, to), when the folded window holds a cue word. */
    private static boolean tried(Cue cue, String sentence, String folded, int from, int to, int b, int e) {
        int x = Math.max(from, b);
        int y = Math.min(to, e);
        return x < y && cue.holds(folded, x, y) && cue.pattern().matcher(sentence.substring(x, y)).find();
    }

    /**
     * The cues of the patterns read on a clause's windows. Four are anchored at a window's end or
     * start, so a whole sentence never matches them, and "19" or "20" are in many sentences: they
     * are checked through {@link #of(String, String, int, int)} against its definition, at every
     * token of every test sentence, rather than as sentence cues.
     */
    private static final class Windows {
        static final Cue NEXT_CUE = Cue.of(NEXT, "prochain", "futur", "quelques");
        static final Cue INVITED_CUE = Cue.of(INVITED, "invit");
        static final Cue RECALL_BEFORE_CUE = Cue.of(RECALL_BEFORE, "rappel", "souvenant", "remémorant");
        static final Cue EARLIER_ADJ_BEFORE_CUE = Cue.of(EARLIER_ADJ_BEFORE, "précédent", "derni", "ancien");
        static final Cue EARLIER_ADJ_AFTER_CUE = Cue.of(EARLIER_ADJ_AFTER, "précédent", "antérieur");
        static final Cue YEAR_CUE = Cue.of(YEAR, "19", "20");
    }

    /**
     * Substrings one of which every match of AHEAD holds: its first alternative and the future
     * forms end in "ra" or "ront" (so do "devrai" and "programm"), the others hold their own word.
     * Not a {@link Cue}: "ra" and "va" are in most sentences, only a clause's few words are spared.
     */
    static final java.util.List<String> AHEAD_WORDS = java.util.List.of("ra", "ront", "va", "vont", "prochain", "prévu",
            "envisag", "venir", "apprête");

    /** True when the folded text's range [from, to) holds an AHEAD word. */
    static boolean holdsAhead(String folded, int from, int to) {
        for (String w : AHEAD_WORDS) if (Cue.within(folded, w, from, to)) return true;
        return false;
    }

    /** The definition of {@link #of(String, String, int, int)}: every pattern tried. */
    static Standing of(String sentence, int at, int storyYear) {
        int from = clauseStart(sentence, at);
        int to = clauseEnd(sentence, at);
        int trigger = Math.min(Math.max(at, from), to);
        String before = sentence.substring(from, trigger);
        String after = sentence.substring(trigger, to);
        String near = window(sentence, from, to, trigger - 40, trigger + 100);
        if (NEXT.matcher(before).find() || INVITED.matcher(before).find()) return ANNOUNCED;
        if (RECALL_BEFORE.matcher(before).find() || EARLIER_ADJ_BEFORE.matcher(before).find()
                || EARLIER_ADJ_AFTER.matcher(after).find() || EARLIER.matcher(near).find()
                || PLUPERFECT.matcher(window(sentence, from, to, trigger - 30, trigger + 40)).find() && !SAME_FRAME.matcher(sentence).find()) {
            return BACKGROUND;
        }
        if (storyYear > 0) {
            Matcher y = YEAR.matcher(window(sentence, from, to, trigger, trigger + 100));
            while (y.find()) if (Integer.parseInt(y.group(1)) < storyYear) return BACKGROUND;
        }
        if (ahead(before, window(sentence, from, to, trigger, trigger + 70))
                && !DONE.matcher(window(sentence, from, to, trigger - 25, trigger + 25)).find()) return ANNOUNCED;
        return HAPPENED;
    }

    private static String window(String s, int from, int to, int b, int e) {
        int x = Math.max(from, b);
        int y = Math.min(to, e);
        return x >= y ? "" : s.substring(x, y);
    }

    /** True when the sentence looks back on what came before the story: its years are not the story's. */
    static boolean retrospective(String sentence) {
        return cue(sentence.toLowerCase(java.util.Locale.ROOT)) && (EARLIER.matcher(sentence).find() || PLUPERFECT.matcher(sentence).find()
                || RECALL.matcher(sentence).find());
    }

    /**
     * {@link #retrospective(String)} of the sentence's text, each pattern tried only when the folded
     * text holds one of its own words (a word every match of it contains), so the same answer.
     */
    static boolean retrospective(Doc.Sent s) {
        if (!cue(s.lower())) return false;
        return EARLIER_CUE.possible(s) && EARLIER.matcher(s.text).find()
                || PLUPERFECT_CUE.possible(s) && PLUPERFECT.matcher(s.text).find()
                || RECALL_CUE.possible(s) && RECALL.matcher(s.text).find();
    }

    private static final Cue EARLIER_CUE = Cue.of(EARLIER, "derni", "année", "il y a", "auparavant", "précédemment", "naguère");
    private static final Cue PLUPERFECT_CUE = Cue.of(PLUPERFECT, "avai", "étai");
    private static final Cue RECALL_CUE = Cue.of(RECALL, "rappel");

    /** Most sentences hold none of the cue words: a plain search of the sentence in lower case spares the patterns. */
    private static boolean cue(String lower) {
        for (String w : CUES) if (lower.contains(w)) return true;
        return false;
    }

    /**
     * Future or plan words that govern the event: just before its noun, only articles and adjectives
     * between ("effectuera une visite officielle", "la prochaine réunion"), or after it in the clause
     * ("la réunion aura lieu", "une visite est prévue"); the trigger may be the verb itself ("se rendra").
     * The purpose of a trip ahead is ahead with it: "elle se rendra à Genève pour des entretiens".
     */
    private static boolean ahead(String before, String after) {
        Matcher tail = GOVERNING.matcher(lastRuns(before, 4));
        if (tail.find() && future(tail.group(1))) return true;
        if (PURPOSE.matcher(lastRuns(before, 4)).find() && future(before)) return true;
        return future(after.replace("omme prévu", ""));
    }

    /**
     * The end of {@code s} from its {@code runs}-th last run of non-space chars (spaces as the
     * patterns' {@code \s}): the whole of it when it has fewer. A GOVERNING match spans three runs
     * at most (the word, an article, an adjective) and reaches the end, and the pattern looks at
     * nothing before its match, so it finds the same match in the last four runs as in the whole.
     */
    static String lastRuns(String s, int runs) {
        int i = s.length();
        for (int seen = 0; i > 0; ) {
            while (i > 0 && space(s.charAt(i - 1))) i--;
            if (i == 0) break;
            while (i > 0 && !space(s.charAt(i - 1))) i--;
            if (++seen == runs) return s.substring(i);
        }
        return s;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@link #ahead}'s first test on the whole text, as the pattern reads it: for tests. */
    static String governing(String before) {
        Matcher m = GOVERNING.matcher(before);
        return m.find() ? m.group(1) : null;
    }

    /** The same on {@link #lastRuns}: for tests. */
    static String governingOfLastRuns(String before) {
        return governing(lastRuns(before, 4));
    }

    private static boolean future(String text) {
        Matcher m = AHEAD.matcher(text);
        while (m.find()) {
            String w = m.group();
            // a name such as a city is not a verb, wherever the case-blind pattern matched it
            if (Character.isUpperCase(w.charAt(0)) && m.start() > 0) continue;
            if (!NOT_FUTURE.contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** A clause starts after the last ';' or ':' before the trigger, or after ", qui" / ", dont" / ", où". */
    private static int clauseStart(String s, int at) {
        int end = Math.min(Math.max(at, 0), s.length());
        int start = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == ';' || c == ':' || c == ',' && relative(s, i)) start = i + 1;
        }
        return start;
    }

    private static boolean relative(String s, int comma) {
        return s.startsWith(", qui ", comma) || s.startsWith(", dont ", comma) || s.startsWith(", où ", comma)
                || s.startsWith(", lorsqu", comma) || s.startsWith(", quand ", comma);
    }

    /** A clause ends at the next ';', or at a relative clause opened by ", qui" after the trigger. */
    private static int clauseEnd(String s, int at) {
        int i = Math.min(Math.max(at, 0), s.length());
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';') return i;
            if (c == ',' && relative(s, i)) return i;
        }
        return s.length();
    }
}
