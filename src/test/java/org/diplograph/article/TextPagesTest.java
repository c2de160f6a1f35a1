package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPagesTest {

    @Test
    void theBomIsDroppedAndCrlfKeptSoOffsetsCountCodePointsAfterIt() throws Exception {
        SourceDoc doc = Pages.one("bom-crlf.txt");
        byte[] bytes = Files.readAllBytes(Pages.path("bom-crlf.txt"));
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(decoded.substring(1), doc.text());
        assertTrue(doc.text().contains("\r\n"));
        Page page = PageSplitter.split(doc);
        assertEquals("Le Brésil et l’Argentine signent un accord", page.title());
        assertEquals("Brasilia", page.dateline());
    }

    @Test
    void teasersAfterVoirPlusAreCutIntoItemsWithTheirCaptions() {
        SourceDoc doc = Pages.one("teasers.txt");
        Page page = PageSplitter.split(doc);
        assertEquals(3, page.teasers().size());
        Page first = page.teaser(0);
        assertEquals("La Thaïlande et l'Indonésie renforcent leur partenariat", first.title());
        assertEquals(List.of("Le Premier ministre thaïlandais Somchai Wongsakul reçoit l'ambassadeur indonésien. Photo: VNA"),
                Pages.texts(first, Page.Kind.CAPTION));
        assertEquals(1, Pages.texts(first, Page.Kind.LEAD).size());
        Page second = page.teaser(1);
        assertEquals("Ouverture d'une foire commerciale à Da Nang", second.title());
        assertTrue(Pages.texts(second, Page.Kind.CAPTION).isEmpty());
        Page third = page.teaser(2);
        assertEquals("Un festival de danse populaire à Hué", third.title());
        assertEquals(List.of("Le festival réunit des troupes de dix provinces."), Pages.texts(third, Page.Kind.LEAD));
    }

    @Test
    void linkLinesAndFootersAreBoilerplateAndNoTeaserStory() {
        Page page = PageSplitter.split(Pages.one("teasers.txt"));
        List<String> boiler = Pages.texts(page, Page.Kind.BOILERPLATE);
        assertTrue(boiler.contains(">> Le Chili, un partenaire en Amérique latine"), boiler.toString());
        for (List<Page.Unit> t : page.teasers()) {
            for (Page.Unit u : t) assertFalse(u.text(page.text()).startsWith("©"));
        }
        assertTrue(Pages.texts(page, Page.Kind.BODY).stream().noneMatch(b -> b.contains("Chili, un partenaire")));
    }

    @Test
    void aTeaserIsAnArticleOfItsOwnKeyedAfterItsPageOverThePageText() {
        SourceDoc doc = Pages.one("teasers.txt");
        List<SourceDoc> all = PageSplitter.withTeasers(doc);
        assertEquals(4, all.size());
        assertEquals(doc, all.get(0));
        SourceDoc t = all.get(2);
        assertEquals("teasers~teaser-2", t.key());
        assertTrue(t.isTeaser());
        assertEquals(new SourceDoc.Teaser("teasers", 1), t.teaser());
        assertEquals(doc.text(), t.text());
        assertEquals("Ouverture d'une foire commerciale à Da Nang", PageSplitter.split(t).title());
        assertEquals(List.of(t), PageSplitter.withTeasers(t));
    }
}
