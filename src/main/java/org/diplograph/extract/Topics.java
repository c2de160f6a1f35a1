package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cooperation topics by the French words that signal them ({@link TopicWord}; the bundled ones are
 * the {@code dip:keyword} literals of the topic scheme in {@code ontology/schemes.ttl}, so the
 * scheme is the one place topics are defined). Longer keywords are tried first: "gouvernement
 * électronique" before "gouvernement".
 */
final class Topics {
    private record Keyword(String folded, String topic) {}

    private final List<Keyword> keywords;

    private Topics(List<Keyword> keywords) {
        this.keywords = keywords;
    }

    static Topics of(List<TopicWord> words) {
        List<Keyword> out = new ArrayList<>();
        for (TopicWord w : words) out.add(new Keyword(Fold.fold(w.word()), w.topic()));
        out.sort(Comparator.comparingInt((Keyword k) -> -k.folded().length()).thenComparing(Keyword::folded));
        return new Topics(List.copyOf(out));
    }

    /** The topic (slug) of the first keyword found in {@code text}, or null. */
    String of(String text) {
        if (text == null) return null;
        String t = Fold.fold(text);
        for (Keyword k : keywords) if (t.contains(k.folded())) return k.topic();
        return null;
    }
}
