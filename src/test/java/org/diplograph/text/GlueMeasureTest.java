package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the repair of glued words, as the figures reported in the README:
 * <ul>
 *   <li>seed 000 (glued) against seed 001 (the same story, clean): tokens of the story in one copy
 *       and not the other, before and after repair;</li>
 *   <li>the clean seeds (001 and 002; 003 and 004 have glue of their own): words repair cuts that
 *       were right as they were (must be none);</li>
 *   <li>a synthetic set: 5% of the spaces between words removed at random (fixed seed) from clean
 *       text (seeds 001 and 002 and sentences written for the test): recall (removed spaces put
 *       back) and wrong splits (spaces inserted where there was none, per word).</li>
 * </ul>
 * Run alone to read the figures: {@code mvn -q -o test -Dtest=GlueMeasureTest}.
 */
class GlueMeasureTest {
    /** Rounds of random removal over the same texts, each with its own seed: more glue, steadier figures. */
    private static final int ROUNDS = 10;
    private static Repair repair;

    @BeforeAll
    static void load() {
        repair = Repair.withSplitter(new GlueSplitter(FrenchDictionary.load()));
    }

    private static String seed(String prefix) throws IOException {
        try (var s = Files.list(Path.of("seeds"))) {
            Path f = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
    }

    /** The story's own lines (before the teaser list). */
    private static String story(String page) {
        int more = page.indexOf("\nVoir plus");
        return more < 0 ? page : page.substring(0, more);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : text.split("[\\s\\u00a0]+")) {
            String w = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replace('’', '\'');
            if (!w.isEmpty()) m.merge(w, 1, Integer::sum);
        }
        return m;
    }

    /**
     * Occurrences of tokens of {@code a} that never occur in {@code b}. The glued copy's page also
     * repeats its title above the photo, so tokens are compared as a vocabulary, not counted.
     */
    private static int unmatched(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (var e : a.entrySet()) if (!b.containsKey(e.getKey())) n += e.getValue();
        return n;
    }

    @Test
    void seed000AgainstItsCleanCopy001() throws IOException {
        String glued = story(seed("000"));
        String clean = story(seed("001"));
        Map<String, Integer> cleanTokens = tokens(clean);
        int before = unmatched(tokens(glued), cleanTokens);
        Map<String, Integer> repaired = tokens(repair.apply(glued, 0).text());
        int after = unmatched(repaired, cleanTokens);
        int total = repaired.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("glue: seed 000 vs 001: %d tokens differ before repair, %d after (of %d)%n", before, after, total);
        Set<String> left = new TreeSet<>();
        repaired.forEach((k, v) -> {
            if (!cleanTokens.containsKey(k)) left.add(k);
        });
        System.out.println("glue: still differing: " + left);
        assertTrue(after * 4 < before, before + " -> " + after);
    }

    @Test
    void noCorrectWordOfTheCleanSeedsIsSplit() throws IOException {
        List<String> wrong = new ArrayList<>();
        int words = 0;
        for (String s : List.of("001", "002")) {
            String text = seed(s);
            CleanText c = repair.apply(text, 0);
            words += tokens(text).values().stream().mapToInt(Integer::intValue).sum();
            for (int i = 0; i < c.text().length(); i++) {
                if (c.sourceOffset(i) == c.sourceOffset(i + 1) && c.text().charAt(i) == ' ' && splitsAWord(c, i)) {
                    wrong.add(s + ": " + context(c.text(), i));
                }
            }
        }
        System.out.printf("glue: clean seeds 001, 002: %d of %d words split%n", wrong.size(), words);
        assertEquals(List.of(), wrong);
    }

    /** A space inserted between two letters cuts a word (spaces after punctuation are not cuts). */
    private static boolean splitsAWord(CleanText c, int i) {
        String t = c.text();
        return i > 0 && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    @Test
    void syntheticGlueRecallAndWrongSplits() throws IOException {
        List<String> texts = List.of(story(seed("001")), story(seed("002")),
                Files.readString(Path.of("src/test/resources/text/phrases.txt"), StandardCharsets.UTF_8));
        int removed = 0;
        int restored = 0;
        int wrong = 0;
        int words = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrongs = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) for (String clean : texts) {
            Random random = new Random(20240501L + 7919L * round + clean.length());
            // baseline: what repair already does to the clean text is not the glue's doing
            Set<Integer> baseline = inserted(repair.apply(clean, 0));
            StringBuilder glued = new StringBuilder();
            Set<Integer> gaps = new TreeSet<>();   // code point index, in the glued text, of the char after a removed space
            Map<Integer, Integer> cleanIndex = new HashMap<>(); // glued cp -> clean cp
            int[] cps = clean.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                boolean between = cps[i] == ' ' && i > 0 && i + 1 < cps.length && Character.isLetterOrDigit(cps[i - 1])
                        && Character.isLetterOrDigit(cps[i + 1]);
                if (between) {
                    words++;
                    if (random.nextDouble() < 0.05) {
                        gaps.add(glued.codePointCount(0, glued.length()));
                        continue;
                    }
                }
                cleanIndex.put(glued.codePointCount(0, glued.length()), i);
                glued.appendCodePoint(cps[i]);
            }
            CleanText r = repair.apply(glued.toString(), 0);
            Set<Integer> put = inserted(r);
            for (int g : gaps) {
                removed++;
                if (put.contains(g)) restored++;
                else missed.add(context(glued.toString(), glued.offsetByCodePoints(0, g)));
            }
            for (int p : put) {
                if (gaps.contains(p)) continue;
                Integer ci = cleanIndex.get(p);
                if (ci != null && baseline.contains(ci)) continue;
                String t = glued.toString();
                int at = t.offsetByCodePoints(0, p);
                if (at > 0 && Character.isLetterOrDigit(t.charAt(at - 1)) && Character.isLetterOrDigit(t.charAt(at))) {
                    wrong++;
                    wrongs.add(context(t, at));
                }
            }
        }
        double recall = removed == 0 ? 1 : (double) restored / removed;
        double wrongRate = (double) wrong / words;
        System.out.printf("glue: synthetic set (" + ROUNDS + " rounds): %d spaces removed of %d, %d restored: recall %.3f; wrong splits %d (%.3f%% of words)%n",
                removed, words, restored, recall, wrong, 100 * wrongRate);
        System.out.println("glue: missed: " + missed);
        System.out.println("glue: wrong: " + wrongs);
        assertTrue(recall >= 0.90, "recall " + recall + "; missed " + missed);
        assertTrue(wrongRate <= 0.005, "wrong splits " + wrongs);
    }

    @Test
    void namesThatAreNotFrenchWordsAreNeverSplit() {
        for (String name : List.of("Thansamay", "Quang", "Busko", "Thongsavanh", "Phomvihane", "Kitaoka", "Sonla", "Nikai",
                "Hoàng", "Lanh", "Desmond", "Aulon")) {
            String t = "Le ministre " + name + " a reçu l'ambassadeur " + name + "-Keo.";
            assertEquals(t, repair.apply(t, 0).text(), name);
        }
    }

    /** Code point indices, into the repaired text's source, of the chars before which a space was inserted. */
    private static Set<Integer> inserted(CleanText c) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < c.text().length(); i++) {
            if (c.sourceOffset(i) == c.sourceOffset(i + 1)) out.add(c.sourceOffset(i));
        }
        return out;
    }

    private static String context(String t, int at) {
        return t.substring(Math.max(0, at - 12), Math.min(t.length(), at + 12)).replace('\n', ' ');
    }
}
