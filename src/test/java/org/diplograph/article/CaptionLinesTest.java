package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Caption lines found behind their cue words are the lines the caption patterns find. */
class CaptionLinesTest {

    @Test
    void captionCuesNeverHideACaption() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Le ministre à Berne. Photo : AFP", "Ảnh 2 Le ministre", "ảNH3", "PHOTOS/AFP",
                "Crédit photo Marc Durand.", "CRÉDIT : X", "Source : agence", "Le sourcier a parlé", "Photographie du jour"));
        for (String dir : List.of("seeds", "src/test/resources/devset/pages")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    for (String l : Files.readString(f).split("\n")) {
                        lines.add(l);
                        lines.add(l.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        int captions = 0;
        for (String l : lines) {
            String lower = l.toLowerCase(Locale.ROOT);
            boolean credit = PageSplitter.CAPTION_CREDIT.matcher(l).find();
            assertEquals(credit, PageSplitter.captionCredit(l, lower), l);
            boolean marker = PageSplitter.IMAGE_MARKER.matcher(l).find();
            if (marker) assertTrue(lower.contains(PageSplitter.IMAGE_WORD), l);
            if (credit || marker) captions++;
        }
        assertTrue(captions > 20, captions + " caption lines");
    }
}
