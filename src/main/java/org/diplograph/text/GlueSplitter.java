package org.diplograph.text;

import java.util.Set;

/**
 * Cuts a lower-case word that scraping glued together ({@code unaccord}, {@code dansle},
 * {@code signetoujours}) into dictionary words.
 *
 * <p>A word the dictionary knows is never cut, nor is a capitalised word (names are the main risk:
 * a foreign name read as French syllables). Otherwise the cut with the lowest cost wins, each
 * piece costing {@code 6 + (26 - frequency class)}, so that two common words beat three rare
 * ones. Pieces are at least two letters long (except {@code à}, {@code a}, {@code y}) and not
 * rare (class C or better), two or three pieces at most. A word with no such cut is left alone.
 */
public final class GlueSplitter implements Repair.WordSplitter {
    private static final Set<String> ONE_LETTER = Set.of("a", "à", "y");
    private static final int MIN_CLASS = 3;
    private static final int[] NONE = new int[0];

    private final FrenchDictionary dictionary;

    public GlueSplitter(FrenchDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public int[] cuts(String word) {
        if (word.length() < 4 || !Character.isLowerCase(word.charAt(0)) || word.indexOf('\'') >= 0) return NONE;
        if (word.indexOf('-') >= 0) return hyphenated(word);
        if (dictionary.known(word)) return NONE;
        int n = word.length();
        int bestCost = Integer.MAX_VALUE;
        int[] best = NONE;
        for (int i = 1; i < n; i++) {
            int a = piece(word.substring(0, i));
            if (a < 0) continue;
            int b = piece(word.substring(i));
            if (b >= 0 && a + b < bestCost) {
                bestCost = a + b;
                best = new int[] {i};
            }
            for (int j = i + 1; j < n; j++) {
                int m = piece(word.substring(i, j));
                if (m < 0) continue;
                int c = piece(word.substring(j));
                if (c >= 0 && a + m + c + 4 < bestCost) {
                    bestCost = a + m + c + 4;
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    /** "levice-ministre", "vice-présidentde": each part on its own, offsets kept. */
    private int[] hyphenated(String word) {
        if (dictionary.known(word)) return NONE;
        java.util.List<Integer> out = new java.util.ArrayList<>();
        int start = 0;
        for (String part : word.split("-", -1)) {
            for (int c : cuts(part)) out.add(start + c);
            start += part.length() + 1;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int piece(String p) {
        if (p.length() < 2 && !ONE_LETTER.contains(p)) return -1;
        int f = dictionary.frequency(p);
        if (f < MIN_CLASS) return -1;
        return 6 + (26 - f);
    }
}
