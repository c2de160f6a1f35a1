package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.Facts;
import org.junit.jupiter.api.Test;

/** How the parts of a page feed extraction: teasers, captions, a lead restated in the body. */
class PageExtractionTest {
    private static final Extractor X = ReferenceTables.load().extractor();

    @Test
    void theLeadRestatedAsTheFirstBodySentenceIsOneSourceOfFacts() {
        Facts.Article a = X.extract(Pages.one("teasers.txt"));
        assertEquals(1, a.agreements().size(), a.agreements().toString());
        String src = a.source().text();
        int lead = src.codePointCount(0, src.indexOf("Le ministre vietnamien de l'Éducation"));
        assertEquals(lead, a.agreements().get(0).evidence().begin(), "the first statement is the evidence");
        assertTrue(a.persons().stream().noneMatch(p -> p.name().contains("Somchai")), "teasers are not the main story");
    }

    @Test
    void aTeaserIsReadLikeAnArticleAtLowerConfidence() {
        SourceDoc page = Pages.one("teasers.txt");
        SourceDoc teaser = PageSplitter.withTeasers(page).get(1);
        Facts.Article t = X.extract(teaser);
        assertTrue(t.teaser());
        assertEquals("La Thaïlande et l'Indonésie renforcent leur partenariat", t.title());

        Page p = PageSplitter.split(teaser);
        StringBuilder alone = new StringBuilder();
        for (Page.Unit u : p.units()) if (u.kind() != Page.Kind.CAPTION) alone.append(u.text(p.text())).append("\n\n");
        Facts.Article standalone = X.extract(SourceDoc.of("alone", "test", alone.toString()));
        assertFalse(standalone.persons().isEmpty());
        for (Facts.Person sp : standalone.persons()) {
            Facts.Person tp = t.persons().stream().filter(x -> x.key().equals(sp.key())).findFirst().orElseThrow(
                    () -> new AssertionError(sp.name() + " not found in the teaser"));
            assertTrue(tp.confidence() < sp.confidence(), tp.name() + " " + tp.confidence() + " vs " + sp.confidence());
        }
        assertEquals(standalone.events().size(), t.events().size());
        for (int i = 0; i < t.events().size(); i++) {
            assertTrue(t.events().get(i).confidence() < standalone.events().get(i).confidence());
        }
    }

    @Test
    void aCaptionNamesPeopleButMakesNoEventOrAgreement() {
        String page = String.join("\n\n",
                "Coopération agricole au programme",
                "Le ministre péruvien de l'Agriculture, Luis Carranza, reçoit l'ambassadeur du Canada, Marc Dubreuil, le 4 mai à Lima. Photo : VNA",
                "Lima (VNA) – La production de café a atteint un niveau record cette année, selon les chiffres publiés par les"
                        + " autorités. -VNA");
        Facts.Article a = X.extract(SourceDoc.of("legende", "test", page));
        assertTrue(a.events().isEmpty(), a.events().toString());
        assertTrue(a.agreements().isEmpty());
        assertTrue(a.persons().stream().anyMatch(p -> p.name().equals("Luis Carranza")), a.persons().toString());
    }

    @Test
    void anHtmlTeaserIsItsOwnArticleToo() {
        SourceDoc page = Pages.one("visite.html");
        List<SourceDoc> all = PageSplitter.withTeasers(page);
        assertEquals(3, all.size());
        Facts.Article laos = X.extract(all.get(1));
        assertTrue(laos.teaser());
        assertEquals("Le Laos et le Cambodge signent un accord commercial", laos.title());
        assertTrue(laos.persons().stream().anyMatch(p -> p.name().equals("Somphet Keola")), laos.persons().toString());
        Facts.Article main = X.extract(page);
        assertFalse(main.teaser());
        assertTrue(main.persons().stream().noneMatch(p -> p.name().equals("Somphet Keola")));
    }
}
