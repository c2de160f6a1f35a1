package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token of a sentence: a word (elisions such as {@code l'} and {@code d'} are tokens of their
 * own), a number or one punctuation mark. begin/end are char offsets into the sentence.
 */
record Tok(String text, int begin, int end, String key) {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(?:(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])'(?=\\p{L}))"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*\\.?"
                    + "|\\d+(?:[.,]\\d+)*(?:e|er|ème|ᵉ)?"
                    + "|[^\\s]");

    static List<Tok> tokenize(String s) {
        boolean pairs = false;
        for (int i = 0; i < s.length() && !pairs; i++) pairs = Character.isSurrogate(s.charAt(i));
        List<Tok> out = new ArrayList<>();
        if (pairs) {
            for (int[] c : matchesOf(s)) add(out, s, c[0], c[1]);
            return out;
        }
        // cutsOf's cuts, each taken as it is found rather than kept in a list of pairs first
        for (int i = 0; i < s.length(); ) {
            int e = tokenEnd(s, i);
            if (e < 0) {
                i++;
            } else {
                add(out, s, i, e);
                i = e;
            }
        }
        return out;
    }

    private static void add(List<Tok> out, String s, int b, int e) {
        String t = s.substring(b, e);
        // keep a final period as a token of its own, except in abbreviations like "M." and initials
        if (t.length() > 1 && t.endsWith(".") && !abbreviation(t)) {
            t = t.substring(0, t.length() - 1);
            e--;
            out.add(new Tok(t, b, e, Fold.fold(t)));
            out.add(new Tok(".", e, e + 1, "."));
            return;
        }
        out.add(new Tok(t, b, e, Fold.fold(t)));
    }

    private static final List<String> ELIDED = List.of("jusqu", "lorsqu", "puisqu", "quoiqu", "qu");

    /**
     * Where the TOKEN match starting at {@code i} ends, or -1 when none starts there (whitespace);
     * the pattern's alternatives in its order, for text without surrogate pairs (a char is then a
     * code point). The pattern is case-blind for ASCII letters only, and its {@code \d} and
     * {@code \s} are ASCII.
     */
    static int tokenEnd(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') return -1;
        // an elided word: "qu'", "l'", "jusqu'", before a letter; each of ELIDED starts with an
        // ASCII j, l, p or q, which asciiOnly then requires of the text too
        char lower = asciiLower(c);
        if (lower == 'j' || lower == 'l' || lower == 'p' || lower == 'q') for (String w : ELIDED) {
            int a = i + w.length();
            // the apostrophe first: it is the rarest of the conditions, and the cheapest
            if (a + 1 < n && s.charAt(a) == '\'' && s.regionMatches(true, i, w, 0, w.length()) && asciiOnly(s, i, a)
                    && Character.isLetter(s.charAt(a + 1))) return a + 1;
        }
        if (i + 2 < n && "cdjlmnst".indexOf(asciiLower(c)) >= 0 && s.charAt(i + 1) == '\'' && Character.isLetter(s.charAt(i + 2))) {
            return i + 2;
        }
        if (Character.isLetter(c)) {
            // a word, its hyphenated or apostrophised parts, and a final period
            int e = letterRun(s, i + 1);
            while (e + 1 < n && (s.charAt(e) == '-' || s.charAt(e) == '\'') && letterOrNumber(s.charAt(e + 1))) {
                e = letterRun(s, e + 2);
            }
            return e < n && s.charAt(e) == '.' ? e + 1 : e;
        }
        if (digit(c)) {
            // a number with its separators, and an ordinal suffix: "e" is tried before "er", so "1er" ends at "1e"
            int e = digits(s, i + 1);
            while (e + 1 < n && (s.charAt(e) == '.' || s.charAt(e) == ',') && digit(s.charAt(e + 1))) e = digits(s, e + 2);
            if (e < n && asciiLower(s.charAt(e)) == 'e') return e + 1;
            if (e + 2 < n && s.charAt(e) == 'è' && asciiLower(s.charAt(e + 1)) == 'm' && asciiLower(s.charAt(e + 2)) == 'e') return e + 3;
            if (e < n && s.charAt(e) == 'ᵉ') return e + 1;
            return e;
        }
        return i + 1;
    }

    private static boolean asciiOnly(String s, int b, int e) {
        for (int k = b; k < e; k++) if (s.charAt(k) >= 128) return false;
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int i) {
        while (i < s.length() && digit(s.charAt(i))) i++;
        return i;
    }

    private static boolean letterOrNumber(char c) {
        return Character.isLetter(c) || number(c);
    }

    private static boolean number(char c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The end of a run of letters, marks and numbers from {@code i}. */
    private static int letterRun(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 128) {
                // ASCII: letters and digits only
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) break;
                i++;
                continue;
            }
            int t = Character.getType(c);
            if (!Character.isLetter(c) && !number(c) && t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
                    && t != Character.COMBINING_SPACING_MARK) break;
            i++;
        }
        return i;
    }

    /** The definition of {@link #tokenize}'s cuts: the TOKEN pattern's matches, as [begin, end) pairs. */
    static List<int[]> matchesOf(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /** {@link #tokenEnd}'s cuts of text without surrogate pairs, as [begin, end) pairs. */
    static List<int[]> cutsOf(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int e = tokenEnd(s, i);
            if (e < 0) {
                i++;
                continue;
            }
            out.add(new int[] {i, e});
            i = e;
        }
        return out;
    }

    private static boolean abbreviation(String t) {
        String w = t.substring(0, t.length() - 1);
        return w.equals("M") || w.equals("MM") || w.equals("Mme") || w.equals("Mlle") || w.equals("Dr")
                || w.equals("Pr") || (w.length() == 1 && Character.isUpperCase(w.charAt(0)));
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean word() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    boolean is(String folded) {
        return key.equals(folded);
    }
}
