package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The teaser lists of the sample pages, counted by hand: one teaser per story listed after "Voir plus". */
class SeedPagesTest {
    private static SourceDoc seed(String prefix) {
        List<SourceDoc> out = new ArrayList<>();
        SourceReader r = new SourceReader((o, m) -> {
            throw new AssertionError(o + ": " + m);
        });
        for (Path f : r.files(List.of("seeds/" + prefix + "_*.txt"))) r.read(f, out::add);
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void eachStoryListedAfterVoirPlusIsOneTeaser() {
        assertEquals(9, PageSplitter.split(seed("000")).teasers().size());
        assertEquals(0, PageSplitter.split(seed("001")).teasers().size());
        assertEquals(4, PageSplitter.split(seed("002")).teasers().size());
        assertEquals(7, PageSplitter.split(seed("003")).teasers().size());
        assertEquals(5, PageSplitter.split(seed("004")).teasers().size());
    }

    @Test
    void aCaptionWithoutCreditAboveTheSameTitleIsACaption() {
        Page page = PageSplitter.split(seed("000"));
        Page union = page.teasers().stream().map(t -> page.teaser(page.teasers().indexOf(t)))
                .filter(p -> p.title() != null && p.title().startsWith("L’Union des femmes")).findFirst().orElseThrow();
        assertEquals(1, Pages.texts(union, Page.Kind.CAPTION).size());
        assertEquals(1, Pages.texts(union, Page.Kind.LEAD).size());
        assertTrue(Pages.texts(union, Page.Kind.LEAD).get(0).startsWith("À l’occasion du 50e anniversaire"));
    }

    @Test
    void everyTeaserHasATitleAndALead() {
        for (String s : List.of("000", "002", "003", "004")) {
            Page page = PageSplitter.split(seed(s));
            for (int i = 0; i < page.teasers().size(); i++) {
                Page t = page.teaser(i);
                assertEquals(1, Pages.texts(t, Page.Kind.TITLE).size(), s + " teaser " + i);
                assertEquals(1, Pages.texts(t, Page.Kind.LEAD).size(), s + " teaser " + i + ": " + t.title());
            }
        }
    }
}
