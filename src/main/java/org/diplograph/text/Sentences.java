package org.diplograph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits clean text into sentences.
 *
 * <p>A sentence ends at {@code . ! ?} (or an ellipsis) followed by white space and a capital, a
 * digit or an opening quote, unless the word before the period is an abbreviation ({@code M.},
 * {@code Mme.}, {@code n°}, initials). A blank line ends a sentence only when the line before it
 * ends with closing punctuation or the next line starts with a capital: scraped pages often break
 * lines in the middle of a sentence.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st",
            "ste", "me", "etc", "av", "apr", "j.-c", "vol", "p", "art", "no", "n°", "env", "cf", "gén", "col", "lt");

    private Sentences() {}

    /** Char ranges [begin, end) of the sentences of {@code t}, trimmed, in order. */
    public static List<int[]> split(String t) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && (t.charAt(j) == '.' || t.charAt(j) == '"' || t.charAt(j) == '»' || t.charAt(j) == ')')) j++;
                int k = j;
                while (k < n && Character.isWhitespace(t.charAt(k))) k++;
                if (k > j && (k == n || startsSentence(t.charAt(k))) && !(c == '.' && abbreviation(t, i))) {
                    add(out, t, start, j);
                    start = k;
                    i = k - 1;
                }
            } else if (c == '\n') {
                int k = i;
                int newlines = 0;
                while (k < n && Character.isWhitespace(t.charAt(k))) {
                    if (t.charAt(k) == '\n') newlines++;
                    k++;
                }
                if (k < n && newlines >= 1 && lineBreakEnds(t, start, i, k)) {
                    add(out, t, start, i);
                    start = k;
                    i = k - 1;
                }
            }
        }
        add(out, t, start, n);
        return out;
    }

    private static boolean lineBreakEnds(String t, int start, int i, int next) {
        int p = i - 1;
        while (p >= start && Character.isWhitespace(t.charAt(p))) p--;
        if (p < start) return false;
        char last = t.charAt(p);
        if (".!?…:»\"".indexOf(last) >= 0) return true;
        char first = t.charAt(next);
        // A title or caption line without final punctuation, followed by a new capitalised line.
        return Character.isUpperCase(first) && last != ',' && last != '(' && !Character.isLowerCase(first);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"' || c == '(' || c == '-'
                || c == '–' || c == '—';
    }

    private static boolean abbreviation(String t, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(t.charAt(b - 1)) || t.charAt(b - 1) == '°' || t.charAt(b - 1) == '-')) b--;
        String w = t.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        if (w.length() == 1 && Character.isUpperCase(t.charAt(b))) return true; // an initial: "J. Smith"
        return ABBREVIATIONS.contains(w);
    }

    private static void add(List<int[]> out, String t, int b, int e) {
        while (b < e && Character.isWhitespace(t.charAt(b))) b++;
        while (e > b && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e > b) out.add(new int[] {b, e});
    }
}
