package org.diplograph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scraped text loses spaces where lines were joined ({@code delacoopération}, {@code auBrésil}): about
 * half the stories lose between 1.5% and 5% of the spaces between two letters of their body
 * paragraphs. Titles, leads shown under the title, captions and teasers are left as written.
 */
final class Glue {
    private Glue() {}

    static Story apply(Story s, SplittableRandom r) {
        if (r.nextBoolean()) return s;
        double rate = 0.015 + r.nextDouble() * 0.035;
        List<Story.Part> body = new ArrayList<>(s.body().size());
        for (Story.Part p : s.body()) body.add(p.caption() ? p : new Story.Part(glue(p.text(), rate, r), p.kind()));
        return new Story(s.key(), s.duplicateOf(), s.title(), s.summary(), s.dateline(), List.copyOf(body), s.teasers(), s.facts());
    }

    static String glue(String text, double rate, SplittableRandom r) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1)) && r.nextDouble() < rate) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
