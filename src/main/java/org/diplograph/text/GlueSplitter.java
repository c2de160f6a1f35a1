package org.diplograph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.DiplographException;

/**
 * Cuts a word that scraping glued together ({@code unaccord}, {@code dansle}, {@code Japonet},
 * {@code Ladélégation}) into dictionary words.
 *
 * <p>A word the dictionary knows is never cut. A lower-case word is cut where the cut with the
 * lowest cost wins, each piece costing {@code 6 + (26 - frequency class)}, so that two common words
 * beat three rare ones; pieces are at least two letters long (except {@code à}, {@code a},
 * {@code y}) and not rare (class C or better), two or three pieces at most; a three-letter word only
 * into two of the commonest short words ({@code età}).
 *
 * <p>Names are the main risk: a foreign name read as French syllables. So a capitalised word is cut
 * only after a prefix that is itself a common capitalised word ({@code Japon}, {@code Tokyo}), a
 * common word of five letters or more ({@code Bureau}, {@code Parti}) or an acronym
 * ({@code VNPT}), and before an everyday lower-case word; or, at the start of a sentence only (not
 * after {@code M.}), read in lower case and cut after a word that opens sentences
 * ({@code Ladélégation}, {@code Ila}, {@code Parconséquent}). A name that is not a French word
 * ({@code Okonkwo}, {@code Nguyen}) has no such cut.
 *
 * <p>A short supplementary list ({@code supplement.tsv}, each entry with its reason) adds words the
 * dictionary lacks or rates rare.
 */
public final class GlueSplitter implements Repair.WordSplitter {
    private static final Set<String> ONE_LETTER = Set.of("a", "à", "y");
    private static final Set<String> SHORT = Set.of("à", "a", "y", "et", "le", "la", "de", "du", "en", "un", "ne", "se",
            "ce", "il", "on", "au", "es", "les", "des");
    /** Words that open a sentence: "La délégation", "Son utilisation", "Il a", "Au cours", "Par conséquent". */
    private static final Set<String> OPENERS = Set.of("le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs",
            "ce", "cet", "cette", "ces", "du", "des", "au", "aux", "il", "ils", "elle", "elles", "on", "par", "pour", "lors",
            "plus", "dans", "sur", "selon", "en", "de");
    /** What follows a number without being a word of its own: ordinals, units. */
    private static final Set<String> NUMBER_SUFFIXES = Set.of("e", "er", "ère", "ème", "eme", "es", "ers", "ères",
            "èmes", "h", "km", "kg", "g", "m", "mm", "cm", "ha", "mw", "kw", "gw", "kv", "t", "s", "x", "min", "mn", "ms",
            "ko", "mo", "go", "to", "bis", "ter", "nd", "nde", "d", "j", "a");
    private static final int MIN_CLASS = 3;
    private static final int PROPER_CLASS = 5;
    private static final int SUPPLEMENT_CLASS = 15;
    /**
     * How common the word glued after a capitalised word must be: glue lost the space before an
     * everyday word ("Japonet", "Bureaudu"), while a surname's own ending is at best a rare word
     * ("Sangaré" is not "San garé", "Morinaga" not "Morin aga", "Fernandes" not "Fernand es").
     */
    private static final int AFTER_NAME_CLASS = 12;
    private static final int[] NONE = new int[0];
    private static final Map<String, Integer> SUPPLEMENT = supplement();

    private final FrenchDictionary dictionary;

    public GlueSplitter(FrenchDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public int[] cuts(String word) {
        return cuts(word, false);
    }

    @Override
    public int[] cuts(String word, boolean sentenceStart) {
        // the commonest words are the shortest, and never cut: no look-up for them
        if (word.length() < 3) return NONE;
        // the same words recur in every article: their cuts are worked out once
        int[] known = (sentenceStart ? atStart : inside).get(word, w -> cutsOf(w, sentenceStart));
        return known.length == 0 ? known : known.clone();
    }

    private static final int MEMO_LIMIT = 200_000;
    private final Memo<String, int[]> atStart = new Memo<>(MEMO_LIMIT);
    private final Memo<String, int[]> inside = new Memo<>(MEMO_LIMIT);

    private int[] cutsOf(String word, boolean sentenceStart) {
        if (word.length() < 3 || word.indexOf('\'') >= 0) return NONE;
        if (word.indexOf('-') >= 0) return hyphenated(word, sentenceStart);
        if (Character.isUpperCase(word.charAt(0))) return capitalised(word, sentenceStart);
        if (!Character.isLowerCase(word.charAt(0)) || known(word)) return NONE;
        if (word.length() == 3) {
            for (int i = 1; i < 3; i++) {
                if (SHORT.contains(word.substring(0, i)) && SHORT.contains(word.substring(i))) return new int[] {i};
            }
            return NONE;
        }
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

    /** "Japonet", "Bureaudu", "VNPTconstituerait", and at a sentence's start "Ladélégation". */
    private int[] capitalised(String word, boolean sentenceStart) {
        if (known(word) || word.chars().noneMatch(Character::isLowerCase)) return NONE;
        int caps = 0;
        while (caps < word.length() && Character.isUpperCase(word.charAt(caps))) caps++;
        if (caps >= 2) {
            // an acronym glued to a word: the word starts at the last capital's successor
            String rest = word.substring(caps);
            return caps < word.length() && (rest.length() >= 3 && common(rest) || SHORT.contains(rest)) ? new int[] {caps} : NONE;
        }
        for (int i = word.length() - 1; i >= 3; i--) {
            String prefix = word.substring(0, i);
            String rest = word.substring(i);
            if (!Character.isLowerCase(rest.charAt(0))) continue;
            boolean properPrefix = dictionary.frequency(prefix) >= PROPER_CLASS
                    || prefix.length() >= 5 && frequency(prefix.toLowerCase(Locale.ROOT)) >= PROPER_CLASS;
            if (!properPrefix) continue;
            // "Salinas" is not "Salin as": a two-letter tail is a function word or nothing
            if (rest.length() <= 2 && !SHORT.contains(rest)) continue;
            if (rest.length() >= 2 && frequency(rest) >= AFTER_NAME_CLASS || rest.equals("à")) return new int[] {i};
            int[] more = cuts(rest);
            if (more.length > 0 && wholeWords(rest, more) && frequency(rest.substring(0, more[0])) >= AFTER_NAME_CLASS) {
                return join(i, more);
            }
        }
        if (sentenceStart && Character.isLowerCase(word.charAt(1))) {
            // the capital is the sentence's: read the word as written in lower case
            String lower = word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
            int[] c = cuts(lower, false);
            if (c.length > 0 && OPENERS.contains(lower.substring(0, c[0]))) return c;
        }
        return NONE;
    }

    /** No piece of a cut name is a stray two-letter word: "Paulinas" is not "Pau lin as". */
    private static boolean wholeWords(String word, int[] cuts) {
        int from = 0;
        for (int k = 0; k <= cuts.length; k++) {
            String piece = word.substring(from, k < cuts.length ? cuts[k] : word.length());
            if (piece.length() <= 2 && !SHORT.contains(piece)) return false;
            if (k < cuts.length) from = cuts[k];
        }
        return true;
    }

    private static int[] join(int first, int[] more) {
        int[] out = new int[more.length + 1];
        out[0] = first;
        for (int k = 0; k < more.length; k++) out[k + 1] = first + more[k];
        return out;
    }

    /**
     * "levice-ministre", "vice-présidentde": each part on its own, offsets kept. After a capitalised
     * first part, a part in lower case belongs to the name ("Ji-hoon", "Jae-myung") and stays whole,
     * and so does every part but the last ("Reichen-Haller", "Kamau-Otieno").
     */
    private int[] hyphenated(String word, boolean sentenceStart) {
        if (known(word)) return NONE;
        List<Integer> out = new ArrayList<>();
        int start = 0;
        boolean name = Character.isUpperCase(word.charAt(0));
        String[] parts = word.split("-", -1);
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            // in a name, glue could only have lost a space after its last part: "Reichen-Haller" is whole
            if (name && k + 1 < parts.length || name && start > 0 && !part.isEmpty() && Character.isLowerCase(part.charAt(0))) {
                start += part.length() + 1;
                continue;
            }
            for (int c : cuts(part, sentenceStart && start == 0)) out.add(start + c);
            start += part.length() + 1;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean standsApartFromNumber(String letters, boolean numberBefore) {
        String w = letters.toLowerCase(Locale.ROOT);
        if (!letters.equals(w) || w.length() < 2 && !w.equals("à")) return false;
        if (numberBefore && NUMBER_SUFFIXES.contains(w)) return false;
        return common(w) || w.equals("à");
    }

    private boolean common(String w) {
        return w.length() >= 2 && frequency(w) >= MIN_CLASS;
    }

    private int piece(String p) {
        if (p.length() < 2 && !ONE_LETTER.contains(p)) return -1;
        int f = frequency(p);
        if (f < MIN_CLASS) return -1;
        return 6 + (26 - f);
    }

    private int frequency(String w) {
        return Math.max(dictionary.frequency(w), SUPPLEMENT.getOrDefault(w, 0));
    }

    private boolean known(String w) {
        return dictionary.known(w) || SUPPLEMENT.containsKey(w.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> supplement() {
        Map<String, Integer> out = new HashMap<>();
        String resource = "supplement.tsv";
        try (InputStream in = GlueSplitter.class.getResourceAsStream(resource)) {
            if (in == null) throw new DiplographException("Missing resource " + resource + " beside " + GlueSplitter.class.getName());
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.put(line.split("\t", 2)[0].strip(), SUPPLEMENT_CLASS);
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot read " + resource, e);
        }
        return Map.copyOf(out);
    }
}
