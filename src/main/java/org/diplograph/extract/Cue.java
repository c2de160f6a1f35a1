package org.diplograph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence pattern behind a cheap test: a few words, one of which every match of the pattern
 * contains. Most sentences hold none of them, and a plain substring search over the sentence's
 * case-folded text ({@link Doc.Sent#folded()}) is much cheaper than trying the pattern at every
 * position, so the pattern is run only on the sentences that hold one.
 *
 * <p>Why this never loses a match: each word is taken from a literal part of the pattern that
 * every alternative must go through, and the sentence is folded char by char the way a
 * {@code CASE_INSENSITIVE | UNICODE_CASE} pattern compares chars (upper case, then lower case),
 * so a span the pattern matches, folded, holds the word folded the same way. A case-sensitive
 * pattern is covered too: what it matches exactly, the folded search also finds. The words
 * must therefore be folded already ({@link #of} refuses them otherwise), and a pattern behind a
 * cue must not match the empty string.
 */
record Cue(Pattern pattern, List<String> words) {

    static Cue of(Pattern pattern, String... words) {
        for (String w : words) {
            if (w.isEmpty() || !fold(w).equals(w)) throw new IllegalArgumentException("cue word not folded: " + w);
        }
        return new Cue(pattern, List.of(words));
    }

    /** True when the sentence holds one of the words, so the pattern may match it. */
    boolean possible(Doc.Sent s) {
        return holds(s.folded());
    }

    /** True when {@code folded}, a text folded by {@link #fold}, holds one of the words. */
    boolean holds(String folded) {
        // by index: a for-each loop made an iterator for each sentence and cue
        for (int i = 0; i < words.size(); i++) if (folded.contains(words.get(i))) return true;
        return false;
    }

    /** True when the range [from, to) of {@code folded} holds one of the words wholly. */
    boolean holds(String folded, int from, int to) {
        for (int i = 0; i < words.size(); i++) if (within(folded, words.get(i), from, to)) return true;
        return false;
    }

    /** True when {@code word} occurs in {@code text} wholly inside [from, to). */
    static boolean within(String text, String word, int from, int to) {
        if (to - from < word.length()) return false;
        int i = text.indexOf(word, from);
        return i >= 0 && i + word.length() <= to;
    }

    /**
     * For a cue each of whose matches starts with one of its words: {@code m.find()} with the
     * last match ending at {@code from} (0 for the first), where {@code folded} is the {@link #fold}
     * of {@code m}'s text. The search starts at the next place a word starts: a match cannot start
     * before it, and {@code find(int)} reads the text before that place as {@code find()} does.
     */
    boolean findAtWord(Matcher m, String folded, int from) {
        int next = -1;
        for (int i = 0; i < words.size(); i++) {
            int at = folded.indexOf(words.get(i), from);
            if (at >= 0 && (next < 0 || at < next)) next = at;
        }
        return next >= 0 && m.find(next);
    }

    /**
     * A matcher of the pattern over the sentence's text; when the sentence holds none of the
     * words, a matcher over the empty string, so that {@code find()} is false at once.
     *
     * <p>That empty matcher is one per thread, shared by every cue: most sentences hold no cue
     * word, and a new matcher for each sentence and cue cost more than the search itself. Sharing
     * it is safe because over the empty string its pattern can match nothing, and every
     * {@code find()} leaves it as it was; so a caller must only read it (find, then group), never
     * reset it to another text nor change its region or pattern, which no caller does.
     */
    Matcher in(Doc.Sent s) {
        return possible(s) ? pattern.matcher(s.text) : NOTHING.get();
    }

    /** A matcher over the empty string of a pattern that cannot match it: its {@code find()} is always false. */
    private static final ThreadLocal<Matcher> NOTHING = ThreadLocal.withInitial(() -> Pattern.compile("x").matcher(""));

    /** The text folded char by char as a case-blind Unicode pattern compares chars; same length. */
    static String fold(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            char x = s.charAt(i);
            // ASCII: both case mappings stay in ASCII, and the pair gives the small letter
            c[i] = x < 128 ? (x >= 'A' && x <= 'Z' ? (char) (x + 32) : x) : Character.toLowerCase(Character.toUpperCase(x));
        }
        return new String(c);
    }
}
