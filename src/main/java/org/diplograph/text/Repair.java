package org.diplograph.text;

import java.util.Set;

/**
 * Undoes what scraping does to French wire text, keeping a map to the source offsets.
 *
 * <p>Characters are normalised one for one: no-break and other exotic spaces become a space,
 * typographic apostrophes become {@code '}. Words glued together are separated by inserting a
 * space where the glue is unambiguous:
 * <ul>
 *   <li>a lower-case letter followed by an upper-case one inside a word ({@code leJapon}), unless
 *       the word is a known mixed-case form ({@code McDonald}, {@code iPhone});</li>
 *   <li>a comma or semicolon directly followed by a letter, a closing bracket or guillemet directly
 *       followed by a letter, a letter directly followed by an opening bracket;</li>
 *   <li>a glued word that the optional {@link WordSplitter} can cut into known words, and a word
 *       glued to a number ({@code le4}, {@code 2021au}) that it says stands apart.</li>
 * </ul>
 * Nothing is deleted, so offsets into the source stay exact.
 */
public final class Repair {
    private static final Set<String> MIXED_CASE_PREFIXES = Set.of("mc", "mac", "de", "di", "la", "le", "van", "von");

    private final WordSplitter splitter;

    private Repair(WordSplitter splitter) {
        this.splitter = splitter;
    }

    /** Repair without a lexicon: character normalisation and unambiguous glue only. */
    public static Repair basic() {
        return new Repair(null);
    }

    /** Repair that also cuts glued lower-case words with {@code splitter}. */
    public static Repair withSplitter(WordSplitter splitter) {
        return new Repair(splitter);
    }

    /** Repairs {@code source} (a whole source text or a part of it starting at code point {@code base}). */
    public CleanText apply(String source, int base) {
        java.util.BitSet glued = gluedElisions(source);
        // the clean text's chars and their source offsets, side by side: out[k] maps to map[k]
        char[] out = new char[source.length() * 2 + 2];
        int[] map = new int[out.length];
        int cp = base;
        int n = 0;
        int i = 0;
        // the last char written (a space before the first), kept rather than read back from out
        char prev = ' ';
        while (i < source.length()) {
            // a char that is no surrogate is its own code point: codePointAt only for the others
            char ch = source.charAt(i);
            int c = Character.isSurrogate(ch) ? source.codePointAt(i) : ch;
            int len = Character.charCount(c);
            int mapped = normalise(c);
            if (n + 4 > out.length) { // room for a space, a pair and the closing offset
                out = java.util.Arrays.copyOf(out, out.length * 2);
                map = java.util.Arrays.copyOf(map, out.length);
            }
            if (needsSpaceBefore(prev, mapped, out, n) || glued.get(i)) {
                out[n] = ' ';
                map[n++] = cp;
            }
            if (Character.charCount(mapped) == 1) {
                out[n] = (char) mapped;
                prev = (char) mapped;
                map[n++] = cp;
            } else {
                out[n] = Character.highSurrogate(mapped);
                map[n++] = cp;
                out[n] = prev = Character.lowSurrogate(mapped);
                map[n++] = cp;
            }
            i += len;
            cp++;
        }
        map[n] = cp;
        String text = new String(out, 0, n);
        int[] exact = java.util.Arrays.copyOf(map, n + 1);
        CleanText clean = new CleanText(text, exact);
        return splitter == null ? clean : splitGlued(clean);
    }

    /**
     * Elisions glued to the word before them: "del'Alliance", "députésd'amitié", "estiméqu'il".
     * No French word has an elided article in its middle, bar a handful of fixed forms.
     */
    static java.util.BitSet gluedElisions(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) return gluedElisionsByPattern(s);
        }
        // GLUED_ELISION in plain code, for text of single chars (the pattern reads code points). A
        // match starts a run of letters and its lookahead needs an apostrophe, which ends the run:
        // so the elided word is the run's last letter (or its last two, "qu"), right before an
        // apostrophe followed by a letter, with two letters or more before it in the run.
        // Only the runs that end right before an apostrophe can hold one, so the scan goes from
        // apostrophe to apostrophe (found by indexOf, far cheaper than asking letter() of every
        // char) and reads each such run back from its end: the same runs, the same answer.
        java.util.BitSet at = new java.util.BitSet(s.length() + 1);
        int straight = s.indexOf('\'');
        int curly = s.indexOf('’');
        while (straight >= 0 || curly >= 0) {
            int i;
            if (curly < 0 || straight >= 0 && straight < curly) {
                i = straight;
                straight = s.indexOf('\'', i + 1);
            } else {
                i = curly;
                curly = s.indexOf('’', i + 1);
            }
            if (i == 0 || !letter(s.charAt(i - 1)) || i + 1 >= s.length() || !letter(s.charAt(i + 1))) continue;
            int start = i - 1;
            while (start > 0 && letter(s.charAt(start - 1))) start--;
            char last = s.charAt(i - 1);
            int elided = "cdjlmnst".indexOf(last) >= 0 ? i - 1 : last == 'u' && i - 2 >= start && s.charAt(i - 2) == 'q' ? i - 2 : -1;
            if (elided - start >= 2) glued(s.substring(start, elided), elided, at);
        }
        return at;
    }

    /** The definition of {@link #gluedElisions}, by the pattern. */
    static java.util.BitSet gluedElisionsByPattern(String s) {
        java.util.BitSet at = new java.util.BitSet(s.length() + 1);
        java.util.regex.Matcher m = GLUED_ELISION.matcher(s);
        while (m.find()) glued(m.group(1), m.end(1), at);
        return at;
    }

    private static void glued(String word, int elided, java.util.BitSet at) {
        String before = word.toLowerCase(java.util.Locale.ROOT);
        if (ELISION_WORDS.stream().anyMatch(before::endsWith)) return;
        at.set(elided);
    }

    private static final java.util.regex.Pattern GLUED_ELISION = java.util.regex.Pattern.compile(
            // from the start of a word only: a match found inside a word is also found from its start,
            // and trying every inner start made the scan quadratic in the word's length
            "(?<!\\p{L})(\\p{L}{2,})(?=(?:qu|[cdjlmnst])['’]\\p{L})", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    /** Words that end in an elision themselves: aujourd'hui, jusqu'à, lorsqu'il, presqu'île, quelqu'un, prud'homme. */
    private static final Set<String> ELISION_WORDS = Set.of("aujour", "jus", "lors", "puis", "quoi", "presqu", "quel",
            "prud", "entr", "presq");

    /**
     * {@code Character.isLetter(c)}, ASCII answered without the Unicode tables: the scans for glued
     * words ask it of every char of the text, and most chars are ASCII.
     */
    static boolean letter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static int[] ensure(int[] a, int size) {
        return a.length >= size ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    static int normalise(int c) {
        if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009' || c == '\u200A' || c == '\t') return ' ';
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4') return '\'';
        if (c == '\u2010' || c == '\u2011') return '-';
        return c;
    }

    private static boolean needsSpaceBefore(char prev, int c, char[] out, int n) {
        // each test asks first what is rarer, the char being a capital or a bracket
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
            return !knownMixedCase(out, n);
        }
        if ((prev == ',' || prev == ';') && Character.isLetter(c)) {
            // keep decimal commas and lists without letters untouched
            return true;
        }
        if ((prev == ')' || prev == '»') && Character.isLetterOrDigit(c)) return true;
        if ((c == '(' || c == '«') && Character.isLetter(prev)) return true;
        return false;
    }

    /** The word being built is a mixed-case name form such as McDonald or DeVito: keep it whole. */
    private static boolean knownMixedCase(char[] out, int n) {
        int start = n;
        while (start > 0 && Character.isLetter(out[start - 1])) start--;
        String word = new String(out, start, n - start);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            // lower-case start (leJapon, deBiélorussie, iPhone): glued unless a one-letter brand prefix
            return word.length() == 1 && (word.equals("i") || word.equals("e"));
        }
        return MIXED_CASE_PREFIXES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private CleanText splitGlued(CleanText clean) {
        String t = clean.text();
        // first where spaces go (each before the char at its position, in order), then the text
        // built around them: most texts need none, and are returned as they are
        int[] at = new int[16];
        int spaces = 0;
        int i = 0;
        while (i < t.length()) {
            if (!letter(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && (letter(t.charAt(j)) || t.charAt(j) == '-' && j + 1 < t.length()
                    && letter(t.charAt(j + 1)))) j++;
            String word = t.substring(i, j);
            int[] cuts = splitter.cuts(word, sentenceStart(t, i));
            if (i > 0 && Character.isDigit(t.charAt(i - 1)) && splitter.standsApartFromNumber(word, true)) {
                at = ensure(at, spaces + 1);
                at[spaces++] = i;
            }
            // a cut is taken when the scan of the word's chars reaches it, in order
            int k = 0;
            for (int w = 0; w < word.length() && k < cuts.length; w++) {
                if (cuts[k] == w) {
                    at = ensure(at, spaces + 1);
                    at[spaces++] = i + w;
                    k++;
                }
            }
            if (j < t.length() && Character.isDigit(t.charAt(j)) && splitter.standsApartFromNumber(word, false)) {
                at = ensure(at, spaces + 1);
                at[spaces++] = j;
            }
            i = j;
        }
        if (spaces == 0) return clean;
        StringBuilder out = new StringBuilder(t.length() + spaces);
        int[] map = new int[t.length() + spaces + 1];
        int n = 0;
        int from = 0;
        for (int s = 0; s <= spaces; s++) {
            int to = s < spaces ? at[s] : t.length();
            out.append(t, from, to);
            for (int c = from; c < to; c++) map[n++] = clean.sourceOffset(c);
            if (s < spaces) {
                // an inserted space maps to the source char that follows it
                out.append(' ');
                map[n++] = clean.sourceOffset(to);
            }
            from = to;
        }
        map[n] = clean.sourceOffset(t.length());
        return new CleanText(out.toString(), map);
    }

    /** True when the word at {@code i} opens a sentence: first of the text, of a line, or after . ! ? … */
    private static boolean sentenceStart(String t, int i) {
        int k = i - 1;
        while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '«' || t.charAt(k) == '"')) k--;
        if (k < 0 || t.charAt(k) == '\n') return true;
        if ("!?…".indexOf(t.charAt(k)) >= 0) return true;
        if (t.charAt(k) != '.') return false;
        int b = k;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) b--;
        // "M. Lafontaine", "Mme. Dumoulin", "J. Dupont": a title or an initial, not a sentence's end
        return !(k - b >= 1 && k - b <= 3 && Character.isUpperCase(t.charAt(b)));
    }

    /** Cuts a glued word into known words. */
    public interface WordSplitter {
        /** Positions (ascending, inside the word) before which a space belongs; empty when none. */
        int[] cuts(String word);

        /** The same, knowing whether the word opens a sentence (where a capital says nothing of a name). */
        default int[] cuts(String word, boolean sentenceStart) {
            return cuts(word);
        }

        /**
         * Whether a run of letters glued to a number is a word of its own ("le4", "2021au"), not an
         * ordinal or a unit ("14e", "10h", "5km").
         *
         * @param numberBefore true when the number comes before the letters
         */
        default boolean standsApartFromNumber(String letters, boolean numberBefore) {
            return false;
        }

        static WordSplitter never() {
            return w -> new int[0];
        }
    }
}
