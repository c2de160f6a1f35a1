package org.diplograph.extract;

import java.util.Set;

/**
 * Whether the story speaks of a person as a woman, so that "elle" in a later sentence finds her
 * and not the man named last. French marks it around the name: "Mme", "la ministre",
 * "l'ambassadrice", "vice-ministre vietnamienne". Without a mark a person is not taken for a woman.
 */
final class Gender {
    /** Folded title words that are feminine whatever precedes them. */
    private static final Set<String> FEMININE_TITLES = Set.of("mme", "madame", "mlle", "ambassadrice", "presidente",
            "vice-presidente", "directrice", "directrice-generale", "conseillere", "deleguee", "representante",
            "rectrice", "gouverneure", "secretaire generale", "chargee", "envoyee", "consule");

    private Gender() {}

    /** True when some mention of {@code personKey} in the story carries a feminine mark. */
    static boolean feminine(Doc doc, String personKey) {
        for (Doc.Sent s : doc.sents) {
            // the sentence's mentions read in place: this runs for each sentence's subject
            for (Mention p : s.mentions) {
                if (p.type() == Mention.Type.PERSON && personKey.equals(p.value()) && marked(s, p)) return true;
            }
        }
        return false;
    }

    /** The words just before the name, or the title after it in apposition, mark a woman. */
    private static boolean marked(Doc.Sent s, Mention p) {
        int from = p.b();
        Mention before = title(s, p.b() - 1);
        if (before == null && p.b() >= 2 && s.toks.get(p.b() - 1).is(",")) before = title(s, p.b() - 2);
        if (before != null) from = before.b();
        if (from > 0 && (s.toks.get(from - 1).is("la") || s.toks.get(from - 1).is("une"))) return true;
        for (int k = Math.max(0, from - 1); k < p.b(); k++) if (feminineWord(s.toks.get(k))) return true;
        // "Ngo Thi Hoa, vice-ministre vietnamienne des ..."
        if (p.e() + 1 < s.toks.size() && s.toks.get(p.e()).is(",")) {
            Mention after = title(s, p.e() + 1);
            if (after != null) {
                for (int k = after.b(); k < Math.min(after.e() + 2, s.toks.size()); k++) if (feminineWord(s.toks.get(k))) return true;
            }
        }
        return false;
    }

    private static Mention title(Doc.Sent s, int token) {
        return token < 0 || token >= s.toks.size() ? null : s.at(token, Mention.Type.TITLE);
    }

    /** A feminine title, or a nationality adjective in its feminine form ("vietnamienne", "française"). */
    private static boolean feminineWord(Tok t) {
        String k = t.key();
        if (FEMININE_TITLES.contains(k)) return true;
        return !t.capitalised() && k.length() > 6 && (k.endsWith("ienne") || k.endsWith("aise") || k.endsWith("oise")
                || k.endsWith("enne") || k.endsWith("ine") && !k.endsWith("ministre"));
    }
}
