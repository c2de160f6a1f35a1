package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Facts;
import org.diplograph.extract.Span;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offset property, over the seeds, their teasers and every fixture page: for every fact, the
 * source text between its evidence offsets (code points into the source) reads as the stored
 * evidence. The repairs only insert spaces and normalise apostrophes and exotic spaces, and an HTML
 * source holds markup and entities between the words, so both sides are compared with those undone:
 * every other character must be the same, in the same order.
 */
class EvidenceOffsetsTest {
    private static final List<Facts.Article> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void extractAll() {
        Extractor x = ReferenceTables.load().extractor();
        SourceReader reader = new SourceReader((o, m) -> {
            throw new AssertionError(o + ": " + m);
        });
        List<String> inputs = List.of("seeds", Pages.path("visite.html").toString(), Pages.path("teasers.txt").toString(),
                Pages.path("bom-crlf.txt").toString());
        for (Path f : reader.files(inputs)) {
            reader.read(f, doc -> PageSplitter.withTeasers(doc).forEach(d -> ARTICLES.add(x.extract(d))));
        }
        assertTrue(ARTICLES.size() > 30, "pages and teasers: " + ARTICLES.size());
    }

    @Test
    void everyFactsEvidenceIsTheSourceTextBetweenItsOffsets() {
        int spans = 0;
        for (Facts.Article a : ARTICLES) {
            List<Span> evidence = new ArrayList<>();
            a.persons().forEach(p -> {
                evidence.add(p.evidence());
                p.offices().forEach(o -> evidence.add(o.evidence()));
            });
            a.orgs().forEach(o -> evidence.add(o.evidence()));
            a.events().forEach(e -> evidence.add(e.evidence()));
            a.agreements().forEach(g -> evidence.add(g.evidence()));
            for (Span s : evidence) {
                if (s == null) continue;
                String src = a.source().text();
                assertTrue(s.end() <= src.codePointCount(0, src.length()), a.source().key() + ": " + s);
                String raw = Pages.codePoints(src, s.begin(), s.end());
                String read = a.source().format() == SourceDoc.Format.HTML
                        ? Parser.unescapeEntities(raw.replaceAll("<[^>]*>", ""), false) : raw;
                assertEquals(unrepaired(s.text()), unrepaired(read), a.source().key() + " " + s.begin() + ".." + s.end());
                spans++;
            }
        }
        assertTrue(spans > 150, "evidence spans checked: " + spans);
    }

    @Test
    void evidenceOfAnHtmlPageBeginsAndEndsOnTheWordsNotTheMarkup() {
        Facts.Article html = ARTICLES.stream().filter(a -> a.source().key().equals("visite")).findFirst().orElseThrow();
        assertTrue(!html.events().isEmpty() || !html.agreements().isEmpty(), "the visit or the signing is read");
        for (Facts.Agreement g : html.agreements()) {
            String raw = Pages.codePoints(html.source().text(), g.evidence().begin(), g.evidence().end());
            assertTrue(raw.startsWith("Les deux ministres ont signé"), raw);
            assertTrue(raw.contains("coop&eacute;ration") && raw.contains("<b>énergie</b>"), raw);
        }
    }

    @Test
    void aTeasersEvidencePointsIntoItsPagesTextAfterTheMainStory() {
        for (Facts.Article a : ARTICLES) {
            if (!a.source().isTeaser()) continue;
            assertTrue(a.teaser(), a.source().key());
            String src = a.source().text();
            int more = src.codePointCount(0, Math.max(src.indexOf("Voir plus"), src.indexOf("Autres articles")));
            for (Facts.Person p : a.persons()) {
                assertTrue(p.evidence().begin() > more, a.source().key() + ": " + p.name() + " at " + p.evidence());
            }
        }
    }

    /** The text with what repair and markup change undone: spaces gone, apostrophes and dashes plain. */
    static String unrepaired(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f\\u2007\\u2009\\u200a]+", "").replaceAll("[\\u2019\\u2018\\u02bc\\u00b4]", "'")
                .replaceAll("[\\u2010\\u2011]", "-");
    }
}
