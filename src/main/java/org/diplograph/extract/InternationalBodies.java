package org.diplograph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The international organisations the extractor is given ({@link InternationalBody}; the bundled
 * ones are the reference table {@code ontology/organisations.ttl}), as it looks them up.
 *
 * <p>By name: the French name or another French spelling the table gives, compared by slug, so
 * case, accents, apostrophes and hyphens do not matter ("Nations unies" is "Nations Unies"). By
 * acronym: a French acronym as written ("OMC", "CEDEAO"); one of four letters or more also as a
 * capitalised word, the way French papers write the longer ones ("Unesco", "Cédéao"). An acronym the
 * table gives to two bodies ("BAD": the African and the Asian development banks) is not resolved:
 * only the article, by naming the body beside it, can say which one it means.
 *
 * <p>A body's name is its French name, whose slug is the last segment of its IRI
 * ({@code id:org/int/{slug}}): an organisation registered under that name gets the key
 * {@code int/{slug}}, so the article's node is the reference node.
 */
final class InternationalBodies {
    /** One body: the French name keys are made of. */
    record Body(String name) {
        /** The last segment of its key and IRI. */
        String slug() {
            return Fold.slug(name);
        }
    }

    private final Map<String, Body> byName = new HashMap<>();
    private final NavigableSet<String> names = new TreeSet<>();
    private final Map<String, List<Body>> byAcronym = new HashMap<>();
    private final Map<String, List<Body>> byFoldedAcronym = new HashMap<>();
    /**
     * The chars acronyms start with as written, and their folded forms of four letters or more:
     * most words start with no such char and are passed over without hashing them.
     */
    private final BitSet acronymStarts = new BitSet();
    private final BitSet foldedAcronymStarts = new BitSet();
    /**
     * The first segment of every name's slug ("nations" of "nations-unies"): a word whose slug
     * starts no name's first segment starts no name, so most capitalised words need no probe.
     */
    private final Set<String> firstWords = new HashSet<>();
    private int longestName;

    private InternationalBodies(List<InternationalBody> table) {
        for (InternationalBody o : table) {
            Body body = new Body(o.name());
            List<String> all = new ArrayList<>(o.otherNames());
            all.add(0, o.name());
            for (String name : all) {
                String slug = Fold.slug(name);
                byName.putIfAbsent(slug, body);
                names.add(slug);
                int dash = slug.indexOf('-');
                if (!slug.isEmpty()) firstWords.add(dash < 0 ? slug : slug.substring(0, dash));
                longestName = Math.max(longestName, name.length());
            }
            for (String a : o.acronyms()) {
                byAcronym.computeIfAbsent(a, k -> new ArrayList<>()).add(body);
                if (!a.isEmpty()) acronymStarts.set(a.charAt(0));
                if (a.length() >= 4) {
                    String folded = Fold.fold(a);
                    byFoldedAcronym.computeIfAbsent(folded, k -> new ArrayList<>()).add(body);
                    if (!folded.isEmpty()) foldedAcronymStarts.set(folded.charAt(0));
                }
            }
        }
    }

    /** The bodies of these rows; where two share a name, the first keeps it. */
    static InternationalBodies of(List<InternationalBody> table) {
        return new InternationalBodies(table);
    }

    /** The body this name (French, any case or accents) names, or null. */
    Body named(String name) {
        return name == null ? null : byName.get(Fold.slug(name));
    }

    /**
     * The one body this acronym names, or null: none does, or several do. A capitalised word of
     * four letters or more counts when its folded form is a body's acronym ("Unesco").
     */
    Body byAcronym(String written) {
        return byAcronym(written, null);
    }

    /** As {@link #byAcronym(String)} for a token, whose folded form the tokenizer already made. */
    Body byAcronym(Tok t) {
        return byAcronym(t.text(), t.key());
    }

    private Body byAcronym(String written, String folded) {
        if (written.isEmpty()) return null;
        List<Body> bodies = acronymStarts.get(written.charAt(0)) ? byAcronym.get(written) : null;
        if (bodies == null && written.length() >= 4 && Character.isUpperCase(written.charAt(0))) {
            String f = folded != null ? folded : Fold.fold(written);
            if (!f.isEmpty() && foldedAcronymStarts.get(f.charAt(0))) bodies = byFoldedAcronym.get(f);
        }
        return bodies != null && bodies.size() == 1 ? bodies.get(0) : null;
    }

    /** Whether the table gives this acronym, as written, to more than one body. */
    boolean ambiguous(String written) {
        List<Body> bodies = byAcronym.get(written);
        return bodies != null && bodies.size() > 1;
    }

    /**
     * The end (exclusive) of the longest body's name that starts at token {@code b}, a capitalised
     * word, and covers no token {@code taken} marks; -1 where none does.
     */
    int nameEnd(Doc.Sent s, int b, java.util.function.IntPredicate taken) {
        List<Tok> toks = s.toks;
        if (!toks.get(b).capitalised() || !firstWords.contains(firstSegment(toks.get(b))) || !starts(Fold.slug(toks.get(b).text()))) return -1;
        int best = -1;
        for (int e = b + 1; e <= toks.size() && !taken.test(e - 1); e++) {
            String text = s.text(b, e);
            if (text.length() > longestName) break;
            String slug = Fold.slug(text);
            // a name ends on a word or a number, not on the punctuation after it
            if (names.contains(slug) && Character.isLetterOrDigit(toks.get(e - 1).text().charAt(0))) best = e;
            else if (!starts(slug)) break;
        }
        return best;
    }

    /**
     * The first segment of the token's slug: its folded form ({@link Tok#key}) when that is all
     * letters a-z and digits, as most words' are, else cut from the slug.
     */
    private static String firstSegment(Tok t) {
        String k = t.key();
        boolean plain = !k.isEmpty();
        for (int i = 0; i < k.length() && plain; i++) {
            char c = k.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        if (plain) return k;
        String slug = Fold.slug(t.text());
        int dash = slug.indexOf('-');
        return dash < 0 ? slug : slug.substring(0, dash);
    }

    /** Whether some name's slug is this one or goes on from it. */
    private boolean starts(String slug) {
        if (slug.isEmpty()) return false;
        String next = names.ceiling(slug);
        return next != null && (next.equals(slug) || next.startsWith(slug + "-"));
    }
}
