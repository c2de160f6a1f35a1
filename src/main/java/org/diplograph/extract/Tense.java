package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tense a sentence tells in: whether it announces what is to come ("signera", "va se rendre",
 * "la semaine prochaine") rather than what was done. A verb's ending is looked for in words written
 * in lower case only: names and the bodies' words ("la Diaspora", "Ankara", "Cabrera") end like a
 * future and are none.
 */
final class Tense {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:(?-i:\\p{Ll})\\p{L}*(?:era|eront|ira|iront|ra|ront)|va|vont|devrait|devraient|prochaine?|prochainement)\\b", F);
    static final Pattern PAST = Pattern.compile("\\b(?:a|ont)\\s+\\p{L}+é", F);

    private Tense() {}

    static boolean future(Doc.Sent s) {
        return futureWord(s.text, s.folded()) && !PAST.matcher(s.text).find();
    }

    /** Words FUTURE matches whole besides its first alternative, folded as {@link Cue#fold} folds. */
    private static final Set<String> FUTURE_WORDS = Set.of("va", "vont", "devrait", "devraient", "prochain", "prochaine",
            "prochainement");

    /**
     * Whether FUTURE finds a match in {@code text} ({@code folded} is its {@link Cue#fold}), by a
     * scan of its words for text of chars below U+0250 (no combining mark, no surrogate); other
     * text takes the pattern.
     *
     * <p>Why the scan finds what the pattern finds: the pattern's {@code \b} bounds every match, and
     * a match is letters only, so it is a whole run of word chars (letters, digits, '_'). Its first
     * alternative, a lower-case letter, letters, then era, eront, ira, iront, ra or ront, is the same
     * as a lower-case letter, letters, then ra or ront (the e or i are letters too, in any case), so
     * a run of three letters or more ending in "ra" or of five or more ending in "ront" whose first
     * letter is lower case (Ll); the other words must be the whole run. The pattern
     * is otherwise case-blind for Unicode, comparing chars folded as {@link Cue#fold} folds them.
     */
    static boolean futureWord(String text, String folded) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x250) return FUTURE.matcher(text).find();
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            boolean letters = true;
            while (i < n && wordChar(text.charAt(i))) letters &= Character.isLetter(text.charAt(i++));
            if (!letters) continue;
            int len = i - b;
            boolean lower = Character.getType(text.charAt(b)) == Character.LOWERCASE_LETTER;
            if (lower && (len >= 3 && folded.startsWith("ra", i - 2) || len >= 5 && folded.startsWith("ront", i - 4))
                    || len <= 13 && FUTURE_WORDS.contains(folded.substring(b, i))) return true;
        }
        return false;
    }

    /** A word char of the patterns' {@code \b}, for chars below U+0250. */
    private static boolean wordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** FUTURE tried on {@code text}: the definition of {@link #futureWord}, for tests. */
    static boolean futureByPattern(String text) {
        return FUTURE.matcher(text).find();
    }
}
