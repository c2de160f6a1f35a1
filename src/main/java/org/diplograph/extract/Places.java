package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an event was held: the building the sentence names ("au Palais présidentiel"), else the
 * city after "à"; and the countries a sentence names.
 */
final class Places {
    /**
     * The building an event was held in, named after "au" or "à la": "au Palais présidentiel", "au
     * Grand Palais du Peuple", "à la Primature", "au siège du ministère de la Défense nationale".
     * It is more precise than the city, and the event's place when the sentence names one. A palace
     * is one whether the text writes it with a capital or not ("au palais de Carthage").
     */
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("\\s+(?:de|d'|du|à)\\s*$");
    /** A folded city name that opens on its article: "le caire", "les cayes". */
    private static final Pattern WITH_ARTICLE = Pattern.compile("les? .*");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:(?:le|la|les)\\s+|l')");
    private static final Cue VENUE = Cue.of(Pattern.compile(
            "\\b(?:au|à la|à l'|a la)\\s*((?:[Gg]rand\\s+)?(?:[Pp]alais|Primature|Présidence|Immeuble|Cité|Hôtel|Maison|Zhongnanhai|Kremlin|Élysée|siège|Siège)"
                    + "(?:\\s+(?:présidentiel(?:le)?|national(?:e)?|fédéral(?:e)?|impérial|royal|présidentiel)"
                    // "au siège du ministère des Affaires étrangères et de la Coopération internationale": a
                    // ministry's whole name, its lower-case adjectives and its "et" included
                    + "|\\s+(?:et\\s+)?(?:du|de la|de l'|des|de|d')\\s*[\\p{L}-]+(?:\\s+(?:national(?:e)?s?|populaire|africaine?|présidentiel(?:le)?|étrangères|extérieures|internationale?s?))?"
                    + "|\\s+(?!(?:Mme|M|Mr|Dr|Me|S\\.E)\\b)\\p{Lu}[\\p{L}-]*){0,6})"),
            "palais", "primature", "présidence", "immeuble", "cité", "hôtel", "maison", "zhongnanhai", "kremlin", "élysée", "siège");


    private Places() {}

    /** The venue the sentence names, without a person named after it or the city it stands in ("de Yaoundé"), or null. */
    static Facts.Place venue(Doc.Sent s) {
        Matcher m = VENUE.in(s);
        if (!m.find()) return null;
        int end = m.end(1);
        for (Mention x : s.mentions) {
            if (x.type() != Mention.Type.PERSON && x.type() != Mention.Type.PLACE && x.type() != Mention.Type.COUNTRY) continue;
            int b = s.toks.get(x.b()).begin();
            if (b <= m.start(1) || b >= end) continue;
            end = b;
            if (x.type() != Mention.Type.PERSON) {
                // "Palais des Congrès de Yaoundé": the city is not part of the building's name
                String head = TRAILING_PREPOSITION.matcher(s.text.substring(m.start(1), end)).replaceFirst("");
                end = m.start(1) + head.length();
            }
        }
        String name = s.text.substring(m.start(1), end).strip();
        if (name.isEmpty()) return null;
        return new Facts.Place(Fold.slug(name), name, null);
    }

    /** "à Tokyo", "à Hanoi": a known capital or a capitalised place after "à". */
    static Facts.Place place(Doc.Sent s) {
        for (int i = 0; i + 1 < s.toks.size(); i++) {
            // "au Caire", "aux Cayes": a city whose name has its article
            if ((s.toks.get(i).is("au") || s.toks.get(i).is("aux")) && i > 0) {
                Mention named = s.at(i + 1, Mention.Type.PLACE);
                if (named != null && named.b() == i + 1 && WITH_ARTICLE.matcher(Fold.fold(named.value())).matches()) {
                    return new Facts.Place(Fold.slug(named.value()), named.value(), named.country());
                }
            }
            // "à Tokyo", and "À Tokyo, ..." opening the sentence
            String at = s.toks.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (!s.toks.get(i).is("a") || !at.equals("à") && !at.equals("a")) continue;
            Mention p = s.at(i + 1, Mention.Type.PLACE);
            if (p != null && p.b() == i + 1) return new Facts.Place(Fold.slug(p.value()), p.value(), p.country());
            Tok t = s.toks.get(i + 1);
            if (at.equals("à") && t.capitalised() && t.word() && s.at(i + 1, Mention.Type.COUNTRY) == null
                    && s.at(i + 1, Mention.Type.ORG) == null && s.at(i + 1, Mention.Type.PERSON) == null
                    && !Lexicon.NOT_NAME.contains(t.key()) && !Words.acronym(t)) {
                int e = i + 2;
                while (e < s.toks.size() && e < i + 4 && s.toks.get(e).capitalised() && s.toks.get(e).word()
                        && !Words.acronym(s.toks.get(e)) && !Lexicon.NOT_NAME.contains(s.toks.get(e).key())
                        && s.at(e, Mention.Type.PERSON) == null) e++;
                String name = s.text(i + 1, e);
                return new Facts.Place(Fold.slug(name), name, null);
            }
        }
        return null;
    }

    static Set<String> countriesIn(Doc.Sent s) {
        Set<String> out = new java.util.TreeSet<>();
        for (Mention m : s.mentions) {
            if (m.type() == Mention.Type.COUNTRY || m.type() == Mention.Type.COUNTRY_ADJ) out.add(m.value());
        }
        return out;
    }

    static String stripArticle(String s) {
        // "le Japon" → "Japon", but "Laos" stays "Laos"
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }
}
