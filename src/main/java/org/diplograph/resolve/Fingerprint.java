package org.diplograph.resolve;

import java.util.HexFormat;
import org.diplograph.extract.Facts;

/**
 * A MinHash signature of a story's text, for finding the same story published twice.
 *
 * <p>The text is reduced to its letters and digits, folded to lower case without diacritics, so
 * that a copy whose words were glued together by scraping ({@code unaccord}) still reads the
 * same as the clean one. Shingles are the 10-character windows of that string; the signature keeps,
 * for 64 fixed hash functions, the smallest hash of any shingle. The share of equal positions in
 * two signatures estimates the Jaccard similarity of their shingle sets.
 */
public final class Fingerprint {
    /** The number of words of a signature, each written as 8 hex digits. */
    public static final int SIZE = 64;
    private static final int SHINGLE = 10;
    private static final long[] SEEDS = new long[SIZE];
    /** Hash function k is {@code h * MUL[k] + ADD[k]}, its top 31 bits: the seeds laid out once for the inner loop. */
    private static final long[] MUL = new long[SIZE];
    private static final long[] ADD = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            SEEDS[i] = x;
        }
        for (int k = 0; k < SIZE; k++) {
            MUL[k] = SEEDS[k] | 1L;
            ADD[k] = SEEDS[(k + 1) % SIZE];
        }
    }

    private Fingerprint() {}

    /**
     * The facts with the fingerprint of their story ({@link Facts.Article#story()}) set: resolution,
     * not extraction, decides how copies are compared. Facts without a story are returned as they are.
     */
    public static Facts.Article fingerprinted(Facts.Article facts) {
        return facts.story() == null ? facts : facts.withFingerprint(of(facts.story()));
    }

    /** The signature of {@code text} as 64 hex words, or null when the text is too short to compare. */
    public static String of(String text) {
        String s = letters(text);
        if (s.length() < SHINGLE * 4) return null;
        // the String.hashCode of each 10-character window, rolled along instead of cut out, then
        // mixed. Repeated windows are kept: they change no minimum, and the vector loop below takes
        // them for less than a set would cost to leave them out
        int n = s.length() - SHINGLE + 1;
        long[] hashes = new long[n];
        int pow = 1;
        for (int j = 0; j < SHINGLE; j++) pow *= 31;
        int window = s.substring(0, SHINGLE - 1).hashCode();
        for (int i = 0; i < n; i++) {
            window = window * 31 + s.charAt(i + SHINGLE - 1);
            if (i > 0) window -= pow * s.charAt(i - 1);
            hashes[i] = mix(window);
        }
        // the least value of each hash function over the windows: for each window, the 64 functions
        // side by side over arrays, a loop the compiler turns into vector instructions. The minimum is
        // taken without a branch or a conditional move (which do not vectorise): the values are below
        // 2^31, so d = v - least never overflows and d >> 63 is all ones exactly when v is less
        long[] least = new long[SIZE];
        java.util.Arrays.fill(least, Integer.MAX_VALUE);
        for (long h : hashes) {
            for (int k = 0; k < SIZE; k++) {
                long d = ((h * MUL[k] + ADD[k]) >>> 33) - least[k];
                least[k] += d & (d >> 63);
            }
        }
        int[] min = new int[SIZE];
        for (int k = 0; k < SIZE; k++) min[k] = (int) least[k];
        StringBuilder b = new StringBuilder(SIZE * 8);
        HexFormat hex = HexFormat.of();
        for (int v : min) b.append(hex.toHexDigits(v));
        return b.toString();
    }

    /**
     * The definition of {@link #of}: every 10-character window cut out, its {@code String.hashCode}
     * mixed, and for each of the 64 functions its least value over all the windows, repeats included.
     */
    static String slowOf(String text) {
        String s = letters(text);
        if (s.length() < SHINGLE * 4) return null;
        int[] min = new int[SIZE];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            long h = mix(s.substring(i, i + SHINGLE).hashCode());
            for (int k = 0; k < SIZE; k++) min[k] = (int) Math.min(min[k], (h * MUL[k] + ADD[k]) >>> 33);
        }
        StringBuilder b = new StringBuilder(SIZE * 8);
        for (int v : min) b.append(HexFormat.of().toHexDigits(v));
        return b.toString();
    }

    /** Estimated Jaccard similarity of two signatures, 0 to 1; 0 when either is missing or malformed. */
    public static double similarity(String a, String b) {
        if (a == null || b == null || a.length() != SIZE * 8 || b.length() != SIZE * 8) return 0;
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (a.regionMatches(k * 8, b, k * 8, 8)) same++;
        }
        return same / (double) SIZE;
    }

    /**
     * The text's letters and digits after canonical decomposition, in lower case: as
     * {@link #slowLetters}, char by char from a table for the chars of {@link #TABLED}.
     *
     * <p>Why the table gives the same: the NFD of a string is the NFDs of its chars put end to end,
     * then each run of combining marks (chars of non-zero combining class) sorted by class. Every
     * char these blocks decompose to that has a non-zero class is a combining mark, never a letter or
     * digit, so it is dropped wherever the sorting puts it; letters and digits are starters and
     * keep their order. Lower case is taken char by char either way. Text with any other char
     * (Greek, CJK, Hangul, surrogates...) takes the full method.
     */
    static String letters(String text) {
        char[] out = new char[text.length() + 16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // the first block holds most chars of a French text: one char or none, without a String
            if (c < FIRST.length && FIRST[c] != MANY) {
                if (FIRST[c] == NONE) continue;
                if (n == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                out[n++] = FIRST[c];
                continue;
            }
            String f = c < TABLED[0][1] ? TABLE[0][c] : tabled(c);
            if (f == null) return slowLetters(text);
            if (n + f.length() > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + f.length()));
            if (f.length() == 1) {
                out[n++] = f.charAt(0);
            } else {
                f.getChars(0, f.length(), out, n);
                n += f.length();
            }
        }
        return new String(out, 0, n);
    }

    /**
     * The blocks in the table: Latin with its extensions and Vietnamese letters, combining
     * diacritical marks, general punctuation (typographic quotes, dashes, spaces).
     */
    static final char[][] TABLED = {{0, 0x250}, {0x300, 0x370}, {0x1E00, 0x1F00}, {0x2000, 0x2070}};
    private static final String[][] TABLE = new String[TABLED.length][];

    static {
        for (int r = 0; r < TABLED.length; r++) {
            TABLE[r] = new String[TABLED[r][1] - TABLED[r][0]];
            for (int c = TABLED[r][0]; c < TABLED[r][1]; c++) TABLE[r][c - TABLED[r][0]] = slowLetters(String.valueOf((char) c));
        }
    }

    /** The first block's chars as one char each: {@link #NONE} for none, {@link #MANY} for several or unknown. */
    private static final char[] FIRST = new char[TABLED[0][1]];
    private static final char NONE = 0;
    private static final char MANY = '\uFFFF';

    static {
        for (int c = 0; c < FIRST.length; c++) {
            String f = TABLE[0][c];
            FIRST[c] = f == null || f.length() > 1 ? MANY : f.isEmpty() ? NONE : f.charAt(0);
        }
    }

    private static String tabled(char c) {
        for (int r = 0; r < TABLED.length; r++) {
            if (c < TABLED[r][0]) return null;
            if (c < TABLED[r][1]) return TABLE[r][c - TABLED[r][0]];
        }
        return null;
    }

    /** The definition of {@link #letters}: NFD, letters and digits kept, lower case. */
    static String slowLetters(String text) {
        String d = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
