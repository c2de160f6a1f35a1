package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Visits: "en visite officielle au Japon", "a effectué une visite", "séjourne", "est arrivé à",
 * "a quitté Hanoi pour Tokyo". The visitor is the clause's subject, or the person a relative or
 * an apposition sets the visit against ("Y, qui effectue une visite"), or the leader of the
 * delegation; the destination is the country or place named right after the trigger.
 */
final class VisitFinder implements EventFinder {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Cue VISIT = Cue.of(Pattern.compile(
            "\\b(séjourne(?:nt)?(?:\\s+depuis\\s+\\p{L}+)?|séjour|visite(?:\\s+officielle|\\s+d'État|\\s+d'Etat|\\s+de travail|\\s+d'amitié|\\s+d'études?|\\s+de terrain|\\s+privée)?"
                    // "une visite de deux jours en Tunisie", "une visite de travail dans la province de X"
                    + "(?:\\s+de\\s+(?:deux|trois|quatre|cinq|six|sept|huit|dix|\\d+)\\s+jours)?|tournée)\\s+(?:officielle\\s+)?(?:au|aux|en|à|dans\\s+la\\s+(?:province|région|ville)\\s+de)\\s+"
                    // "qui séjourne dans la capitale fédérale depuis vendredi": the place said by a common noun
                    + "|\\bséjourne(?:nt)?\\s+dans\\s+la\\s+capitale\\b"
                    // "en visite de travail et d'amitié de quarante-huit heures au Niger": kinds joined, a length
                    + "|\\ben visite\\s+(?:(?:officielle|de travail|d'amitié|d'État|d'Etat|d'études?|de terrain)\\s+(?:et\\s+(?:d'amitié|de travail|de coopération)\\s+)?)?"
                    + "(?:de\\s+(?:deux|trois|quatre|cinq|six|sept|huit|dix|vingt-quatre|quarante-huit|soixante-douze|\\d+)\\s+(?:jours|heures)\\s+)?(?:au|aux|en|à)\\s+"
                    // "en mission économique au Canada jusqu'à samedi": a trip on a mission is a visit
                    + "|\\ben\\s+mission\\s+(?:(?:officielle|économique|commerciale|de travail|diplomatique)\\s+)?(?:au|aux|en|à)\\s+"
                    // "a entamé lundi une mission de quatre jours aux Philippines", "qui conduit une mission de
                    // chercheurs en Côte d'Ivoire": a mission someone leads or begins abroad is a visit
                    + "|\\b(?:a\\s+entamé|entame|effectue|a\\s+effectué|conduit|mène|dirige)\\s+(?:[^.;,]{0,30}?\\s)?une\\s+mission\\s+"
                    + "(?:(?:officielle|économique|commerciale|de travail)\\s+)?(?:de\\s+(?:deux|trois|quatre|cinq|six|sept|huit|dix|\\d+)\\s+jours\\s+|de\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+)?(?:au|aux|en)\\s+"
                    + "|\\b(?:a|ont)\\s+effectué\\s+une\\s+visite\\b|\\best\\s+arrivée?\\s+(?:(?:la veille|hier|(?:\\p{L}+di|dimanche)(?:\\s+soir|\\s+matin|\\s+après-midi)?)\\s+)?(?:au|aux|en|à)\\s+|\\best\\s+venue?\\s+(?:au|aux|en|à)\\s+"
                    // "Arrivé à Niamey dimanche soir pour une visite de travail, M. X a ...": the subject arrived
                    // "Arrivé mercredi dans la capitale, le ministre angolais a ...": the place said by a common noun
                    + "|^\\W*arrivée?s?\\s+(?:(?:la veille|hier|ce\\s+\\p{L}+|(?:\\p{L}+di|dimanche)(?:\\s+soir|\\s+matin|\\s+après-midi)?)\\s+)?(?:au|aux|en|à|dans\\s+(?:la\\s+capitale|l'archipel|le\\s+pays|l'île)\\b)\\s*"
                    // "..., X, arrivé dimanche à Alger à la tête d'une délégation": the person just named arrived
                    + "|,\\s*arrivée?s?\\s+(?:(?:la veille|hier|(?:\\p{L}+di|dimanche))(?:\\s+(?:au\\s+)?soir|\\s+(?:au\\s+)?matin)?\\s+)?(?:au|aux|en|à)\\s+(?=[^.;,]{1,40}?\\s+(?:à\\s+la\\s+tête\\s+d|pour\\s+une\\s+visite))"
                    // "Le ministre-président, arrivé mercredi à Montréal, a rencontré ...": the subject arrived
                    + "|^[^,]{3,60},\\s*arrivée?s?\\s+(?:(?:la veille|hier|(?:\\p{L}+di|dimanche))(?:\\s+(?:au\\s+)?soir|\\s+(?:au\\s+)?matin)?\\s+)?(?:au|aux|en|à)\\s+(?=[^.;,]{1,40},)"
                    // "X a quitté Hanoi pour Tokyo": a visit starting
                    + "|\\b(?:a|ont)\\s+quitté\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:\\p{L}+\\s+)?pour\\s+(?:le\\s+|la\\s+|les\\s+|l')?", F),
            "séjour", "visite", "tournée", "mission", "arrivé", "venu", "quitté");
    private static final Pattern LEADING_NON_WORD = Pattern.compile("^\\W+");
    /** "..., qui effectue une", "qui est en", "qui séjourne": a relative clause telling the visit. */
    private static final Pattern RELATIVE_VISIT = Pattern.compile(
            "\\bqui\\s+(?:(?:effectue|effectuait|entame|poursuit|a entamé|est|se trouve)\\s+(?:actuellement\\s+)?(?:une\\s+|en\\s+)?)?$", F);
    /** "Y, en séjour à Kinshasa depuis mardi": the stay set against the person just named. */
    private static final Pattern EN_BEFORE = Pattern.compile("\\ben\\s+$", F);
    private static final Pattern ARRIVED_THE_DAY_BEFORE = Pattern.compile("\\barrivée?s?\\s+la\\s+veille\\b", F);
    private static final Pattern SINCE_THE_DAY_BEFORE = Pattern.compile("\\bdepuis\\s+la\\s+veille\\b", F);
    private static final Pattern DELEGATION_SUBJECT = Pattern.compile("\\s*(?:la|cette|une)\\s+délégation\\b", F);

    @Override
    public void find(Reading r) {
        r.visit = visits(r);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.VISIT_NOUN, Rule.VISIT_STAY, Rule.VISIT_TOUR, Rule.VISIT_ARRIVED, Rule.VISIT_LEFT_FOR);
    }

    /**
     * The person a subject titled by nationality stands for after an opening participle ("Arrivé
     * mercredi dans la capitale congolaise, le ministre angolais a ..."): the nationality is the first
     * after the opener's comma, the person the first of that country the story named (the one it is
     * about, whom later sentences name by title); null when the subject gives none or nobody fits.
     */
    static String titledAfterOpener(Doc doc, Doc.Sent s, int from) {
        int comma = s.text.indexOf(',', from);
        if (comma < 0) return null;
        int tok = EventDrafts.tokenAtChar(s, comma);
        return titled(doc, s, tok + 1, tok + 8);
    }

    /**
     * The person a nationality adjective between tokens {@code fromTok} and {@code toTok} stands
     * for ("La vice-présidente gambienne, arrivée la veille ..."): the first person of that country
     * the story named before this sentence; null when no adjective is there or nobody fits.
     */
    private static String titled(Doc doc, Doc.Sent s, int fromTok, int toTok) {
        String country = null;
        for (Mention c : s.of(Mention.Type.COUNTRY_ADJ)) if (c.b() >= fromTok && c.b() <= toTok && country == null) country = c.country();
        if (country == null) return null;
        for (int i = 0; i < s.index; i++) {
            Doc.Sent before = doc.sents.get(i);
            if (!before.main()) continue;
            for (Mention m : before.of(Mention.Type.PERSON)) {
                Doc.PersonInfo p = doc.persons.get(m.value());
                if (p != null && country.equals(p.country)) return p.key;
            }
        }
        return null;
    }

    /**
     * Writes down the visit the sentence tells, if any. A visitor the opening participle sets as the
     * subject of the main clause ("Arrivé mercredi dans la capitale, le ministre angolais s'est
     * entretenu avec Y") becomes the reading's subject, for the encounter that clause tells.
     */
    /** Whether the sentence opens on a title ("Le ministre vietnamien ...") and names nobody before token {@code upTo}. */
    private static boolean opensOnTitle(Doc.Sent s, int upTo) {
        List<Mention> titles = s.of(Mention.Type.TITLE);
        if (titles.isEmpty() || titles.get(0).b() > 1) return false;
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.b() < upTo) return false;
        return true;
    }

    private static boolean visits(Reading r) {
        Doc doc = r.doc;
        Doc.Sent s = r.s;
        String subject = r.subject;
        Matcher m = VISIT.in(s);
        if (!m.find()) return false;
        int tok = EventDrafts.tokenAtChar(s, m.end() > 0 ? m.end() - 1 : 0);
        // destination: the country or place named right after the trigger
        String dest = null;
        Facts.Place place = null;
        for (Mention c : s.mentions) {
            if (c.b() >= tok && c.b() <= tok + 3 && (c.type() == Mention.Type.COUNTRY || c.type() == Mention.Type.PLACE)) {
                dest = c.country();
                place = new Facts.Place(Fold.slug(s.text(c.b(), c.e())), Places.stripArticle(s.text(c.b(), c.e())), c.country());
                break;
            }
        }
        String visitor = subject;
        // "Y, ministre de ..., en visite officielle au Cambodge", "Y, qui effectue une visite": the
        // visitor is the person the phrase is set against, the one named last before it, not the
        // subject who receives or meets them
        String before = s.text.substring(Math.max(0, m.start() - 40), m.start());
        if (m.group().toLowerCase().startsWith("en visite") || m.group().toLowerCase().startsWith("en mission") || m.group().startsWith(",")
                || RELATIVE_VISIT.matcher(before).find() || m.group().toLowerCase().startsWith("séjour") && EN_BEFORE.matcher(before).find()) {
            int t = EventDrafts.tokenAtChar(s, m.start());
            // the one named last by position: mentions are kept in the order they were found
            int last = -1;
            for (Mention p : s.of(Mention.Type.PERSON)) if (p.e() <= t && p.e() > last) { visitor = p.value(); last = p.e(); }
        }
        if (visitor == null && m.group().startsWith(",")) {
            // "La vice-présidente gambienne, arrivée la veille au soir à Dakar pour une visite": the
            // titled subject before the participle, when no person is named before it
            visitor = titled(doc, s, 0, EventDrafts.tokenAtChar(s, m.start()));
        }
        if (visitor == null && m.start() < 3 && LEADING_NON_WORD.matcher(m.group()).replaceFirst("").toLowerCase().startsWith("arriv")) {
            // "Arrivé mardi dans l'archipel, le ministre luxembourgeois a ...", "Arrivée lundi, la
            // délégation a été reçue par Y": the subject after the opener, never the persons it meets
            int comma = s.text.indexOf(',', m.end());
            if (comma > 0 && DELEGATION_SUBJECT.matcher(s.text.substring(comma + 1)).lookingAt()) visitor = Subjects.delegationLeader(doc, s);
            else visitor = titledAfterOpener(doc, s, m.end());
            if (visitor == null) return false;
            r.subject = visitor;
        }
        if (visitor == null && m.start() < 3 && !m.group().startsWith(",") && m.group().contains(",")) {
            // "Le ministre-président, arrivé mercredi à Montréal, ...": the titled subject before the comma
            int comma = EventDrafts.tokenAtChar(s, m.group().indexOf(','));
            visitor = titled(doc, s, 0, comma);
            // "Le ministre-président, arrivé mercredi à Montréal, ...": a title without nationality
            // stands for the one the story gave that title
            if (visitor == null) visitor = Subjects.titledBefore(doc, s, comma);
            if (visitor == null) return false;
            r.subject = visitor;
        }
        // "La délégation effectue une visite ...": the one the story says leads it
        if (visitor == null && DELEGATION_SUBJECT.matcher(s.text).lookingAt()) visitor = Subjects.delegationLeader(doc, s);
        // "Le ministre vietnamien effectue une visite officielle au Cambodge": the one of that title and
        // nationality the story named before
        int trigger = EventDrafts.tokenAtChar(s, m.start());
        if (visitor == null && opensOnTitle(s, trigger)) visitor = Subjects.titledVisitor(doc, s, trigger, List.of());
        if (visitor == null) {
            List<String> ps = Subjects.personsAfter(s, 0, null);
            if (!ps.isEmpty()) visitor = ps.get(0);
        }
        if (visitor == null) return false;
        Doc.EventInfo e = EventDrafts.event(doc, s, "visit", 0.75, Rule.visit(m.group()));
        e.at = m.start();
        EventDrafts.addPerson(doc, e, visitor, "visitor");
        if (dest != null) e.countries.add(dest);
        e.place = place;
        EventDrafts.placeAndDate(doc, s, e, tok);
        if (place != null) e.place = place;
        // "arrivée la veille au soir à Dakar", "en visite au Niger depuis la veille": the visit began the
        // day before the one the story tells, whatever later day the sentence also names
        int stop = s.text.length();
        for (char c : new char[] {',', '.', ';'}) {
            int i = s.text.indexOf(c, m.end());
            if (i >= 0 && i < stop) stop = i;
        }
        if (SINCE_THE_DAY_BEFORE.matcher(s.text.substring(m.end(), stop)).find() && e.date != null
                && EventDates.shifted(e.date.lexical(), -1) != null) {
            // "s'est entretenu ce jeudi avec Y, en visite au Niger depuis la veille": the eve of the day told
            e.date = new DateValue(EventDates.shifted(e.date.lexical(), -1), "la veille", "day before the day told");
        } else if (ARRIVED_THE_DAY_BEFORE.matcher(m.group()).find()) {
            DateValue day = EventDates.dayNext(doc, s, e, true);
            if (day != null) e.date = day;
        }
        return true;
    }
}
