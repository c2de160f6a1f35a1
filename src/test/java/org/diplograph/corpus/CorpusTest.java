package org.diplograph.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus: reproducible, shaped like the sample pages, and true to its answers. */
class CorpusTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherPages() throws IOException {
        for (boolean html : new boolean[] {false, true}) {
            Path a = tmp.resolve("a" + html);
            Path b = tmp.resolve("b" + html);
            Corpus.Written wa = Corpus.create().seed(11).count(60).html(html).build().write(a);
            Corpus.create().seed(11).count(60).html(html).build().write(b);
            List<Path> files = files(a);
            assertEquals(120, files.size(), "60 pages and 60 answers");
            assertEquals(files.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList());
            for (Path f : files) assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
            assertEquals(60, wa.articles());
        }
        Corpus c12 = Corpus.create().seed(12).count(60).build();
        Corpus c11 = Corpus.create().seed(11).count(60).build();
        assertNotEquals(c11.page(0), c12.page(0));
        // a story does not depend on how many were made before it, nor on the count asked for
        assertEquals(c11.page(42), Corpus.create().seed(11).count(60).build().page(42));
        assertEquals(c11.answer(42), Corpus.create().seed(11).count(999).build().answer(42));
    }

    @Test
    void pagesAverageTheSamplePagesLengthWithinTenPercent() throws IOException {
        List<Integer> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                seeds.add(t.codePointCount(0, t.length()));
            }
        }
        double seedMean = seeds.stream().mapToInt(Integer::intValue).average().orElseThrow();
        for (long seed : new long[] {1, 2, 3}) {
            Corpus c = Corpus.create().seed(seed).count(300).build();
            long total = 0;
            int shortest = Integer.MAX_VALUE;
            int longest = 0;
            for (int i = 0; i < 300; i++) {
                String p = c.page(i);
                int n = p.codePointCount(0, p.length());
                total += n;
                shortest = Math.min(shortest, n);
                longest = Math.max(longest, n);
            }
            double mean = total / 300.0;
            System.out.printf("seed %d: mean %.0f characters per page (samples: %.0f), from %d to %d%n", seed, mean, seedMean,
                    shortest, longest);
            assertTrue(Math.abs(mean - seedMean) <= 0.10 * seedMean, "mean " + mean + " against " + seedMean);
            assertTrue(shortest < seedMean * 0.75 && longest > seedMean * 1.3, "lengths spread as the samples' do");
        }
    }

    @Test
    void everyFactOfAnAnswerIsWrittenInItsStory() throws IOException {
        for (boolean html : new boolean[] {false, true}) {
            Corpus c = Corpus.create().seed(5).count(200).html(html).build();
            Map<String, Integer> kinds = new HashMap<>();
            int facts = 0;
            for (int i = 0; i < 200; i++) {
                String page = squeeze(c.page(i));
                JsonNode a = JSON.readTree(c.answer(i));
                assertEquals(c.key(i), a.get("article").asText());
                for (JsonNode code : a.get("countries")) {
                    Tables.Country country = Tables.COUNTRIES.stream().filter(k -> k.code().equals(code.asText())).findFirst().orElseThrow();
                    // by its name, or by the adjective of a person's title (le ministre britannique)
                    assertTrue(page.contains(squeeze(country.name())) || page.contains(country.adjective())
                            || page.contains(country.adjectiveF()), c.key(i) + " names " + country.name());
                }
                for (JsonNode p : a.get("persons")) {
                    assertTrue(page.contains(squeeze(p.get("name").asText())), c.key(i) + " names " + p);
                    assertTrue(page.contains(squeeze(p.get("role").asText().replaceFirst("^(\\S+) .*", "$1"))), c.key(i) + ": " + p);
                    facts++;
                }
                for (JsonNode o : a.get("organizations")) {
                    String name = o.get("name").asText();
                    assertTrue(page.contains(squeeze(name.substring(name.indexOf(' ') + 1))), c.key(i) + " names " + o);
                    facts++;
                }
                for (JsonNode g : a.get("agreements")) {
                    assertTrue(page.contains(squeeze(g.get("type").asText())), c.key(i) + ": " + g);
                    assertTrue(page.contains(squeeze(g.get("place").asText())), c.key(i) + ": " + g);
                    for (JsonNode s : g.get("signatories")) assertTrue(page.contains(squeeze(s.asText())), c.key(i) + ": " + g);
                    assertTrue(page.contains(squeeze(dayMonth(g.get("date").asText()))), c.key(i) + ": " + g);
                    facts++;
                }
                for (JsonNode m : a.get("meetings")) {
                    kinds.merge(m.get("kind").asText(), 1, Integer::sum);
                    for (JsonNode s : m.get("participants")) assertTrue(page.contains(squeeze(s.asText())), c.key(i) + ": " + m);
                    if (!m.get("place").isNull()) assertTrue(page.contains(squeeze(m.get("place").asText())), c.key(i) + ": " + m);
                    if (!m.get("date").isNull()) {
                        String d = m.get("date").asText();
                        assertTrue(page.contains(squeeze(dayMonth(d))) || m.has("end"), c.key(i) + ": " + m);
                        if (!d.startsWith("--")) assertTrue(page.contains(d.substring(0, 4)), c.key(i) + " states the year: " + m);
                    }
                    facts++;
                }
            }
            assertTrue(facts > 800, facts + " facts checked");
            for (String k : List.of("meeting", "visit", "talks", "phone call", "reception", "ceremony", "conference")) {
                assertTrue(kinds.getOrDefault(k, 0) >= 3, "kind " + k + " in " + kinds);
            }
        }
    }

    @Test
    void pagesHaveCaptionsTeasersGluedWordsDatesWithAndWithoutYearsAndDuplicates() throws IOException {
        Corpus c = Corpus.create().seed(9).count(300).build();
        int teasers = 0;
        int captions = 0;
        int glued = 0;
        int withYear = 0;
        int withoutYear = 0;
        int duplicates = 0;
        for (int i = 0; i < 300; i++) {
            String page = c.page(i);
            JsonNode a = JSON.readTree(c.answer(i));
            if (page.contains("\nVoir plus\n")) teasers++;
            if (page.contains("Photo: VNA") || page.contains("Photo : VNA")) captions++;
            if (page.matches("(?s).*\\b(?:enmatière|lesdeux|laco|etle|dela|àla)\\p{L}*.*")) glued++;
            for (JsonNode m : a.get("meetings")) {
                if (m.get("date").isNull()) continue;
                if (m.get("date").asText().startsWith("--")) withoutYear++;
                else withYear++;
            }
            if (!a.get("duplicate_of").isNull()) {
                duplicates++;
                String of = a.get("duplicate_of").asText();
                int j = Integer.parseInt(of.substring(1));
                assertTrue(j < i, "a duplicate repeats an earlier story");
                JsonNode original = JSON.readTree(c.answer(j));
                assertTrue(original.get("duplicate_of").isNull(), "the original is not itself a copy");
                for (String k : List.of("countries", "pairs", "persons", "organizations", "agreements", "meetings")) {
                    assertEquals(original.get(k), a.get(k), "same facts as " + of);
                }
                assertNotEquals(c.page(j), page, "a duplicate differs a little from its original");
            }
        }
        assertTrue(teasers > 200, teasers + " pages with teasers");
        assertTrue(teasers < 300, "some pages have none");
        assertTrue(captions == 300, captions + " pages with captions");
        assertTrue(glued > 60, glued + " pages with glued words");
        assertTrue(withYear > 50 && withoutYear > 50, withYear + " dates with a year, " + withoutYear + " without");
        assertTrue(duplicates >= 8 && duplicates <= 40, duplicates + " duplicates");
        assertFalse(c.page(0).contains("null"));
    }

    private static String dayMonth(String date) {
        String[] p = date.substring(date.length() - 5).split("-");
        return Integer.parseInt(p[1]) + " " + Tables.MONTHS.get(Integer.parseInt(p[0]) - 1);
    }

    /** Text without white space: glued words lose spaces, so facts are looked for with none. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
