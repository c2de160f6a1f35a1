package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlPagesTest {
    private final SourceDoc doc = Pages.one("visite.html");
    private final Page page = PageSplitter.split(doc);

    @Test
    void anHtmlFileIsReadAsHtmlWithItsSourceAsText() throws Exception {
        assertEquals(SourceDoc.Format.HTML, doc.format());
        assertEquals("visite", doc.key());
        assertEquals(java.nio.file.Files.readString(Pages.path("visite.html")), doc.text());
    }

    @Test
    void titleLeadBodyAndCaptionComeFromTheArticleMarkup() {
        assertEquals("Le Vietnam et la Tchéquie renforcent leur coopération économique", page.title());
        assertEquals(List.of("Le chef de la diplomatie tchèque, Tomas Veselik, effectue une visite officielle au Vietnam du 11 au 13 mars."),
                Pages.texts(page, Page.Kind.LEAD));
        assertEquals(List.of("Le ministre Nguyen Van Tam (droite) et son homologue tchèque Tomas Veselik. Photo\u00a0: VNA"),
                Pages.texts(page, Page.Kind.CAPTION));
        List<String> body = Pages.texts(page, Page.Kind.BODY);
        assertEquals(3, body.size(), body.toString());
        assertTrue(body.get(0).startsWith("Le ministre vietnamien des Affaires étrangères"), body.get(0));
        assertEquals("Les deux ministres ont signé un protocole d\u2019accord sur la coopération dans le domaine de l\u2019énergie propre.",
                body.get(1));
        assertTrue(body.get(2).endsWith("Ils sont convenus de se revoir l’an prochain."), body.get(2));
        assertEquals("Hanoi", page.dateline());
        assertEquals("VNA", page.agency());
    }

    @Test
    void navigationScriptsBylinesSharingAndFootersAreLeftOut() {
        for (String gone : new String[] {"Accueil", "pageViews", "Par la rédaction", "Partager", "Tous droits réservés",
                "margin"}) {
            assertFalse(page.text().contains(gone), gone + " in " + page.text());
        }
    }

    @Test
    void eachTeaserOfTheRelatedListIsItsOwnTitleLeadAndCaption() {
        assertEquals(2, page.teasers().size());
        Page first = page.teaser(0);
        assertEquals("Le Laos et le Cambodge signent un accord commercial", first.title());
        assertEquals(1, Pages.texts(first, Page.Kind.LEAD).size());
        Page second = page.teaser(1);
        assertEquals("Ouverture d'un salon du livre à Hué", second.title());
        assertEquals(List.of("Des visiteurs au salon du livre. Photo : VNA"), Pages.texts(second, Page.Kind.CAPTION));
        assertNull(second.dateline());
        assertTrue(Pages.texts(page, Page.Kind.BODY).stream().noneMatch(t -> t.contains("Phnom Penh")));
    }

    @Test
    void everyCodePointOfTheTextMapsBackToTheSameTextInTheHtmlSource() {
        String src = doc.text();
        List<Page.Unit> all = new java.util.ArrayList<>(page.units());
        page.teasers().forEach(all::addAll);
        for (Page.Unit u : all) {
            int b = page.text().codePointCount(0, u.begin());
            int e = page.text().codePointCount(0, u.end());
            String raw = Pages.codePoints(src, page.sourceOffset(b), page.sourceOffset(e));
            String fromSource = Parser.unescapeEntities(raw.replaceAll("<[^>]*>", ""), false);
            assertEquals(squeeze(u.text(page.text())), squeeze(fromSource), u.kind() + " at " + raw);
        }
    }

    @Test
    void aPageWithoutArticleTextIsReportedAndSkipped() {
        List<String> problems = new java.util.ArrayList<>();
        List<SourceDoc> docs = new java.util.ArrayList<>();
        new SourceReader((o, m) -> problems.add(o + ": " + m)).read(Pages.path("vide.html"), docs::add);
        assertTrue(docs.isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("vide.html") && problems.get(0).contains("no article text"), problems.get(0));
    }

    @Test
    void aJsonRecordMayCarryHtml() {
        String json = "{\"id\": \"r1\", \"html\": \"<html><body><article><h1>Un titre sans point</h1>"
                + "<p>Le ministre du Commerce, Paul Lenoir, a reçu le 2 mai son homologue belge.</p></article></body></html>\","
                + " \"published\": \"2024-05\", \"url\": \"https://example.org/r1\", \"language\": \"fr\"}";
        SourceDoc r = JsonRecords.read(json).get(0);
        assertEquals(SourceDoc.Format.HTML, r.format());
        assertEquals("2024-05", r.published());
        assertEquals("https://example.org/r1", r.url());
        assertEquals("fr", r.language());
        Page p = PageSplitter.split(r);
        assertEquals("Un titre sans point", p.title());
        assertEquals(1, Pages.texts(p, Page.Kind.BODY).size());
    }

    private static Page htmlRecord(String html) {
        String json = "{\"id\": \"h\", \"html\": " + new com.fasterxml.jackson.databind.node.TextNode(html).toString() + "}";
        return PageSplitter.split(JsonRecords.read(json).get(0));
    }

    @Test
    void theHeadIsReadFromTheParsedMarkup() {
        Page p = htmlRecord("<html><head><title>Un accord signé &ndash; Le Courrier de Nulle-Part</title>"
                + "<meta property=\"og:site_name\" content=\"La Gazette du Nord\">"
                + "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-11-03T08:00:00+07:00\"}]}</script>"
                + "<meta property=\"article:published_time\" content=\"2024-11-04T09:00:00Z\"></head>"
                + "<body><article><h1>Un accord signé</h1><div class=\"post-date\">Publié le 05/11/2024 à 10:00</div>"
                + "<p>Le ministre du Commerce, Paul Lenoir, a reçu le 2 novembre son homologue belge.</p></article></body></html>");
        PageHead head = p.head();
        assertEquals("2024-11-03", head.published(), "the first in the page's order, a JSON-LD block's here");
        assertEquals(List.of("Publié le 05/11/2024 à 10:00"), head.dateBlocks());
        assertEquals("La Gazette du Nord", head.siteName());
        assertEquals("Un accord signé \u2013 Le Courrier de Nulle-Part", head.title());
    }

    @Test
    void aTimeElementOrAMetaGivesTheDayAndBrokenJsonLdNothing() {
        Page p = htmlRecord("<html><head><script type=\"application/ld+json\">{\"datePublished\": </script></head>"
                + "<body><article><h1>Titre</h1><time datetime=\"2023-02-01T10:00\">1er février</time>"
                + "<p>Le ministre du Commerce, Paul Lenoir, a reçu le 2 mai son homologue belge.</p></article></body></html>");
        assertEquals("2023-02-01", p.head().published());
        assertNull(p.head().siteName());
        Page text = PageSplitter.split(SourceDoc.of("t", "t.txt", "Titre\n\nLe ministre a reçu son homologue.\n"));
        assertEquals(PageHead.NONE, text.head());
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00a0]+", "");
    }

    @Test
    void aSidebarOfTheSitesOtherStoriesIsNoPartOfTheStory() {
        String html = """
                <html><body><h1>Le Togo et le Ghana signent un accord</h1>
                <div class="content"><p>Lomé, 4 mai (ATP) – Les deux ministres ont signé un accord de coopération.</p></div>
                <div class="sidebar"><h4>À la une</h4><ul><li>Kara : la Banque mondiale signe deux accords de financement</li></ul></div>
                </body></html>
                """;
        Page p = PageSplitter.split(new SourceDoc("une", "une.html", html, null, null, null, "fr", SourceDoc.Format.HTML, null));
        assertTrue(Pages.texts(p, Page.Kind.BODY).stream().noneMatch(t -> t.contains("Kara")), Pages.texts(p, Page.Kind.BODY).toString());
    }
}
