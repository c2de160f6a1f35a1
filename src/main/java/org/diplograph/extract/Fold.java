package org.diplograph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison keys for French and Vietnamese names: lower case, no diacritics, one kind of apostrophe. */
final class Fold {
    private Fold() {}

    /** Below this char, {@link #fold} is looked up char by char in {@link #TABLE}. */
    private static final char TABLE_END = 0x250;
    /**
     * The fold of each char below U+0250 (Latin letters with their accents), made by the full
     * method. Every such char starts a canonical sequence (combining class 0), so the NFD of a
     * string of them is the NFDs of its chars put end to end, and their lower case is taken char by
     * char (no Greek sigma): a string of them folds to its chars' folds put end to end.
     */
    private static final String[] TABLE = new String[TABLE_END];

    /** The fold of each char below U+0250 when it is one char, else {@link #MANY}: appended without a String. */
    private static final char[] ONE = new char[TABLE_END];
    private static final char MANY = '\uFFFF';
    /** The letters a-z and digits of each char's fold below U+0250, for {@link #alnum}. */
    private static final String[] ALNUM = new String[TABLE_END];
    /** The same when it is one char, 0 when it is none, else {@link #MANY}: hashed without a String. */
    private static final char[] ALNUM_ONE = new char[TABLE_END];

    /** The longest fold of a char of the table, at least 1: a folded text's length is at most this times the text's. */
    private static final int LONGEST;

    static {
        int longest = 1;
        for (char c = 0; c < TABLE_END; c++) {
            TABLE[c] = slowFold(String.valueOf(c));
            longest = Math.max(longest, TABLE[c].length());
            ONE[c] = TABLE[c].length() == 1 ? TABLE[c].charAt(0) : MANY;
            ALNUM[c] = keepAlnum(TABLE[c]);
            ALNUM_ONE[c] = ALNUM[c].isEmpty() ? 0 : ALNUM[c].length() == 1 ? ALNUM[c].charAt(0) : MANY;
        }
        LONGEST = longest;
    }

    static String fold(String s) {
        char[] out = null;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char one;
            if (c < TABLE_END) {
                one = ONE[c];
            } else if (c == '’' || c == '‘' || c == 'ʼ') {
                one = '\'';
            } else {
                return slowFold(s);
            }
            if (out == null) {
                // most words are their own fold: no copy until a char changes
                if (one == c) continue;
                out = new char[(s.length() - i) * LONGEST + i];
                s.getChars(0, i, out, 0);
                n = i;
            }
            if (one != MANY) {
                out[n++] = one;
            } else {
                TABLE[c].getChars(0, TABLE[c].length(), out, n);
                n += TABLE[c].length();
            }
        }
        return out == null ? s : new String(out, 0, n);
    }

    /** The definition: NFD, combining marks dropped, a few letters and apostrophes mapped, lower case. */
    static String slowFold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'đ', 'Đ' -> b.append('d');
                case '’', '‘', 'ʼ' -> b.append('\'');
                case 'œ', 'Œ' -> b.append("oe");
                case 'æ', 'Æ' -> b.append("ae");
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Slug for keys: folded, non-alphanumerics to single dashes. */
    static String slug(String s) {
        // as fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""), without the patterns
        String f = fold(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean gap = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) b.append('-');
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** The letters a-z and digits of {@code fold(s)}, as {@code fold(s).replaceAll("[^a-z0-9]", "")}. */
    static String alnum(String s) {
        // fold(s) is its chars' folds end to end when they are all in the table or apostrophes
        // (which keep nothing): so are its letters and digits
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < TABLE_END) {
                String a = ALNUM[c];
                if (a.length() == 1) b.append(a.charAt(0));
                else if (!a.isEmpty()) b.append(a);
            } else if (c != '’' && c != '‘' && c != 'ʼ') {
                return keepAlnum(fold(s));
            }
        }
        return b.toString();
    }

    /**
     * {@code alnum(s).hashCode()}, without making the string: {@code String.hashCode} taken over the
     * same chars in the same order, so equal keys have equal hashes.
     */
    static int alnumHash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < TABLE_END) {
                char one = ALNUM_ONE[c];
                if (one == MANY) {
                    String a = ALNUM[c];
                    for (int k = 0; k < a.length(); k++) h = 31 * h + a.charAt(k);
                } else if (one != 0) {
                    h = 31 * h + one;
                }
            } else if (c != '’' && c != '‘' && c != 'ʼ') {
                return alnum(s).hashCode();
            }
        }
        return h;
    }

    private static String keepAlnum(String f) {
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') b.append(c);
        }
        return b.toString();
    }
}
