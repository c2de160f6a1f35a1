package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Organisation names in French: a head ({@code ministère}, {@code Agence}, {@code Parti}...) and
 * what completes it, as French builds institutional names:
 * adjectives ({@code Agence japonaise}), chained complements ({@code des Postes, des
 * Télécommunications et de la Communication}), an acronym in brackets, a country complement.
 * A complement whose head is itself an organisation ({@code du Comité ... de la Chambre des
 * députés}) ends the outer name: the inner one is an organisation of its own.
 */
final class Orgs {
    /** International bodies known by acronym; general knowledge of the field, not of any article. */
    static final Map<String, String> INTERNATIONAL = Map.ofEntries(
            Map.entry("ASEAN", "Association des nations de l'Asie du Sud-Est"), Map.entry("ONU", "Organisation des Nations unies"),
            Map.entry("UE", "Union européenne"), Map.entry("APEC", "Coopération économique Asie-Pacifique"),
            Map.entry("CEI", "Communauté des États indépendants"), Map.entry("OMC", "Organisation mondiale du commerce"),
            Map.entry("FMI", "Fonds monétaire international"), Map.entry("OTAN", "Organisation du traité de l'Atlantique nord"),
            Map.entry("UNESCO", "Organisation des Nations unies pour l'éducation, la science et la culture"),
            Map.entry("OMS", "Organisation mondiale de la santé"), Map.entry("PNUD", "Programme des Nations unies pour le développement"),
            Map.entry("OIM", "Organisation internationale pour les migrations"), Map.entry("BAD", "Banque asiatique de développement"),
            Map.entry("UA", "Union africaine"), Map.entry("OCS", "Organisation de coopération de Shanghai"),
            Map.entry("OIF", "Organisation internationale de la Francophonie"), Map.entry("UNICEF", "Fonds des Nations unies pour l'enfance"),
            Map.entry("FAO", "Organisation des Nations unies pour l'alimentation et l'agriculture"),
            Map.entry("OIT", "Organisation internationale du travail"), Map.entry("AIPA", "Assemblée interparlementaire de l'ASEAN"),
            Map.entry("UIP", "Union interparlementaire"), Map.entry("ASEM", "Forum Asie-Europe"));

    private Orgs() {}

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

    /**
     * Reads the name whose head is at {@code h}. Returns null when the head stands alone (a bare
     * "le Parti" names no organisation).
     */
    static Read read(Doc.Sent s, int h, Gazetteer gaz) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        Tok head = toks.get(h);
        boolean lowerHead = !head.capitalised();
        int i = h + 1;
        String countryAdj = null;
        int adjectives = 0;
        while (i < n && adjectives < 3 && Words.adjectiveLike(toks.get(i))) {
            Mention m = s.at(i, Mention.Type.COUNTRY_ADJ);
            if (m != null && countryAdj == null) countryAdj = m.value();
            i++;
            adjectives++;
        }
        String country = null;
        int inner = -1;
        int complements = 0;
        while (i < n && complements < 6) {
            int j = i;
            if (complements + adjectives > 0 && j + 1 < n && toks.get(j).is(",") && startsComplement(toks, j + 1)) j++;
            else if (complements + adjectives > 0 && j + 1 < n && toks.get(j).is("et")
                    && (startsComplement(toks, j + 1) || toks.get(j + 1).capitalised() && s.at(j + 1, Mention.Type.COUNTRY) == null
                    && !Words.acronym(toks.get(j + 1)) && head(toks, j + 1) == 0 && complements > 0)) j++;
            if (j < n && toks.get(j).capitalised() && j > i && toks.get(j - 1).is("et")) {
                // "Affaires intérieures et Communications"
            } else if (!startsComplement(toks, j)) {
                break;
            } else {
                j = skipPrep(toks, j);
            }
            if (j >= n || !Words.content(toks.get(j))) break;
            Mention c = s.at(j, Mention.Type.COUNTRY);
            if (c != null && "compound".equals(c.extra())) {
                if (country == null) country = c.value();
                i = c.e();
                complements++;
                break;
            }
            if (c != null) {
                country = c.value();
                i = c.e();
                break;
            }
            if (toks.get(j).capitalised() && head(toks, j) > 0 && !toks.get(j).is("gouvernement") && !toks.get(j).is("etat")) {
                inner = j;
                break;
            }
            j++;
            while (j < n && Words.adjectiveLike(toks.get(j))) {
                Mention adj = s.at(j, Mention.Type.COUNTRY_ADJ);
                if (adj != null && countryAdj == null) countryAdj = adj.value();
                j++;
            }
            Mention cm = j < n ? s.at(j, Mention.Type.COUNTRY) : null;
            if (cm != null && "compound".equals(cm.extra())) {
                if (country == null) country = cm.value();
                j = cm.e();
            }
            i = j;
            complements++;
        }
        int nameEnd = i;
        String acronym = null;
        if (i + 2 < n && toks.get(i).is("(") && Words.acronym(toks.get(i + 1)) && toks.get(i + 2).is(")")) {
            acronym = toks.get(i + 1).text();
            i += 3;
            // "Parti libéral-démocrate (PLD) du Japon"
            if (country == null && i + 1 < n && (toks.get(i).is("du") || toks.get(i).is("de") || toks.get(i).is("d'"))) {
                int k = skipPrep(toks, i);
                Mention c = k < n ? s.at(k, Mention.Type.COUNTRY) : null;
                if (c != null) {
                    country = c.value();
                    i = c.e();
                }
            }
        }
        if (complements == 0 && adjectives == 0 && acronym == null) return null;
        if (lowerHead && complements == 0 && acronym == null && !head.is("ministere")) return null;
        if (complements == 0 && acronym == null && countryAdj != null && adjectives == 1
                && !(head.is("ministere") || head.is("cabinet") || head.is("gouvernement") || head.is("armee")
                || head.is("ambassade"))) {
            // "le Parti et le gouvernement laotiens" style generic mentions
            if (lowerHead) return null;
        }
        if (lowerHead && !head.is("ministere") && !head.is("ambassade") && !kindMarked(s, h, nameEnd) && acronym == null) {
            return null;
        }
        return new Read(h, i, nameEnd, acronym, country, countryAdj, inner);
    }

    private static boolean kindMarked(Doc.Sent s, int b, int e) {
        String k = Fold.fold(s.text(b, e));
        for (String marker : Lexicon.KIND_MARKERS.keySet()) if (k.contains(marker)) return true;
        return false;
    }

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

    /** The kind of an organisation from its head and its name's markers. */
    static String kind(String headKey, String name) {
        String k = Fold.fold(name);
        if (k.startsWith("bureau politique")) return "party";
        if (k.contains("comite populaire") || k.contains("conseil populaire")) return "local";
        for (Map.Entry<String, String> e : Lexicon.KIND_MARKERS.entrySet()) {
            if (k.contains(e.getKey()) && !headKey.equals("parti")) return e.getValue();
        }
        if (headKey.equals("groupe") && k.contains("depute")) return "parliament";
        if (k.contains("internation") && (headKey.equals("organisation") || headKey.equals("fonds"))) return "international";
        if (headKey.equals("organisation") || headKey.equals("programme") || headKey.equals("fonds")
                || headKey.equals("communaute")) {
            return k.contains("nations unies") || k.contains("mondial") || k.contains("internation")
                    || k.contains("etats") || k.contains("europe") ? "international" : "association";
        }
        return Lexicon.ORG_HEADS.getOrDefault(headKey, "other");
    }

    static List<String> portfolioWords(String s) {
        List<String> out = new ArrayList<>();
        for (Tok t : Tok.tokenize(s)) if (t.capitalised()) out.add(t.text());
        return out;
    }
}
