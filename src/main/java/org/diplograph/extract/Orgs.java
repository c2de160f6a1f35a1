package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.text.Memo;

/**
 * Organisation names in French: a head ({@code ministère}, {@code Agence}, {@code Parti}...) and
 * what completes it, as French builds institutional names:
 * adjectives ({@code Agence japonaise}), chained complements ({@code des Postes, des
 * Télécommunications et de la Communication}), an acronym in brackets, a country complement.
 * A complement whose head is itself an organisation ({@code du Comité ... de la Chambre des
 * députés}) ends the outer name: the inner one is an organisation of its own.
 */
final class Orgs {
    private Orgs() {}

    /** Organs with a generic head ("Comité central", "Bureau politique"): see generic-organs.txt. */
    static final Set<String> GENERIC_ORGANS = WordLists.load("generic-organs");

    /** Result of reading a name from its head. */
    record Read(int b, int e, int nameEnd, String acronym, String country, String countryAdj, int inner) {}

    /** Length in tokens of an organisation head at {@code i}, or 0. */
    static int head(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (!t.word()) return 0;
        if (i + 2 < toks.size() && t.is("chambre") && toks.get(i + 1).is("de") && toks.get(i + 2).is("commerce")) return 1;
        if (!Lexicon.ORG_HEADS.containsKey(t.key())) return 0;
        return 1;
    }

    /** Heads that name an organisation even in lower case ("le ministère laotien des X", "le groupe vietnamien Y"). */
    private static final java.util.Set<String> LOWER_CASE_HEADS = java.util.Set.of("ministere", "ambassade", "consulat",
            "garde-cotes", "armee", "marine", "commandement", "groupe", "societe", "compagnie", "banque", "universite",
            "institut", "entreprise", "corporation", "prefecture");
    /** Heads of businesses, whose own name follows them ("le groupe Viettel"). */
    /** Heads of schools and institutes, often named after a person or a place ("Institut Jean Dupont"). */
    private static final Set<String> EPONYM_HEADS = WordLists.load("eponym-heads");
    static final java.util.Set<String> BUSINESS_HEADS = java.util.Set.of("groupe", "societe", "compagnie",
            "banque", "entreprise", "corporation", "holding");
    /** Nouns of territories whose names follow them and may run to several words ("province de Quang Tri"). */
    /** A plural's final s: "regions" read as "region". */
    private static final java.util.regex.Pattern FINAL_S = java.util.regex.Pattern.compile("s$");
    private static final java.util.Set<String> TERRITORIES = java.util.Set.of("province", "ville", "district", "region",
            "commune", "prefecture", "departement", "municipalite", "comte", "canton", "etat", "arrondissement", "zone",
            "republique", "royaume", "emirat", "territoire");

    /**
     * Reads the name whose head is at {@code h}. Returns null when the head stands alone (a bare
     * "le Parti" names no organisation).
     */
    static Read read(Doc.Sent s, int h, Gazetteer gaz) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        Tok head = toks.get(h);
        boolean lowerHead = !head.capitalised();
        // "une entreprise indienne d'engrais", "d'un programme du Fonds X": a body an indefinite
        // article presents is one of its kind, not one the text names
        if (lowerHead && h > 0 && (toks.get(h - 1).is("un") || toks.get(h - 1).is("une"))) return null;
        int i = h + 1;
        String countryAdj = null;
        int adjectives = 0;
        // "les Forces armées turques conduites par X": a participle with its agent is the sentence's, not the name's
        // "l'entreprise vietnamienne Thai Binh": after the head's nationality, a capitalised word is the body's own name
        while (i < n && adjectives < 4 && (Words.adjectiveLike(toks.get(i)) || s.at(i, Mention.Type.COUNTRY_ADJ) != null)
                && !(countryAdj != null && toks.get(i).capitalised())
                && !(i + 1 < n && toks.get(i + 1).is("par") && s.at(i, Mention.Type.COUNTRY_ADJ) == null)) {
            Mention m = s.at(i, Mention.Type.COUNTRY_ADJ);
            if (m != null && countryAdj == null) countryAdj = m.value();
            i++;
            adjectives++;
        }
        // "la Communauté économique et monétaire de l'Afrique centrale": two adjectives joined by "et"
        // qualify the head together when a complement follows them
        // "le Comité économique et commercial mixte (JETCO)": more adjectives may follow the joined one, and an
        // acronym in brackets closes the name as a complement would
        if (adjectives > 0 && i + 2 < n && toks.get(i).is("et") && Words.adjectiveLike(toks.get(i + 1))
                && s.at(i + 1, Mention.Type.COUNTRY_ADJ) == null && People.headAt(toks, i + 1) == 0) {
            int k = i + 2;
            while (k < n && k < i + 4 && Words.adjectiveLike(toks.get(k)) && s.at(k, Mention.Type.COUNTRY_ADJ) == null) k++;
            if (k < n && (startsComplement(toks, k)
                    || k > i + 2 && k + 2 < n && toks.get(k).is("(") && Words.acronym(toks.get(k + 1)) && toks.get(k + 2).is(")"))) {
                adjectives += k - i - 1;
                i = k;
            }
        }
        int adjectivesEnd = i;
        int complements = 0;
        // "la Commission mixte Vietnam-Inde sur ...": a pair of countries right after the head belongs to the name
        Mention pairAfterHead = i < n ? s.at(i, Mention.Type.COUNTRY) : null;
        if (pairAfterHead != null && pairAfterHead.b() == i && pairAfterHead.compound() && adjectives > 0) {
            i = pairAfterHead.e();
            complements++;
        }
        // "le groupe vietnamien Sontel", "l'Académie militaire Jean Dupont": a body's own name after its head
        // after the body's own name, "et" starts the sentence's next noun ("l'Académie Jean Dupont et des membres de ...")
        boolean ownName = false;
        boolean agencyName = lowerHead && head.is("agence") && i < n && properName(s, i) && !reported(toks, h);
        if ((BUSINESS_HEADS.contains(head.key()) || EPONYM_HEADS.contains(head.key()) || agencyName) && i < n && properName(s, i)) {
            ownName = true;
            // "China Road and Bridge Corporation": a firm's English name joins its words with "and" or "of"
            while (i < n && i - h < 8 && (properName(s, i)
                    || (toks.get(i).is("and") || toks.get(i).is("of")) && i > h + 1 && i + 1 < n && properName(s, i + 1))) i++;
            // "la compagnie Air Atlas Maroc (AAM)": a country closing the name its acronym follows
            Mention c = i < n ? s.at(i, Mention.Type.COUNTRY) : null;
            if (c != null && c.b() == i && c.e() + 2 < n && toks.get(c.e()).is("(") && Words.acronym(toks.get(c.e() + 1))
                    && toks.get(c.e() + 2).is(")")) i = c.e();
            complements++;
        }
        String country = null;
        int inner = -1;
        Read innerRead = null;
        String previous = head.key();
        // after a place's name, "et" + a capitalised word starts another name ("de Binh Lam et Hanil")
        boolean afterPlace = false;
        while (i < n && complements < 6) {
            int j = i;
            // "l'Union européenne et de la Coopération": "et" or a comma continues a name that has a complement
            // already ("de l'Industrie et du Commerce"), never a head with its adjectives alone
            if (complements > 0 && j + 1 < n && toks.get(j).is(",") && startsComplement(toks, j + 1)) j++;
            else if (complements > 0 && !ownName && j + 1 < n && toks.get(j).is("et")
                    && (startsComplement(toks, j + 1) || !afterPlace && toks.get(j + 1).capitalised() && s.at(j + 1, Mention.Type.COUNTRY) == null
                    && !Words.acronym(toks.get(j + 1)) && head(toks, j + 1) == 0 && complements > 0)) j++;
            boolean joined = j > i && toks.get(j - 1).is("et");
            if (j < n && toks.get(j).capitalised() && joined) {
                // "Affaires intérieures et Communications"
            } else if (startsAu(toks, j) && j == i) {
                j++;
            } else if (!startsComplement(toks, j) || !purpose(toks, h, j)) {
                break;
            } else {
                j = skipPrep(toks, j);
            }
            if (j >= n || !Words.content(toks.get(j))) break;
            // "du ministère du Commerce et de l'ambassadeur de X": a person's title joined to the name is the sentence's
            if (j > i && !toks.get(j).capitalised() && People.headAt(toks, j) > 0) break;
            // "le Commandement des deux garde-côtes", "le Groupe de respecter": a number or a verb is no name's complement
            if (NUMBERS.contains(toks.get(j).key()) || infinitive(toks, j)) break;
            // "les Forces armées de part et d'autre de la frontière": a locution of the sentence
            if (toks.get(j).is("part") && j + 1 < n && toks.get(j + 1).is("et")) break;
            // "du ministère des Affaires étrangères et du Bureau du Président": "et" joins a second body
            if (joined && toks.get(j).capitalised() && head(toks, j) > 0) break;
            // "... et de la marine malaisienne": so does a head that names a body in lower case
            if (joined && LOWER_CASE_HEADS.contains(toks.get(j).key())) break;
            Mention c = s.at(j, Mention.Type.COUNTRY);
            if (c != null) {
                if (country == null) country = c.value();
                i = c.e();
                complements++;
                if (!c.compound()) break;
                continue;
            }
            if (toks.get(j).capitalised() && head(toks, j) > 0 && !toks.get(j).is("gouvernement") && !toks.get(j).is("etat")
                    && readsAsName(s, j, gaz)) {
                // "la Commission des relations extérieures du Comité central du PCV": the body it
                // belongs to completes the name, which runs to the end of that body's name
                inner = j;
                innerRead = read(s, j, gaz);
                break;
            }
            boolean territory = TERRITORIES.contains(previous);
            previous = toks.get(j).key();
            int run = properRun(s, j);
            int start = j;
            j++;
            if (territory && toks.get(j - 1).capitalised()) {
                // "de la province de Quang Ninh", "de la ville de Can Tho": place names run to several words
                while (j < n && properName(s, j)) j++;
            } else if (run > j) {
                // "Comité populaire de Hô Chi Minh-Ville", "Comité provincial du Parti de Long Hoa"
                j = run;
            }
            if (GEOGRAPHIC.contains(toks.get(start).key()) && j < n && toks.get(j).word() && toks.get(j).capitalised()
                    && !Words.acronym(toks.get(j))) {
                // "la Commission du bassin du lac Tchad", "de l'océan Indien": the name of the water
                // belongs to the body's name, and a country's name there is no country of the body
                Mention water = s.at(j, Mention.Type.COUNTRY);
                j = water != null && water.b() == j ? water.e() : j + 1;
            }
            afterPlace = toks.get(j - 1).capitalised() && (territory || run == j && run > start + 1);
            // "une délégation de la province de X conduite par Y": a participle with its agent is not the name's
            // "la société d'État chargée de soutenir ...": the mission the participle gives is the sentence's
            while (j < n && (Words.adjectiveLike(toks.get(j)) && !toks.get(j).key().startsWith("charge")
                    || s.at(j, Mention.Type.COUNTRY_ADJ) != null)
                    && !(j + 1 < n && toks.get(j + 1).is("par"))) {
                Mention adj = s.at(j, Mention.Type.COUNTRY_ADJ);
                if (adj != null && countryAdj == null) countryAdj = adj.value();
                j++;
                // "coopération économique, commerciale, scientifique et technologique": adjectives in a row
                if (j + 1 < n && (toks.get(j).is(",") || toks.get(j).is("et")) && Words.adjectiveLike(toks.get(j + 1))
                        && s.at(j + 1, Mention.Type.COUNTRY_ADJ) == null && !toks.get(j - 1).capitalised()
                        && adjectivesEndName(s, j + 1, toks.get(j).is(","))) j++;
            }
            Mention cm = j < n ? s.at(j, Mention.Type.COUNTRY) : null;
            if (cm != null && cm.compound()) {
                if (country == null) country = cm.value();
                j = cm.e();
            } else if (cm == null && j < n && gaz != null && gaz.countryThenRegion(toks.get(j))) {
                // "du mécanisme de coopération Chine-Asie centrale": a country joined to a region is the pair
                // the body serves, part of its name, and gives the body no country of its own
                j++;
                while (j < n && Words.adjectiveLike(toks.get(j)) && s.at(j, Mention.Type.COUNTRY_ADJ) == null
                        && !(j + 1 < n && toks.get(j + 1).is("par"))) j++;
            }
            i = j;
            complements++;
        }
        // "l'ambassade du Vietnam en Algérie": the host country belongs to an embassy's name
        if ((head.is("ambassade") || head.is("consulat")) && i + 1 < n
                && (toks.get(i).is("en") || toks.get(i).is("au") || toks.get(i).is("aux"))) {
            Mention host = s.at(i + 1, Mention.Type.COUNTRY);
            if (host != null && host.b() == i + 1) i = host.e();
        }
        // "le Comité central du Parti communiste du Vietnam", "le Xe Congrès du Parti ...": a generic organ
        // of the body named after it is that body, read on its own; an organ of an organ ("le
        // Secrétariat du Comité central du PCV") is a body of its own
        if (innerRead != null && complements == 0 && genericOrgan(s, h, adjectivesEnd) && !genericOrgan(s, inner, organEnd(s, inner))) {
            return null;
        }
        if (innerRead != null) {
            // the name runs through the body it belongs to, whose acronym and country stay that body's
            if (country == null) country = innerRead.country() != null ? innerRead.country() : innerRead.countryAdj();
            return new Read(h, innerRead.e(), innerRead.nameEnd(), null, country, countryAdj, inner);
        }
        int nameEnd = i;
        String acronym = null;
        if (i + 2 < n && toks.get(i).is("(") && Words.acronym(toks.get(i + 1)) && toks.get(i + 2).is(")")) {
            acronym = toks.get(i + 1).text();
            i += 3;
        }
        // "Parti libéral-démocrate (PLD) du Japon", "province de Svay Rieng (Cambodge)"
        if (country == null && i + 1 < n && (toks.get(i).is("du") || toks.get(i).is("de") || toks.get(i).is("d'"))) {
            int k = skipPrep(toks, i);
            Mention c = k < n ? s.at(k, Mention.Type.COUNTRY) : null;
            if (c != null && c.b() == k) {
                country = c.value();
                i = c.e();
            }
        } else if (country == null && i + 2 < n && toks.get(i).is("(")) {
            Mention c = s.at(i + 1, Mention.Type.COUNTRY);
            if (c != null && c.b() == i + 1 && c.e() < n && toks.get(c.e()).is(")")) {
                country = c.value();
                i = c.e() + 1;
            }
        }
        if (complements == 0 && adjectives == 0 && acronym == null) return null;
        // "membre du Bureau politique": a generic organ alone names no body of its own
        if (complements == 0 && acronym == null && genericOrgan(s, h, nameEnd)) return null;
        if (lowerHead && complements == 0 && acronym == null && !head.is("ministere") && !jointBody(s, h, adjectivesEnd, adjectives)
                && !(ARMED_HEADS.contains(head.key()) && countryAdj != null && !sharedByTwo(s, adjectivesEnd))) return null;
        // "relancer la commission mixte de coopération", "dont la commission mixte de suivi": a joint
        // commission whose one complement is a bare noun, with no other adjective and no states named, is
        // described, not named
        if (lowerHead && JOINT_HEADS.contains(head.key()) && adjectives == 1 && complements == 1 && nameEnd - adjectivesEnd <= 2
                && country == null && countryAdj == null && acronym == null) {
            return null;
        }
        if (lowerHead && !LOWER_CASE_HEADS.contains(head.key()) && !agencyName && !kindMarked(s, h, nameEnd) && acronym == null
                && !jointBody(s, h, adjectivesEnd, Math.max(adjectives, complements + 1))) {
            return null;
        }
        return new Read(h, i, nameEnd, acronym, country, countryAdj, inner);
    }

    /**
     * "selon l'agence X", "a rapporté l'agence X": an agency the story is quoted from is a news
     * agency, which reports the story and acts in none of it (FORMAT.md).
     */
    private static boolean reported(List<Tok> toks, int h) {
        for (int k = Math.max(0, h - 3); k < h; k++) {
            String w = toks.get(k).key();
            if (w.equals("selon") || w.startsWith("rapport") || w.startsWith("cite") || w.equals("d'apres")) return true;
        }
        return false;
    }

    /**
     * Heads of a state's armed services, which its nationality alone names: "la marine philippine",
     * "les garde-côtes malaisiens" are bodies of their states, as "la Marine philippine" is.
     */
    private static final Set<String> ARMED_HEADS = Set.of("marine", "armee", "garde-cotes");

    /** "les garde-côtes vietnamiens et philippins": a second nationality after "et" makes the noun two states' services. */
    private static boolean sharedByTwo(Doc.Sent s, int k) {
        return k + 1 < s.toks.size() && s.toks.get(k).is("et") && s.at(k + 1, Mention.Type.COUNTRY_ADJ) != null;
    }

    /** Adjectives of a joint body ("mixte", "conjoint"): see joint-body-words.txt. */
    private static final Set<String> JOINT_WORDS = WordLists.load("joint-body-words");
    /**
     * Heads of joint bodies: the "commission mixte" two states hold sessions of, as FORMAT.md names
     * it ("la grande commission mixte"); a "comité mixte" is a working committee under it, which the
     * answers do not count as a body of its own.
     */
    private static final Set<String> JOINT_HEADS = Set.of("commission");

    /**
     * "la commission mixte ivoiro-togolaise", "la commission mixte de coopération économique": a
     * lower-case commission that an adjective of {@link #JOINT_WORDS} right after it
     * makes joint is a body two states set up, named when something more than that adjective
     * qualifies it ({@code qualifiers} counts the adjectives, or the complements and one): a bare
     * "la commission mixte" is the body named in full before, or one not named at all.
     */
    static boolean jointBody(Doc.Sent s, int h, int adjectivesEnd, int qualifiers) {
        if (!JOINT_HEADS.contains(s.toks.get(h).key()) || qualifiers < 2 || convenedAhead(s, h) && !sessionsBefore(s, h)) return false;
        for (int k = h + 1; k < adjectivesEnd; k++) if (JOINT_WORDS.contains(s.toks.get(k).key())) return true;
        return false;
    }

    /** Words that put a joint body's session ahead: see convening-words.txt. */
    private static final Set<String> CONVENING = WordLists.load("convening-words");

    /**
     * Whether the sentence speaks of the joint body at {@code h} as one still to meet: it tells of
     * the future ("la prochaine session ... devrait se tenir") or a word before the body puts its
     * session ahead ("convenu de convoquer la commission mixte").
     */
    private static boolean convenedAhead(Doc.Sent s, int h) {
        if (Tense.future(s)) return true;
        for (int k = 0; k < h; k++) if (CONVENING.contains(s.toks.get(k).key())) return true;
        return false;
    }

    /**
     * "convoquer la commission mixte X, dont la dernière session remonte à 2015", "... qui ne s'est
     * plus réunie depuis 2022": a relative clause after the joint body at {@code h} that dates its
     * earlier sessions tells of a body that exists and has met, named as such even while its next
     * session is still ahead.
     */
    static boolean sessionsBefore(Doc.Sent s, int h) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        for (int k = h + 2; k < n; k++) {
            if (!toks.get(k - 1).is(",") || !(toks.get(k).is("dont") || toks.get(k).is("qui"))) continue;
            for (int j = k + 1; j + 1 < n && j < k + 12 && !toks.get(j).is(","); j++) {
                if ((toks.get(j).is("remonte") || toks.get(j).is("depuis")) && year(toks.get(j + 1).text())
                        || toks.get(j).is("a") && year(toks.get(j + 1).text()) && toks.get(j - 1).is("remonte")) return true;
            }
            return false;
        }
        return false;
    }

    private static boolean year(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /** Nouns of buildings and rooms named after a body: "Palais des Congrès", "salle du Conseil". */
    private static final Set<String> BUILDINGS = WordLists.load("building-nouns");

    /** Whether the head at {@code h} is the complement of a building's noun ("Palais des Congrès"). */
    static boolean inBuildingName(List<Tok> toks, int h) {
        int k = h - 1;
        while (k >= 0 && Words.DETS.contains(toks.get(k).key())) k--;
        if (k < 1 || !(toks.get(k).is("de") || toks.get(k).is("des") || toks.get(k).is("du") || toks.get(k).is("d'"))) return false;
        return BUILDINGS.contains(toks.get(k - 1).key());
    }

    /** Words that make a body with one of the heads of {@link #OUTLET_HEADS} a news outlet. */
    private static final Set<String> OUTLET_WORDS = WordLists.load("news-outlet-words");
    private static final Set<String> OUTLET_HEADS = Set.of("agence", "office", "societe", "groupe", "compagnie");

    /** "l'Agence d'information du pays", "l'Agence de presse nationale": a news outlet. */
    static boolean newsOutlet(String headKey, String name) {
        if (!OUTLET_HEADS.contains(headKey)) return false;
        for (Tok t : Tok.tokenize(name)) {
            String k = t.key().startsWith("d'") ? t.key().substring(2) : t.key();
            if (OUTLET_WORDS.contains(k)) return true;
        }
        return false;
    }

    /** Whether the head at {@code h} with its words up to {@code e} is a generic organ ("Comité central"). */
    static boolean genericOrgan(Doc.Sent s, int h, int e) {
        return GENERIC_ORGANS.contains(Fold.fold(s.text(h, e)));
    }

    /** The end of the head at {@code h} and the adjectives right after it. */
    static int organEnd(Doc.Sent s, int h) {
        int e = h + 1;
        while (e < s.toks.size() && Words.adjectiveLike(s.toks.get(e))) e++;
        return e;
    }

    /**
     * After "X, " or "X et": the adjectives from {@code j} on end in "et" + adjective or in the end of
     * the name (punctuation or a word that is not one), so "économique, commerciale et technique"
     * is one list, and "économique, la visite" is not. A list a comma opens closes on "et" ("du Comité
     * central, effectue du 20 au 24": a verb after the comma is the sentence's, not a second adjective).
     */
    private static boolean adjectivesEndName(Doc.Sent s, int j, boolean afterComma) {
        int n = s.toks.size();
        boolean closed = !afterComma;
        while (j < n && Words.adjectiveLike(s.toks.get(j))) {
            j++;
            if (j < n && (s.toks.get(j).is(",") || s.toks.get(j).is("et")) && j + 1 < n && Words.adjectiveLike(s.toks.get(j + 1))) {
                closed |= s.toks.get(j).is("et");
                j++;
            }
        }
        if (!closed) return false;
        return j >= n || !s.toks.get(j).word() || Words.stop(s.toks.get(j)) || startsComplement(s.toks, j);
    }

    /**
     * "de Hô Chi Minh-Ville", "de Long Hoa", "de Samsung Electronics": after a bare "de" or "d'" (no
     * article, as French writes before a place's or a firm's own name), a capitalised word that is
     * no French word and no head of a body starts a proper name, which runs over the capitalised
     * words after it, three words in all at most. A longer run of capitals is a name glued to a
     * person's ("de Long Hoa Tran Van An"), which cannot be cut by reading alone: the name then
     * keeps its first word only, as before. Returns the end of the run, or {@code w + 1}.
     */
    static int properRun(Doc.Sent s, int w) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        if (w < 1 || w >= n || !(toks.get(w - 1).is("de") || toks.get(w - 1).is("d'"))) return w + 1;
        Tok t = toks.get(w);
        if (!t.word() || !t.capitalised() || Words.acronym(t) || Lexicon.NOT_NAME.contains(t.key()) || head(toks, w) > 0
                || s.at(w, Mention.Type.COUNTRY) != null) return w + 1;
        int e = w + 1;
        while (e < n && e - w < 3 && properName(s, e) && head(toks, e) == 0) e++;
        if (e < n && toks.get(e).word() && toks.get(e).capitalised() && !Words.acronym(toks.get(e))) return w + 1;
        return e;
    }

    /** Nouns of seas, rivers, lakes and basins, whose own name follows them: see geographic-nouns.txt. */
    private static final Set<String> GEOGRAPHIC = WordLists.load("geographic-nouns");

    /** Numbers written as words: a count ("des deux pays") is no part of a body's name. */
    private static final Set<String> NUMBERS = Set.of("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix");

    /** "de respecter", "d'établir": a lower-case infinitive right after a bare "de" ends a name. */
    private static boolean infinitive(List<Tok> toks, int j) {
        if (j < 1 || !(toks.get(j - 1).is("de") || toks.get(j - 1).is("d'"))) return false;
        Tok t = toks.get(j);
        String k = t.key();
        return !t.capitalised() && k.length() >= 6 && !k.endsWith("ier") && (k.endsWith("er") || k.endsWith("ir"));
    }

    /** A capitalised word that can belong to a proper name: not a function word, country, acronym or title. */
    private static boolean properName(Doc.Sent s, int j) {
        Tok t = s.toks.get(j);
        return t.word() && t.capitalised() && !Words.acronym(t) && !Words.stop(t) && s.at(j, Mention.Type.COUNTRY) == null
                && s.at(j, Mention.Type.COUNTRY_ADJ) == null && s.at(j, Mention.Type.PERSON) == null
                && !Lexicon.NOT_NAME.contains(t.key());
    }

    /** An organisation head inside a complement names an organisation of its own only when it reads as one. */
    private static boolean readsAsName(Doc.Sent s, int j, Gazetteer gaz) {
        Read r = read(s, j, gaz);
        return r != null && r.nameEnd() - r.b() > 1;
    }

    private static boolean kindMarked(Doc.Sent s, int b, int e) {
        String k = Fold.fold(s.text(b, e));
        for (String marker : Lexicon.KIND_MARKERS.keySet()) if (k.contains(marker)) return true;
        return false;
    }

    /**
     * A purpose ("pour", "sur") continues a name only for a body named after its mission ("Fonds
     * pour le développement"), not a state body ("le ministère de la Défense pour l'aide apportée"),
     * and never before a verb ("la communauté internationale pour promouvoir").
     */
    private static boolean purpose(List<Tok> toks, int h, int j) {
        if (!(toks.get(j).is("pour") || toks.get(j).is("sur"))) return true;
        if (STATE_HEADS.contains(toks.get(h).key())) return false;
        if (j + 1 >= toks.size()) return false;
        String next = toks.get(j + 1).key();
        return toks.get(j + 1).capitalised() || !(next.endsWith("er") || next.endsWith("ir") || next.endsWith("re"));
    }

    /** Heads of state bodies, named after their field, never after a purpose. */
    private static final Set<String> STATE_HEADS = WordLists.load("state-body-heads");

    /**
     * "Fonds d'aide au développement des villages": inside a name, "au" before a common noun and
     * its own complement continues it; never before a place, and never after a comma (", au siège du ministère").
     */
    private static boolean startsAu(List<Tok> toks, int j) {
        if (j == 0 || toks.get(j - 1).is(",") || j + 2 >= toks.size()) return false;
        Tok t = toks.get(j);
        Tok noun = toks.get(j + 1);
        Tok after = toks.get(j + 2);
        return (t.is("au") || t.is("aux")) && !noun.capitalised() && Words.content(noun) && !Words.adjectiveLike(noun)
                && !LOCATIVES.contains(noun.key())
                // "la préfecture de X aux régions de Y": another territory, not the name's complement
                && !TERRITORIES.contains(noun.key()) && !TERRITORIES.contains(FINAL_S.matcher(noun.key()).replaceAll(""))
                && (after.is("de") || after.is("des") || after.is("du"));
    }

    /** Nouns that "au" + noun + "de" builds into a locution ("au large de"): see locative-nouns.txt. */
    private static final Set<String> LOCATIVES = WordLists.load("locative-nouns");

    static boolean startsComplement(List<Tok> toks, int j) {
        if (j >= toks.size()) return false;
        Tok t = toks.get(j);
        if (t.is("de") || t.is("du") || t.is("des") || t.is("d'")) return true;
        if ((t.is("pour") || t.is("sur")) && j + 1 < toks.size()) return true;
        return (t.is("charge") || t.is("chargee")) && j + 1 < toks.size() && startsComplement(toks, j + 1);
    }

    static int skipPrep(List<Tok> toks, int j) {
        Tok t = toks.get(j);
        if (t.is("charge") || t.is("chargee")) j++;
        j++;
        while (j < toks.size() && Words.DETS.contains(toks.get(j).key())) j++;
        return j;
    }

    /** The kinds a head gives whatever its complement says. */
    private static final Set<String> DECISIVE_HEAD_KINDS = Set.of("military", "embassy", "party", "ministry", "university");
    /** Words of a name that say it spans several countries ("des États du Sahel", "de libre-échange"): see multinational-words.txt. */
    private static final Set<String> MULTINATIONAL = WordLists.load("multinational-words");
    /** Words of research and standards: see research-words.txt. */
    private static final Set<String> RESEARCH_WORDS = WordLists.load("research-words");
    /** Heads of bodies that a state sets up to fund, lend or carry out its policy ("Banque centrale", "Fonds koweïtien"). */
    private static final Set<String> PUBLIC_FINANCE_HEADS = Set.of("banque", "fonds", "agence", "office", "institut", "centre");
    /** Words that, after a head of {@link #PUBLIC_FINANCE_HEADS}, make the body a public one: see public-body-words.txt. */
    private static final Set<String> PUBLIC_BODY_WORDS = WordLists.load("public-body-words");
    /** Heads of the offices around a head of state or government ("Bureau du Président", "Secrétariat général de la présidence"). */
    private static final Set<String> OFFICE_HEADS = Set.of("bureau", "secretariat", "cabinet", "services", "office");
    /** Heads that name a party when an adjective of politics follows them ("Congrès national démocratique"). */
    private static final Set<String> MOVEMENT_HEADS = Set.of("congres", "rassemblement", "mouvement", "front", "union", "alliance");
    private static final Set<String> POLITICAL_ADJECTIVES = WordLists.load("political-adjectives");
    /** Kinds that belong to one state whatever words of several countries their names hold. */
    private static final Set<String> ONE_STATES_KINDS = Set.of("ministry", "embassy", "party", "parliament", "military", "local", "government", "agency");

    /**
     * The kind of an organisation as {@link #kindOf} tells it, worked out once for each head, name
     * and country: the same bodies are named in story after story, and each telling tokenises the
     * name again. The answer depends on these three alone (and on the fixed word lists and the
     * extractor's table of international bodies, which is part of the key), so a remembered one is
     * the same; the memo is emptied when it grows large.
     */
    static String kind(String headKey, String name, String country, InternationalBodies bodies) {
        return KINDS.get(new KindOf(headKey, name, country, bodies), k -> kindOf(k.headKey(), k.name(), k.country(), k.bodies()));
    }

    private record KindOf(String headKey, String name, String country, InternationalBodies bodies) {}

    private static final Memo<KindOf, String> KINDS = new Memo<>(50_000);

    /**
     * The kind of an organisation from its head, its name's words and the country it serves (null
     * when the text gives none), as a French reader tells it:
     * <ul>
     * <li>a bank, fund, agency or office of one country's state ("Banque centrale de X", "Fonds
     * koweïtien pour le développement", "Agence chinoise de coopération internationale") is an
     * agency, whatever "international" its mission says;</li>
     * <li>a body with no country whose name spans several ("Confédération des États du Sahel",
     * "Association européenne de libre-échange", "Cour internationale de justice") is international;</li>
     * <li>the offices of a head of state or government ("Bureau du Président de la République") are
     * the government;</li>
     * <li>a "Congrès", "Rassemblement" or "Mouvement" with an adjective of politics ("démocratique",
     * "patriotique") is a party; a military academy or school is military.</li>
     * </ul>
     */
    private static String kindOf(String headKey, String name, String country, InternationalBodies bodies) {
        String k = Fold.fold(name);
        List<String> words = new ArrayList<>();
        for (Tok t : Tok.tokenize(name)) if (t.word()) words.add(t.key().startsWith("d'") || t.key().startsWith("l'") ? t.key().substring(2) : t.key());
        if (EPONYM_HEADS.contains(headKey) && words.contains("militaire")) return "military";
        if (OFFICE_HEADS.contains(headKey) && (words.contains("president") || words.contains("presidence")
                || words.contains("presidente") || k.contains("premier ministre") || words.contains("primature"))) return "government";
        if (MOVEMENT_HEADS.contains(headKey) && words.stream().anyMatch(POLITICAL_ADJECTIVES::contains)) return "party";
        // "Institut de recherche nucléaire", "Centre d'étude de l'énergie nucléaire": research and standards are a state's agency
        if ((headKey.equals("institut") || headKey.equals("centre")) && words.stream().anyMatch(RESEARCH_WORDS::contains)) return "agency";
        if (country != null && PUBLIC_FINANCE_HEADS.contains(headKey) && !headKey.equals("institut")
                && (!headKey.equals("banque") || words.stream().anyMatch(PUBLIC_BODY_WORDS::contains))) {
            return headKey.equals("centre") && words.stream().noneMatch(PUBLIC_BODY_WORDS::contains) ? kind(headKey, name) : "agency";
        }
        if (headKey.equals("institut") && country != null && words.contains("national")) return "agency";
        // a joint commission is the two states' body, whatever field its complement names
        if (JOINT_HEADS.contains(headKey) && words.stream().anyMatch(JOINT_WORDS::contains)) return "other";
        String plain = kind(headKey, name);
        // an agency or an office is one state's, whatever "coopération internationale" its mission says
        if (country == null && !ONE_STATES_KINDS.contains(plain)
                && words.stream().anyMatch(MULTINATIONAL::contains)) return "international";
        // "la Commission de la CEDEAO": an organ of an international body is international
        if (country == null && plain.equals("other") && organOfInternationalBody(name, bodies)) return "international";
        return plain;
    }

    /** Whether a word after the head of {@code name} is the acronym of a body of the international table. */
    private static boolean organOfInternationalBody(String name, InternationalBodies bodies) {
        List<Tok> toks = Tok.tokenize(name);
        for (int k = 1; k < toks.size(); k++) {
            if (Words.acronym(toks.get(k)) && bodies.byAcronym(toks.get(k)) != null) return true;
        }
        return false;
    }

    /** The kind of an organisation from its head and its name's markers. */
    static String kind(String headKey, String name) {
        String k = Fold.fold(name);
        // the bodies of a party's central committee are the party's
        if (k.startsWith("bureau politique") || k.contains(" du comite central") || k.startsWith("comite central")) return "party";
        // "le Comité provincial du Parti de X": a committee of the party is the party's, whatever territory it serves
        if (headKey.equals("comite") && k.contains(" du parti") && !k.contains("populaire")) return "party";
        String byHead = Lexicon.ORG_HEADS.getOrDefault(headKey, "other");
        // a head that says what the body is wins over the words of its complement: a military command
        // of a province is military, a ministry of the regions a ministry
        if (DECISIVE_HEAD_KINDS.contains(byHead)
                && !(headKey.equals("bureau") || headKey.equals("cabinet"))) return byHead;
        if (k.contains("comite populaire") || k.contains("conseil populaire")) return "local";
        for (Map.Entry<String, String> e : Lexicon.KIND_MARKERS.entrySet()) {
            if (k.contains(e.getKey())) return e.getValue();
        }
        if (headKey.equals("groupe") && k.contains("depute")) return "parliament";
        if (k.contains("internation") && (headKey.equals("organisation") || headKey.equals("fonds"))) return "international";
        boolean international = k.contains("nations unies") || k.contains("mondial") || k.contains("internation")
                || k.contains("etats") || k.contains("europe");
        // a fund that spans no countries is a public body financing a policy ("Fonds d'appui aux communes")
        if (headKey.equals("fonds")) return international ? "international" : "agency";
        if (headKey.equals("organisation") || headKey.equals("programme") || headKey.equals("communaute")) {
            return international ? "international" : "association";
        }
        return Lexicon.ORG_HEADS.getOrDefault(headKey, "other");
    }

    static List<String> portfolioWords(String s) {
        List<String> out = new ArrayList<>();
        for (Tok t : Tok.tokenize(s)) if (t.capitalised()) out.add(t.text());
        return out;
    }
}
