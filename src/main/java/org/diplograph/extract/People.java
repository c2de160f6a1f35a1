package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Persons and their offices in French wire prose.
 *
 * <p>A title ({@code le ministre japonais des Affaires étrangères}) runs from its head through a
 * nationality adjective, a second head joined by {@code et}, and its complement (an organisation,
 * or a portfolio such as {@code des Postes, des Télécommunications et de la Communication}). A
 * name is a run of capitalised words that are not French function words, countries or
 * organisations. A name is a person when a title stands right before it (a comma and a short
 * apposition may come between), when a comma and a title follow it, after {@code M.} or
 * {@code Mme}, before a caption's {@code (gauche)}, or when it repeats, whole or shortened, a
 * person already found.
 */
final class People {
    private static final Set<String> HONORIFICS = Set.of("m.", "mme", "mme.", "mlle", "m", "dr", "dr.", "pr", "s.e.");
    private static final Set<String> POSITIONS = Set.of("gauche", "droite", "centre", "a droite", "a gauche", "au centre",
            "premier plan", "debout", "assis");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "bin", "binti", "ibn", "ben", "al",
            "el", "da", "dos", "das", "di", "del", "de", "la");

    /**
     * Particles that are no French word ("bin", "ibn", "van"): inside a run of capitalised words they
     * join it whatever follows ("Karim ben Salem Al Harbi"); "de", "la", "da" only before a last word.
     */
    private static final Set<String> NAME_PARTICLES = WordLists.load("name-particles");

    /**
     * Words that qualify a title head before its complement ("président élu de la République",
     * "ministre déléguée chargée de", "ambassadeur extraordinaire et plénipotentiaire de"): part of the title.
     */
    private static final Set<String> TITLE_QUALIFIERS = WordLists.load("title-qualifiers");

    /** A regnal number in Roman figures, II to XXIX ("Albéric VI", "Théodore II"); "I" alone is no number. */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}");

    private People() {}

    /** The title heads by their first word, longest first, so a token is checked against a few heads only. */
    private static final java.util.Map<String, List<List<Tok>>> HEADS_BY_FIRST = new java.util.HashMap<>();

    static {
        for (String h : Lexicon.TITLE_HEADS) {
            List<Tok> toks = Tok.tokenize(h);
            HEADS_BY_FIRST.computeIfAbsent(toks.get(0).key(), k -> new ArrayList<>()).add(toks);
        }
        HEADS_BY_FIRST.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
    }

    /** Marks titles in a sentence. */
    static void titles(Doc doc, Doc.Sent s) {
        List<Tok> toks = s.toks;
        for (int i = 0; i < toks.size(); i++) {
            int len = headAt(toks, i);
            if (len == 0) continue;
            int end = titleEnd(s, i, len);
            String head = s.text(i, i + len);
            s.mentions.add(Mention.title(i, end, normalise(s, i, end), titleCountry(doc, s, i, end), Fold.fold(head)));
            i = end - 1;
        }
    }

    static int headAt(List<Tok> toks, int i) {
        List<List<Tok>> candidates = HEADS_BY_FIRST.get(toks.get(i).key());
        if (candidates == null) return 0;
        for (List<Tok> h : candidates) {
            if (i + h.size() > toks.size()) continue;
            boolean ok = true;
            for (int k = 0; k < h.size() && ok; k++) ok = toks.get(i + k).key().equals(h.get(k).key());
            if (ok) {
                // "Premier ministre" capitalised is a title; "Premier" alone at sentence start is not
                return h.size();
            }
        }
        return 0;
    }

    private static int titleEnd(Doc.Sent s, int i, int len) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        int j = i + len;
        if (j < n && s.at(j, Mention.Type.COUNTRY_ADJ) != null) j++;
        int q = qualifiers(toks, j);
        if (q > j) {
            j = q;
            if (j < n && s.at(j, Mention.Type.COUNTRY_ADJ) != null) j++;
        }
        // "ministre et chef du Bureau du gouvernement", "membre du Bureau politique et vice-président"
        for (int round = 0; round < 4; round++) {
            int before = j;
            j = complement(s, j);
            if (j < n && s.at(j, Mention.Type.COUNTRY_ADJ) != null && s.at(j, Mention.Type.ORG) == null) j++;
            if (j + 1 < n && toks.get(j).is("et")) {
                int h2 = headAt(toks, j + 1);
                if (h2 > 0) {
                    j = j + 1 + h2;
                    if (j < n && s.at(j, Mention.Type.COUNTRY_ADJ) != null) j++;
                    continue;
                }
            }
            if (j == before) break;
        }
        // "des Xiens résidant à l'étranger", "des Xiens établis à l'étranger": the people a portfolio serves
        int abroad = j;
        if (abroad < n && (toks.get(abroad).key().startsWith("resid") || toks.get(abroad).key().startsWith("etabli")
                || toks.get(abroad).key().startsWith("vivant"))) abroad++;
        if (abroad > i + len && abroad + 2 < n + 0 && toks.get(abroad).key().equals("a") && toks.get(abroad + 1).is("l'")
                && (toks.get(abroad + 2).is("etranger") || toks.get(abroad + 2).is("exterieur"))) j = abroad + 3;
        // "ambassadrice de Thaïlande au Cambodge", "ambassadrice d'Allemagne près le Bénin", "haut-commissaire de l'Inde à Maurice"
        int at = j;
        if (at + 1 < n && toks.get(at).is("pres") && Words.DETS.contains(toks.get(at + 1).key())) at++;
        if (at + 1 < n && (toks.get(at).is("au") || toks.get(at).is("en") || toks.get(at).is("aux") || toks.get(at).is("a") || at > j)) {
            Mention c = s.at(at + 1, Mention.Type.COUNTRY);
            if (c != null && c.b() == at + 1) j = c.e();
        }
        return j;
    }

    /** The end of the qualifiers from {@code j} ("élu", "extraordinaire et plénipotentiaire"), or {@code j}. */
    private static int qualifiers(List<Tok> toks, int j) {
        int n = toks.size();
        int end = j;
        while (end < n && !toks.get(end).capitalised() && TITLE_QUALIFIERS.contains(toks.get(end).key())) {
            end++;
            if (end + 1 < n && toks.get(end).is("et") && TITLE_QUALIFIERS.contains(toks.get(end + 1).key())) end++;
        }
        return end;
    }

    /** Extends a title over its complement: an organisation or a chain of portfolio complements. */
    private static int complement(Doc.Sent s, int j) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        int chained = 0;
        // "conseiller à la sécurité nationale", "délégué aux affaires culturelles"
        if (j + 2 < n && (toks.get(j).text().equals("à") || toks.get(j).is("aux")) && Words.content(toks.get(j + 1))
                || j + 2 < n && toks.get(j).text().equals("à") && Words.DETS.contains(toks.get(j + 1).key())
                && Words.content(toks.get(j + 2))) {
            j += toks.get(j + 1).word() && !Words.DETS.contains(toks.get(j + 1).key()) ? 1 : 2;
            j++;
            while (j < n && Words.adjectiveLike(toks.get(j))) j++;
            chained++;
        }
        while (j < n) {
            int k = j;
            if (chained > 0 && k + 1 < n && (toks.get(k).is(",") || toks.get(k).is("et")) && Orgs.startsComplement(toks, k + 1)) k++;
            // "ministre de la Coopération au développement": "au" + a common noun closing the portfolio
            if (chained > 0 && j + 1 < n && (toks.get(j).is("au") || toks.get(j).is("aux")) && toks.get(j - 1).capitalised()
                    && !toks.get(j + 1).capitalised() && Words.content(toks.get(j + 1)) && !Words.adjectiveLike(toks.get(j + 1))) {
                int w = j + 2;
                while (w < n && Words.adjectiveLike(toks.get(w))) w++;
                if (w >= n || toks.get(w).is(",") || toks.get(w).is("et") || !toks.get(w).word()) {
                    j = w;
                    chained++;
                    continue;
                }
            }
            int bare = chained > 0 ? bareList(s, j) : -1;
            if (bare > j) {
                j = bare;
                chained++;
                continue;
            }
            if (!Orgs.startsComplement(toks, k)) break;
            int w = Orgs.skipPrep(toks, k);
            if (w >= n) break;
            Mention org = s.at(w, Mention.Type.ORG);
            if (org != null && org.b() == w) {
                j = org.e();
                chained++;
                continue;
            }
            Mention country = s.at(w, Mention.Type.COUNTRY);
            if (country == null) country = s.at(w, Mention.Type.PLACE);
            if (country != null && country.b() == w) {
                // "du Japon", "maire de Bordeaux"
                j = country.e();
                chained++;
                continue;
            }
            if (!Words.content(toks.get(w)) || s.at(w, Mention.Type.PLACE) != null) break;
            // "président de la République Jean Dupont": a word that is never a name ends no title before the name
            // "la ministre de la Santé Vu Thanh Mai": after an article, a capitalised word with a name of two words
            // or more after it is the portfolio, which no person's name starts with
            if (toks.get(w).capitalised() && chained == 0 && !portfolioStart(toks, w) && !Words.acronym(toks.get(w))
                    && !Lexicon.NOT_NAME.contains(toks.get(w).key()) && !(articled(toks, w) && nameAfter(s, w + 1))) break;
            // "gouverneur de la province de Binh Lam": a place's name after a territory's noun runs to several words
            boolean territory = w >= 2 && TERRITORY_NOUNS.contains(toks.get(w - 2).key());
            w = territory ? Orgs.properRun(s, w) : w + 1;
            while (w < n && Words.adjectiveLike(toks.get(w))) w++;
            // "des Affaires européennes et internationales": adjectives joined by "et" qualify one portfolio
            if (w + 1 < n && w > 0 && Words.adjectiveLike(toks.get(w - 1)) && toks.get(w).is("et") && Words.adjectiveLike(toks.get(w + 1))
                    && s.at(w + 1, Mention.Type.COUNTRY_ADJ) == null) w += 2;
            j = w;
            chained++;
        }
        if (j + 2 < n && toks.get(j).is("(") && Words.acronym(toks.get(j + 1)) && toks.get(j + 2).is(")")) j += 3;
        return j;
    }

    /**
     * "ministre de l'Intérieur, Sécurité, Décentralisation et Affaires coutumières", "ministre des
     * Transports, Voies de communication et Désenclavement": after a portfolio, French often lists
     * the others bare, without their article, as an enumeration closed by "et". From the comma at
     * {@code j}, each item is one capitalised word with its lower-case qualifiers ("Voies de
     * communication", "Coopération internationale"), so a person's name (two capitalised words in a
     * row) is never one. Returns the end of the whole list when it closes on "et" + an item, or -1.
     */
    private static int bareList(Doc.Sent s, int j) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        if (j + 1 >= n || !toks.get(j).is(",")) return -1;
        int k = j + 1;
        for (int items = 0; items < 6; items++) {
            Tok t = toks.get(k);
            if (!t.word() || !t.capitalised() || Words.acronym(t) || Words.stop(t) || s.at(k, Mention.Type.PERSON) != null
                    || s.at(k, Mention.Type.COUNTRY) != null || headAt(toks, k) > 0) return -1;
            k++;
            // the item's own qualifiers: "de communication", "internationale", "coutumières"
            while (k < n) {
                if (Words.adjectiveLike(toks.get(k))) k++;
                else if (k + 1 < n && (toks.get(k).is("de") || toks.get(k).is("d'")) && toks.get(k + 1).word()
                        && !toks.get(k + 1).capitalised() && Words.content(toks.get(k + 1))) k += 2;
                else break;
            }
            if (k + 1 >= n) return -1;
            if (toks.get(k).is(",") && toks.get(k + 1).capitalised() && k + 2 < n && !toks.get(k + 2).capitalised()) {
                k++;
            } else if (toks.get(k).is("et") && toks.get(k + 1).capitalised()) {
                k++;
                items = 5;
            } else {
                return -1;
            }
        }
        // the item after "et" closes the list
        Tok last = toks.get(k);
        if (!last.word() || Words.acronym(last) || s.at(k, Mention.Type.PERSON) != null || s.at(k, Mention.Type.COUNTRY) != null) return -1;
        k++;
        while (k < n && Words.adjectiveLike(toks.get(k))) k++;
        if (k < n && toks.get(k).word() && toks.get(k).capitalised()) return -1;
        return k;
    }

    /** Whether a name of two words or more starts at {@code k} ("Vu Thanh Mai", "Le Thi Mai"). */
    private static boolean nameAfter(Doc.Sent s, int k) {
        if (nameEnd(s, k) - k >= 2) return true;
        String w = k < s.toks.size() ? s.toks.get(k).text() : "";
        return (w.equals("Le") || w.equals("La") || w.equals("Lê")) && nameEnd(s, k + 1) - (k + 1) >= 2;
    }

    /** Whether the word at {@code w} has an article before it ("de la Santé", "du Commerce", "des Transports"). */
    private static boolean articled(List<Tok> toks, int w) {
        if (w < 1) return false;
        Tok t = toks.get(w - 1);
        return Words.DETS.contains(t.key()) || t.is("du") || t.is("des") || t.is("au") || t.is("aux");
    }

    /** A capitalised word after "ministre des": a portfolio (Affaires, Postes, Finances), not a name. */
    private static boolean portfolioStart(List<Tok> toks, int w) {
        // a name is followed by another capitalised word; a portfolio by an adjective, a comma or "et"
        if (w + 1 >= toks.size()) return true;
        Tok next = toks.get(w + 1);
        return !(next.capitalised() && next.word());
    }

    /** The title as an office: no determiner, no nationality adjective, no trailing country complement. */
    private static String normalise(Doc.Sent s, int b, int e) {
        StringBuilder out = new StringBuilder();
        int end = e;
        if (end - 3 > b && s.toks.get(end - 1).is(")") && s.toks.get(end - 3).is("(")) end -= 3;
        // drop a trailing "du Japon", "de Biélorussie"
        Mention last = s.at(end - 1, Mention.Type.COUNTRY);
        boolean envoy = Set.of("ambassadeur", "ambassadrice", "consul", "consul general", "consule generale",
                "charge d'affaires", "representant", "representante", "haut-commissaire", "haute-commissaire").contains(Fold.fold(s.text(b, Math.min(e, b + 2)).split(" ")[0]))
                || s.toks.get(b).key().startsWith("ambassad");
        if (!envoy && last != null && last.e() == end && last.b() - 1 > b && Set.of("du", "de", "d'").contains(s.toks.get(last.b() - 1).key())
                && !last.compound()) end = last.b() - 1;
        for (int k = b; k < end; k++) {
            Tok t = s.toks.get(k);
            // a capitalised demonym ("des Xiens résidant à l'étranger") is a people the office serves, kept
            if (s.at(k, Mention.Type.COUNTRY_ADJ) != null && !t.capitalised()) continue;
            if (t.is("(") && k + 2 < end && Words.acronym(s.toks.get(k + 1)) && s.toks.get(k + 2).is(")")) {
                k += 2;
                // "(PLD) du Japon": the country after an acronym goes too
                if (k + 2 < end + 1 && k + 1 < end && Set.of("du", "de", "d'").contains(s.toks.get(k + 1).key())
                        && s.at(k + 2, Mention.Type.COUNTRY) != null && s.at(k + 2, Mention.Type.COUNTRY).e() >= end) break;
                continue;
            }
            if (out.length() > 0 && !t.is(",") && !t.is(")") && !s.toks.get(k - 1).text().endsWith("'")
                    && !s.toks.get(k - 1).is("(")) out.append(' ');
            out.append(t.text());
        }
        String title = out.toString();
        // lower-case a head capitalised only because it starts the sentence; "Premier ministre" keeps its capital
        boolean sentenceStart = b == 0 || b == 1 && Words.DETS.contains(s.toks.get(0).key());
        return title.isEmpty() || !sentenceStart || title.startsWith("Premier") || title.startsWith("Première") ? title
                : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    private static String titleCountry(Doc doc, Doc.Sent s, int b, int e) {
        for (int k = b; k < e; k++) {
            Mention adj = s.at(k, Mention.Type.COUNTRY_ADJ);
            if (adj != null && s.at(k, Mention.Type.ORG) == null) return adj.value();
        }
        for (int k = b; k < e; k++) {
            Mention org = s.at(k, Mention.Type.ORG);
            Doc.OrgInfo info = org == null ? null : doc.orgs.get(org.value());
            if (info != null && info.country != null && !info.kind.equals("international")) return info.country;
        }
        for (int k = b; k < e; k++) {
            Mention c = s.at(k, Mention.Type.COUNTRY);
            if (c != null && !c.compound()) return c.value();
        }
        for (int k = b; k < e; k++) {
            Mention c = s.at(k, Mention.Type.PLACE);
            if (c != null && c.country() != null) return c.country();
        }
        return null;
    }

    /** End of a name run starting at {@code k}, or {@code k} when none starts there. */
    static int nameEnd(Doc.Sent s, int k) {
        List<Tok> toks = s.toks;
        int j = k;
        int words = 0;
        while (j < toks.size() && words < 5) {
            Tok t = toks.get(j);
            if (words == 0 && j + 2 < toks.size() && initial(t) && !t.text().equals("M.") && nameWord(s, j + 1) && nameWord(s, j + 2)) {
                // "C. Venkatesh Iyer": an initial before a full name of two words at least
                j++;
            } else if (nameWord(s, j) || words > 0 && syllable(s, j) || words == 0 && surnameLe(s, j)) {
                j++;
                words++;
            } else if (words > 0 && j + 1 < toks.size() && PARTICLES.contains(t.key()) && !t.capitalised()
                    && nameWord(s, j + 1) && (NAME_PARTICLES.contains(t.key())
                    || j + 2 < toks.size() && nameWord(s, j + 2) == false && toks.get(j + 1).text().length() > 2)) {
                j++;
            } else if (words > 0 && j + 1 < toks.size() && t.is("d'") && !t.capitalised() && nameWord(s, j + 1)
                    && (words >= 2 || j + 2 < toks.size() && nameWord(s, j + 2))) {
                // "Jeanne d'Arc Mukuru", "Paul Girard d'Estienne": an elided particle inside a name
                // (a country or city after it is no name word: "Paul Girard d'Autriche" ends before it)
                j++;
            } else if (words > 0 && j + 1 < toks.size() && initial(t) && nameWord(s, j + 1)) {
                // "Ellen R. Marsh": a middle initial inside a name
                j++;
                words++;
            } else if (words > 0 && j + 2 < toks.size() && (t.is("de") || t.is("du")) && !t.capitalised()
                    && (toks.get(j + 1).text().equals("La") || toks.get(j + 1).text().equals("Le"))
                    && nameWord(s, j + 2) && (j + 3 >= toks.size() || !nameWord(s, j + 3))) {
                // "Jean de La Roche": a French particle with its article before the last name
                j += 2;
            } else if (words > 0 && prefixedName(t)) {
                // "Karim Salem al-Harbi": an article glued to the last name
                j++;
                words++;
            } else {
                break;
            }
        }
        while (j > k && !nameWord(s, j - 1) && !(j - 1 > k && (syllable(s, j - 1) || prefixedName(toks.get(j - 1))))) j--;
        // "Albéric VI", "Théodore III": a regnal number closes the name
        if (j > k && j < toks.size() && REGNAL.matcher(toks.get(j).text()).matches()) j++;
        return j;
    }

    /** A capital and a period: a middle initial ("L."). */
    private static boolean initial(Tok t) {
        String w = t.text();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /**
     * A word made of a lower-case name article and a capitalised name ("al-Harbi", "el-Amin",
     * "ben-Ali"): a name word although it starts in lower case.
     */
    private static boolean prefixedName(Tok t) {
        int dash = t.text().indexOf('-');
        return t.word() && dash > 0 && dash + 1 < t.text().length() && NAME_PARTICLES.contains(Fold.fold(t.text().substring(0, dash)))
                && Character.isUpperCase(t.text().charAt(dash + 1));
    }

    /**
     * "par Lê Van An", "avec Le Thi Binh, cheffe de ...": inside a sentence, a capitalised "Le",
     * "La" or "Lê" before two name words is a Vietnamese surname, not an article.
     */
    private static boolean surnameLe(Doc.Sent s, int j) {
        List<Tok> toks = s.toks;
        Tok t = toks.get(j);
        if (!(t.text().equals("Lê") || (t.text().equals("Le") || t.text().equals("La")) && j > 0
                && !toks.get(j - 1).is(".") && !toks.get(j - 1).text().endsWith(":") && !toks.get(j - 1).capitalised())) return false;
        return j + 2 < toks.size() && nameWord(s, j + 1) && nameWord(s, j + 2);
    }

    /** A capitalised function word inside a name ("Son" after "Ngoc") is a syllable of the name. */
    private static boolean syllable(Doc.Sent s, int j) {
        Tok t = s.toks.get(j);
        return t.word() && t.capitalised() && t.text().length() <= 4 && Words.STOP.contains(t.key())
                && s.at(j, Mention.Type.COUNTRY) == null && s.at(j, Mention.Type.ORG) == null;
    }

    /** A capital after the first char ("McKay", "iPhone"): as {@code chars().skip(1).anyMatch(isUpperCase)}. */
    private static boolean capitalAfterFirst(String w) {
        for (int i = 1; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return true;
        return false;
    }

    private static boolean nameWord(Doc.Sent s, int j) {
        Tok t = s.toks.get(j);
        if (!t.word() || !t.capitalised() || Words.acronym(t) || t.text().endsWith(".")) return false;
        if (t.text().length() > 1 && capitalAfterFirst(t.text()) && !t.text().contains("-")) return false;
        if (Lexicon.NOT_NAME.contains(t.key())) return false;
        if (t.text().endsWith("'")) return false;
        for (Mention m : s.mentions) {
            if (m.b() <= j && j < m.e() && m.type() != Mention.Type.TITLE && m.type() != Mention.Type.DATE
                    && m.type() != Mention.Type.PERSON) return false;
        }
        return Orgs.head(s.toks, j) == 0;
    }

    /** Persons named next to a title, after an honorific, or before a caption's position. */
    static void named(Doc doc, Doc.Sent s, Gazetteer gaz) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        Set<Mention> used = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (s.at(i, Mention.Type.PERSON) != null) continue;
            int b = i;
            boolean honorific = HONORIFICS.contains(toks.get(i).key()) || toks.get(i).is("M") && i + 1 < n && toks.get(i + 1).is(".");
            if (honorific) b = toks.get(i).is("M") && i + 1 < n && toks.get(i + 1).is(".") ? i + 2 : i + 1;
            if (b >= n) break;
            int e = nameEnd(s, b);
            if (e == b) continue;
            // "le ministre de la Planification et de l'Investissement Tran Van Minh (à gauche)": the
            // title's last word is no name's first; the name is looked for again where the title ends
            Mention inTitle = honorific ? null : s.at(b, Mention.Type.TITLE);
            if (inTitle != null && inTitle.e() > b && inTitle.e() < e) {
                i = inTitle.e() - 1;
                continue;
            }
            List<Mention> after = titlesAfter(s, e);
            // "la province de Quang Binh (Centre)": a region of the country, not a caption's position
            boolean position = e + 2 < n && toks.get(e).is("(") && position(s, e + 1) > 0 && !afterTerritory(toks, b);
            if (honorific || (e - b >= 2 && (!after.isEmpty() || position))) {
                person(doc, s, b, e, after, honorific ? 0.8 : 0.75, honorific ? Rule.PERSON_HONORIFIC : after.isEmpty() ? Rule.PERSON_CAPTION : Rule.PERSON_TITLE_AFTER);
                used.addAll(after);
                i = e - 1;
            }
        }
        for (Mention title : s.of(Mention.Type.TITLE)) {
            if (used.contains(title) && !RANKS.contains(title.head())) continue;
            // title, [apposition,] NAME
            int k = title.e();
            Mention held = title;
            // "le gouverneur de la province de X (sud-ouest de la Chine), Y": a bracketed gloss before the comma;
            // "la ministre provinciale de X (Zambie), Y": a country alone in it is the one the office serves
            if (k + 2 < n && toks.get(k).is("(")) {
                int close = k + 1;
                while (close < n && close < k + 10 && !toks.get(close).is(")") && !toks.get(close).is("(")) close++;
                if (close + 1 < n && close > k + 1 && toks.get(close).is(")") && toks.get(close + 1).is(",")) {
                    Mention c = s.at(k + 1, Mention.Type.COUNTRY);
                    if (c != null && c.b() == k + 1 && c.e() == close && !c.compound()) {
                        held = Mention.title(title.b(), title.e(), title.value(), c.value(), title.head());
                    }
                    k = close + 1;
                }
            }
            if (k < n && toks.get(k).is(",")) {
                k++;
                int app = apposition(s, k);
                if (app > k) k = app;
            }
            // "le ministre de la Défense, le général X", "le roi de Malaisie, le sultan X": a rank in apposition
            if (k + 1 < n && Words.DETS.contains(toks.get(k).key())) {
                Mention rank = s.at(k + 1, Mention.Type.TITLE);
                if (rank != null && rank.b() == k + 1 && RANKS.contains(rank.head())) {
                    k = rank.e();
                    used.add(rank);
                }
            }
            // "le ministre des Affaires étrangères, cheikh X", "..., général X": a rank or style without its article
            if (k > title.e() && k + 1 < n && toks.get(k - 1).is(",") && RANKS.contains(toks.get(k).key()) && !toks.get(k).capitalised()) {
                Mention style = s.at(k, Mention.Type.TITLE);
                if (style != null) used.add(style);
                k++;
            }
            k = afterHonorific(toks, k);
            int e = nameEnd(s, k);
            // "la vice-ministre Le Thi Ngoc Anh": a capitalised "Le" after a title starts a name
            if (e == k && k + 1 < n && (toks.get(k).text().equals("Le") || toks.get(k).text().equals("La")
                    || toks.get(k).text().equals("Lê")) && nameEnd(s, k + 1) - (k + 1) >= 2) e = nameEnd(s, k + 1);
            if (e > k && !(e - k == 1 && single(s, k)) && !honoured(s, title.b())) {
                person(doc, s, k, e, List.of(held), 0.85, Rule.PERSON_TITLE_BEFORE);
            }
        }
    }

    /**
     * Where a name starts after the honorific at {@code k}, if any: "M.", "Mme", and "S.E." (Son
     * Excellence), alone or with "M."/"Mme" after it ("l'ambassadeur du Japon, S.E.M. X").
     */
    static int afterHonorific(List<Tok> toks, int k) {
        int n = toks.size();
        if (k + 2 < n && toks.get(k).is("s.") && toks.get(k + 1).is("e.")) k += 2;
        if (k < n && HONORIFICS.contains(toks.get(k).key())) k++;
        return k;
    }

    private static final Set<String> ENVOYS = Set.of("ambassadeurs", "ambassadrices", "envoyes", "envoyees");

    /**
     * "les lettres de créance des nouveaux ambassadeurs d'Argentine, X, d'Éthiopie, Y, et de Suède, Z":
     * after a plural envoy title, each "de COUNTRY, NAME" is one ambassador of that country.
     */
    static void envoys(Doc doc, Doc.Sent s) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            if (!ENVOYS.contains(toks.get(i).key())) continue;
            int k = i + 1;
            while (k < n) {
                int j = k;
                if (toks.get(j).is(",")) j++;
                if (j < n && toks.get(j).is("et")) j++;
                if (j >= n || !(toks.get(j).is("de") || toks.get(j).is("d'") || toks.get(j).is("du") || toks.get(j).is("des"))) break;
                j++;
                while (j < n && Words.DETS.contains(toks.get(j).key())) j++;
                Mention c = j < n ? s.at(j, Mention.Type.COUNTRY) : null;
                if (c == null || c.b() != j || c.e() >= n || !toks.get(c.e()).is(",")) break;
                int b = c.e() + 1;
                int e = nameEnd(s, b);
                if (e - b < 2) break;
                if (s.at(b, Mention.Type.PERSON) == null) {
                    person(doc, s, b, e, List.of(Mention.title(i, i + 1, "ambassadeur", c.value(), "ambassadeur")), 0.8, Rule.PERSON_ENVOYS);
                }
                k = e;
            }
        }
    }

    /** Nouns of the tributes paid to a figure: see tribute-nouns.txt. */
    private static final Set<String> TRIBUTES = WordLists.load("tribute-nouns");

    /**
     * "rendu hommage au Président X", "la stèle dédiée au Président X", "le mausolée du Président X":
     * the figure a tribute honours is no actor of the story, whatever title the text gives him.
     */
    private static boolean honoured(Doc.Sent s, int b) {
        if (b < 2) return false;
        Tok prep = s.toks.get(b - 1);
        return (prep.is("au") || prep.is("du") || prep.is("a") || prep.is("de")) && TRIBUTES.contains(s.toks.get(b - 2).key());
    }

    /** Plural titles shared out among persons, with their singular: see plural-titles.txt. */
    private static final java.util.Map<String, String> PLURAL_TITLES = WordLists.table("plural-titles");

    /**
     * A plural title shared out among persons of several countries, each named once:
     * <ul>
     * <li>"les présidents colombien, X, et équatorien, Y": an adjective of nationality, then the
     * name between commas, for each (role "président colombien");</li>
     * <li>"les ministres de la Défense, X pour la Colombie et Y pour l'Équateur": the title's
     * complement once, then each name with "pour" and its country (role "ministre de la Défense").</li>
     * </ul>
     */
    static void shared(Doc doc, Doc.Sent s) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        for (int i = 1; i + 3 < n; i++) {
            String singular = PLURAL_TITLES.get(toks.get(i).key());
            if (singular == null || !(toks.get(i - 1).is("les") || toks.get(i - 1).is("des") || toks.get(i - 1).is("deux"))) continue;
            if (s.at(i + 1, Mention.Type.COUNTRY_ADJ) != null) {
                eachByAdjective(doc, s, i, singular);
            } else {
                eachForCountry(doc, s, i, singular);
            }
        }
    }

    /** "les présidents colombien, X, et équatorien, Y": see {@link #shared}. */
    private static void eachByAdjective(Doc doc, Doc.Sent s, int i, String singular) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        int k = i + 1;
        List<int[]> found = new ArrayList<>();
        List<Mention> titles = new ArrayList<>();
        while (k < n) {
            if (!found.isEmpty() && toks.get(k).is("et")) k++;
            Mention adj = k < n ? s.at(k, Mention.Type.COUNTRY_ADJ) : null;
            if (adj == null || adj.b() != k || adj.e() + 1 >= n || !toks.get(adj.e()).is(",")) break;
            int b = adj.e() + 1;
            int e = nameEnd(s, b);
            if (e - b < 2) break;
            found.add(new int[] {b, e});
            titles.add(Mention.title(adj.b(), adj.e(), singular + " " + masculine(toks.get(k).text()), adj.value(),
                    Fold.fold(singular)));
            k = e;
            if (k < n && toks.get(k).is(",")) k++;
        }
        if (found.size() < 2) return;
        for (int f = 0; f < found.size(); f++) {
            int[] be = found.get(f);
            if (s.at(be[0], Mention.Type.PERSON) == null) person(doc, s, be[0], be[1], List.of(titles.get(f)), 0.8, Rule.PERSON_SHARED);
        }
    }

    /** "les ministres de la Défense, X pour la Colombie et Y pour l'Équateur": see {@link #shared}. */
    private static void eachForCountry(Doc doc, Doc.Sent s, int i, String singular) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        int c = i + 1;
        if (startsOf(toks, c)) {
            while (c < n && c - i < 8 && !toks.get(c).is(",")) c++;
        }
        if (c >= n || !toks.get(c).is(",")) return;
        String title = singular + (c > i + 1 ? " " + s.text(i + 1, c) : "");
        int k = c + 1;
        List<int[]> found = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        while (k < n) {
            if (!found.isEmpty() && (toks.get(k).is("et") || toks.get(k).is(","))) k++;
            int e = nameEnd(s, k);
            if (e - k < 2 || e >= n || !toks.get(e).is("pour")) break;
            int j = e + 1;
            while (j < n && Words.DETS.contains(toks.get(j).key())) j++;
            Mention country = j < n ? s.at(j, Mention.Type.COUNTRY) : null;
            if (country == null || country.b() != j) break;
            found.add(new int[] {k, e});
            countries.add(country.value());
            k = country.e();
        }
        if (found.size() < 2) return;
        for (int f = 0; f < found.size(); f++) {
            int[] be = found.get(f);
            Mention t = Mention.title(i, c, title, countries.get(f), Fold.fold(singular));
            if (s.at(be[0], Mention.Type.PERSON) == null) person(doc, s, be[0], be[1], List.of(t), 0.8, Rule.PERSON_SHARED);
        }
    }

    /** Whether a complement ("de", "du", "des", "d'") starts at {@code j}. */
    private static boolean startsOf(List<Tok> toks, int j) {
        return j < toks.size() && (toks.get(j).is("de") || toks.get(j).is("du") || toks.get(j).is("des") || toks.get(j).is("d'"));
    }

    /** The masculine singular of an adjective of nationality as written ("équatoriens" is "équatorien"). */
    private static String masculine(String adjective) {
        String a = adjective.toLowerCase(java.util.Locale.ROOT);
        if (a.endsWith("s") && a.length() > 3) a = a.substring(0, a.length() - 1);
        if (a.endsWith("nne")) return a.substring(0, a.length() - 2);
        if (a.endsWith("aise") || a.endsWith("oise") || a.endsWith("ine") || a.endsWith("ane") || a.endsWith("ienne")) {
            return a.substring(0, a.length() - 1);
        }
        return a;
    }

    /** Whether the name at {@code b} follows a territory's noun: "province de", "ville de". */
    private static boolean afterTerritory(List<Tok> toks, int b) {
        return b >= 2 && (toks.get(b - 1).is("de") || toks.get(b - 1).is("du") || toks.get(b - 1).is("d'"))
                && TERRITORY_NOUNS.contains(toks.get(b - 2).key());
    }

    private static final Set<String> TERRITORY_NOUNS = WordLists.load("territory-nouns");

    /** A single capitalised word after a title is a name only when it is not a French word in disguise. */
    private static boolean single(Doc.Sent s, int k) {
        Tok t = s.toks.get(k);
        return t.text().length() < 3 || Lexicon.MONTHS.contains(t.key()) || Lexicon.WEEKDAYS.contains(t.key());
    }

    private static int position(Doc.Sent s, int k) {
        for (int len = 2; len >= 1; len--) {
            if (k + len >= s.toks.size()) continue;
            String w = Fold.fold(s.text(k, k + len)).replace("à", "a");
            if (POSITIONS.contains(w) && s.toks.get(k + len).is(")")) return len;
        }
        return 0;
    }

    /** ", le Parti au pouvoir," before a name: up to eight words without a verb, closed by a comma. */
    private static int apposition(Doc.Sent s, int k) {
        List<Tok> toks = s.toks;
        if (k >= toks.size() || !Words.DETS.contains(toks.get(k).key())) return k;
        // ", Le Trung Hieu, et": a Vietnamese surname, not an article
        if (toks.get(k).capitalised() && nameEnd(s, k + 1) - (k + 1) >= 2) return k;
        for (int j = k + 1; j < Math.min(toks.size(), k + 9); j++) {
            Tok t = toks.get(j);
            if (t.is(",")) return j + 1;
            if (Words.verbish(t) || t.is(".") || t.is(";") || s.at(j, Mention.Type.TITLE) != null) return k;
        }
        return k;
    }

    /** Titles that follow a name: ", président de ...", ", également président de ...", several in a row. */
    private static List<Mention> titlesAfter(Doc.Sent s, int e) {
        List<Tok> toks = s.toks;
        List<Mention> out = new ArrayList<>();
        int k = e;
        while (k < toks.size() && toks.get(k).is(",")) {
            int j = k + 1;
            boolean det = false;
            while (j < toks.size() && (toks.get(j).is("egalement") || toks.get(j).is("aussi")
                    || Words.DETS.contains(toks.get(j).key()) || toks.get(j).is("un") || toks.get(j).is("une"))) {
                det |= Words.DETS.contains(toks.get(j).key());
                j++;
            }
            Mention t = null;
            for (Mention m : s.of(Mention.Type.TITLE)) if (m.b() == j) t = m;
            if (t == null) break;
            // "X, président de A, le vice-président Y": a title right before a name is that name's
            if (!out.isEmpty() && t.e() < toks.size() && nameEnd(s, t.e()) > t.e()) break;
            // "à l'invitation de X, le président du Brésil, Y, ...": a title with its own article
            // between two names opens a new noun phrase, the apposition of the name after it
            if (det && t.e() + 1 < toks.size() && toks.get(t.e()).is(",") && nameEnd(s, t.e() + 1) - (t.e() + 1) >= 2) break;
            // "X, le président vietnamien Tran Van Long, ...": a title with its own article right before a name is that name's
            if (det && nameEnd(s, t.e()) - t.e() >= 2) break;
            // "S'entretenant avec X, le dirigeant vietnamien a proposé": with its article and a verb
            // after it, the title is the subject of the main clause, another person
            if (det && t.e() < toks.size() && Words.verbish(toks.get(t.e()))) break;
            out.add(t);
            k = t.e();
        }
        return out;
    }

    /** Records a person over tokens [b, e) with the offices its titles give. */
    static Doc.PersonInfo person(Doc doc, Doc.Sent s, int b, int e, List<Mention> titles, double confidence, Rule rule) {
        String name = s.text(b, e);
        String key = Fold.slug(name);
        Doc.PersonInfo known = resolve(doc, name);
        if (known != null) key = known.key;
        Doc.PersonInfo p = doc.persons.get(key);
        if (p == null) {
            p = new Doc.PersonInfo();
            p.key = key;
            p.name = name;
            p.rule = rule;
            p.evidence = s.span();
            p.confidence = s.main() ? confidence : Math.min(confidence, 0.5);
            doc.persons.put(key, p);
        }
        p.inMain |= s.main();
        if (p.country == null) p.country = delegationCountry(doc, s, b);
        for (Mention t : titles) {
            if (Lexicon.WEAK_TITLE_HEADS.contains(t.head()) && t.value().split(" ").length <= 1) {
                // "son homologue thaïlandais": no office worth reporting, but a country
                if (p.country == null && t.country() != null) p.country = t.country();
                else if (p.countryGuessed && t.country() != null) regain(doc, p, t.country());
                if (t.head().equals("homologue") || t.head().equals("vis-a-vis")) counterpart(doc, s, t, p);
                continue;
            }
            if (RANKS.contains(t.head()) && t.value().split(" ").length <= 1) {
                // "le général", "le sultan": a rank or style, not an office
                if (p.country == null && t.country() != null) p.country = t.country();
                if (!ROYAL.contains(t.head()) || !p.offices.isEmpty()) continue;
            }
            String country = t.country();
            if (country != null && p.countryGuessed) {
                // "son homologue cubain, X, ministre des Relations extérieures": the nationality the
                // text gives beats the outlet's own country guessed from the bare office
                regain(doc, p, country);
            }
            if (country == null && p.country == null && stateOffice(doc, s, t)) {
                country = doc.unqualifiedCountry();
                p.countryGuessed = country != null;
            }
            if (country != null && p.country == null) p.country = country;
            String orgKey = officeOrg(doc, s, t, country != null ? country : p.country);
            String title = t.value();
            String folded = Fold.fold(title);
            // "vice-président" adds nothing to "vice-président de l'Assemblée nationale"; the longer form replaces the shorter
            if (p.offices.stream().anyMatch(o -> Fold.fold(o.title()).startsWith(folded))) continue;
            for (int k = p.offices.size() - 1; k >= 0; k--) {
                if (folded.startsWith(Fold.fold(p.offices.get(k).title()))) {
                    p.offices.remove(k);
                    p.officeTokens.remove(k);
                }
            }
            // offices in the order the text gives them: the first is the one the article names the person by
            Facts.Office office = new Facts.Office(title, orgKey, country != null ? country : p.country, s.span(), rule.office().id());
            int at = 0;
            while (at < p.offices.size() && (p.offices.get(at).evidence().begin() < s.span().begin()
                    || p.offices.get(at).evidence().begin() == s.span().begin() && p.officeTokens.get(at) < t.b())) at++;
            p.offices.add(at, office);
            p.officeTokens.add(at, t.b());
        }
        s.mentions.add(Mention.of(Mention.Type.PERSON, b, e, key, p.country));
        return p;
    }

    /**
     * Gives {@code p}, whose country was guessed from a bare office, the country a title names, with
     * the offices and the ministries those offices implied that had the guessed one.
     */
    private static void regain(Doc doc, Doc.PersonInfo p, String country) {
        String guessed = p.country;
        p.country = country;
        p.countryGuessed = false;
        for (int i = 0; i < p.offices.size(); i++) {
            Facts.Office o = p.offices.get(i);
            if (o.country() == null || !o.country().equals(guessed)) continue;
            p.offices.set(i, new Facts.Office(o.title(), o.orgKey(), country, o.evidence(), o.rule()));
            Doc.OrgInfo org = o.orgKey() == null ? null : doc.orgs.get(o.orgKey());
            if (org != null && !org.named && guessed.equals(org.country)) org.country = country;
        }
    }

    /**
     * "une délégation de la Fédération de Russie conduite par X", "la délégation lao était dirigée par
     * X": a person leading a delegation serves the delegation's country.
     */
    private static String delegationCountry(Doc doc, Doc.Sent s, int b) {
        int lead = -1;
        for (int k = b - 1; k >= Math.max(0, b - 14); k--) {
            Tok t = s.toks.get(k);
            if (t.is("par") && k > 0 && (s.toks.get(k - 1).key().startsWith("condui") || s.toks.get(k - 1).key().startsWith("dirig")
                    || s.toks.get(k - 1).key().startsWith("men"))) {
                lead = k;
                break;
            }
        }
        if (lead < 0) return null;
        for (int k = lead - 1; k >= Math.max(0, lead - 25); k--) {
            if (!s.toks.get(k).key().startsWith("delegation")) continue;
            for (int j = k + 1; j < lead; j++) {
                Mention m = s.at(j, Mention.Type.COUNTRY_ADJ);
                if (m == null) m = s.at(j, Mention.Type.COUNTRY);
                if (m != null && !m.compound()) return m.value();
                Mention org = s.at(j, Mention.Type.ORG);
                Doc.OrgInfo info = org == null ? null : doc.orgs.get(org.value());
                if (info != null && info.country != null) return info.country;
            }
            return null;
        }
        return null;
    }

    /**
     * "le ministre vietnamien de la Défense, X, et son homologue indien, Y": Y holds the same office
     * for their own country.
     */
    private static void counterpart(Doc doc, Doc.Sent s, Mention homologue, Doc.PersonInfo p) {
        Doc.PersonInfo other = null;
        for (Mention m : s.of(Mention.Type.PERSON)) {
            if (m.e() <= homologue.b() && !m.value().equals(p.key)) other = doc.persons.get(m.value());
        }
        // "Le même jour, X et son homologue laotien, Y": X named before, not yet marked in this sentence
        for (int k = 0; other == null && k < homologue.b(); k++) {
            int e = nameEnd(s, k);
            if (e - k < 2 || e > homologue.b()) continue;
            Doc.PersonInfo known = resolve(doc, s.text(k, e));
            if (known != null && !known.key.equals(p.key)) other = known;
            k = e - 1;
        }
        if (other == null || other.offices.isEmpty() || !p.offices.isEmpty()) return;
        Facts.Office o = other.offices.get(other.offices.size() - 1);
        String orgKey = null;
        Doc.OrgInfo org = o.orgKey() == null ? null : doc.orgs.get(o.orgKey());
        if (org != null && org.kind.equals("ministry") && p.country != null) {
            orgKey = Recognise.register(doc, s, org.name, null, p.country, "ministry", homologue.b(), homologue.e(), Rule.ORG_HOMOLOGUE).key;
        }
        p.offices.add(new Facts.Office(o.title(), orgKey, p.country, s.span(), Rule.ROLE_HOMOLOGUE.id()));
        p.officeTokens.add(homologue.b());
    }

    /** Military ranks and royal or religious styles, which stand in apposition before a name. */
    static final Set<String> RANKS = Set.of("general", "generale", "colonel", "colonel-major", "capitaine", "amiral", "vice-amiral", "commandant",
            "lieutenant-general", "general de corps d'armee", "sultan", "emir", "cheikh", "prince", "princesse", "roi", "reine");

    private static final Set<String> ROYAL = Set.of("roi", "reine", "sultan", "emir", "cheikh", "prince", "princesse");

    private static final Set<String> STATE_HEADS = Set.of("ministre", "vice-ministre", "premier ministre",
            "premiere ministre", "vice-premier ministre", "ministre d'etat", "secretaire d'etat", "president", "presidente",
            "vice-president", "vice-presidente", "secretaire general", "secretaire generale", "chef de la diplomatie",
            "depute", "deputee", "gouverneur", "maire", "chef du gouvernement", "chef de l'etat", "general");

    /**
     * A wire agency names its own country's officials without their nationality ("le ministre des
     * Affaires étrangères X"). That holds for offices of state, not for "directeur régional" of
     * some body, nor for an office in an international organisation.
     */
    private static boolean stateOffice(Doc doc, Doc.Sent s, Mention title) {
        String home = doc.unqualifiedCountry();
        if (home == null) return false;
        boolean stateBody = false;
        for (int k = title.b(); k < title.e(); k++) {
            Mention org = s.at(k, Mention.Type.ORG);
            if (org == null) continue;
            Doc.OrgInfo info = doc.orgs.get(org.value());
            if (info != null && (info.kind.equals("international") || info.kind.equals("company")
                    || info.country != null && !info.country.equals(home))) return false;
            if (info != null && Set.of("ministry", "government", "parliament", "local", "military", "party").contains(info.kind)) {
                stateBody = true;
            }
        }
        return stateBody || STATE_HEADS.contains(title.head());
    }

    /** The organisation an office belongs to: one named in the title, or the ministry a minister's portfolio implies. */
    private static String officeOrg(Doc doc, Doc.Sent s, Mention title, String country) {
        for (int k = title.b(); k < title.e(); k++) {
            Mention org = s.at(k, Mention.Type.ORG);
            if (org != null) return org.value();
        }
        // "ministre des Affaires étrangères" -> "Ministère des Affaires étrangères", also as the second
        // office of "vice-Premier ministre et ministre des Affaires étrangères"
        int k = -1;
        for (int j = title.b(); j + 1 < title.e(); j++) {
            String w = s.toks.get(j).key();
            boolean minister = w.equals("ministre") || w.equals("vice-ministre");
            boolean premier = j > title.b() && (s.toks.get(j - 1).is("premier") || s.toks.get(j - 1).is("vice-premier"));
            int next = j + 1;
            if (next < title.e() && s.at(next, Mention.Type.COUNTRY_ADJ) != null) next++;
            if (minister && !premier && Orgs.startsComplement(s.toks, next)) k = next;
        }
        if (k < 0) return null;
        int end = title.e();
        Mention last = s.at(end - 1, Mention.Type.COUNTRY);
        if (last != null && last.b() - 1 > k) end = last.b() - 1;
        StringBuilder portfolio = new StringBuilder();
        for (int j = k; j < end; j++) {
            Tok t = s.toks.get(j);
            if (s.at(j, Mention.Type.COUNTRY_ADJ) != null && !t.capitalised()) continue;
            if (portfolio.length() > 0 && !t.is(",") && !s.toks.get(j - 1).text().endsWith("'")) portfolio.append(' ');
            portfolio.append(t.text());
        }
        if (portfolio.length() == 0 || Orgs.portfolioWords(portfolio.toString()).isEmpty()) return null;
        Doc.OrgInfo org = Recognise.register(doc, s, "Ministère " + portfolio, null, country, "ministry", title.b(), title.e(), Rule.ORG_PORTFOLIO);
        return org.key;
    }

    /** Names that repeat, whole or shortened ("Mme Ngozi", "Okafor"), a person already found. */
    static void recurring(Doc doc, Doc.Sent s) {
        List<Tok> toks = s.toks;
        for (int i = 0; i < toks.size(); i++) {
            if (s.at(i, Mention.Type.PERSON) != null) continue;
            int e = nameEnd(s, i);
            if (e == i) continue;
            Doc.PersonInfo p = resolve(doc, s.text(i, e));
            if (p != null) {
                s.mentions.add(Mention.of(Mention.Type.PERSON, i, e, p.key, p.country));
                p.inMain |= s.main();
                i = e - 1;
            }
        }
    }

    /**
     * A name given by its last words before the story names the person in full ("le président Moreau"
     * in the headline, "Jean-Luc Moreau" in the lead) is that person, as it is when the full
     * name comes first: one person, with the offices of the full name first.
     */
    static void shortNames(Doc doc) {
        // twice: a surname alone ("Moreau") is ambiguous until its short and full forms are one
        for (int round = 0; round < 2; round++) shortNamesOnce(doc);
    }

    /**
     * Whether {@code words} shorten {@code whole}: its last words ("Moreau", "Luc Moreau"), or its
     * first word and others in order ("Jean Moreau" for "Jean-Luc Pierre Moreau").
     */
    private static boolean shortens(List<String> words, List<String> whole) {
        if (whole.size() <= words.size() || !whole.containsAll(words)) return false;
        if (whole.subList(whole.size() - words.size(), whole.size()).equals(words)) return true;
        // "le président Souza" for "Carlos Souza da Costa": one word of the full name but its first
        if (words.size() == 1) return !whole.get(0).equals(words.get(0));
        if (!whole.get(0).equals(words.get(0))) return false;
        int at = 0;
        for (String w : words) {
            int found = whole.subList(at, whole.size()).indexOf(w);
            if (found < 0) return false;
            at += found + 1;
        }
        return true;
    }

    private static void shortNamesOnce(Doc doc) {
        for (Doc.PersonInfo p : List.copyOf(doc.persons.values())) {
            if (!doc.persons.containsKey(p.key)) continue;
            List<String> words = List.of(p.key.split("-"));
            Doc.PersonInfo whole = null;
            boolean ambiguous = false;
            for (Doc.PersonInfo q : doc.persons.values()) {
                List<String> qw = List.of(q.key.split("-"));
                if (q == p || !shortens(words, qw)) continue;
                if (whole != null) ambiguous = true;
                whole = q;
            }
            if (whole == null || ambiguous) continue;
            for (int i = 0; i < p.offices.size(); i++) {
                whole.offices.add(p.offices.get(i));
                whole.officeTokens.add(p.officeTokens.get(i));
            }
            if (whole.country == null) whole.country = p.country;
            whole.inMain |= p.inMain;
            doc.persons.remove(p.key);
            for (Doc.Sent s : doc.sents) {
                for (int i = 0; i < s.mentions.size(); i++) {
                    Mention m = s.mentions.get(i);
                    if (m.type() == Mention.Type.PERSON && m.value().equals(p.key)) {
                        s.mentions.set(i, m.naming(whole.key, whole.country));
                    }
                }
            }
        }
    }

    /** The one known person whose name contains every word of {@code name}, or null. */
    static Doc.PersonInfo resolve(Doc doc, String name) {
        String key = Fold.slug(name);
        if (doc.persons.containsKey(key)) return doc.persons.get(key);
        List<String> words = List.of(key.split("-"));
        Doc.PersonInfo found = null;
        for (Doc.PersonInfo p : doc.persons.values()) {
            List<String> pw = List.of(p.key.split("-"));
            if (pw.containsAll(words) && words.size() < pw.size()) {
                if (found != null) return null; // ambiguous
                found = p;
            }
        }
        return found;
    }
}
