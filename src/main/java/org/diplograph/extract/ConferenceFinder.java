package org.diplograph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conferences, forums and summits a person spoke at or took part in: "a pris la parole au 5e Forum
 * économique (FER)". Its name, or its acronym, is the event's topic; the organiser's country is
 * the event's.
 */
final class ConferenceFinder implements EventFinder {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Cue CONFERENCE = Cue.of(Pattern.compile(
            "\\b(?:à|au|de|du|lors de|pour)\\s+(?:la|le|l')?\\s*((?:\\d+(?:e|ème|ᵉ)\\s+)?(?:Conférence|Forum|Sommet|Colloque|Congrès|Symposium|Assemblée générale|Session|sommet|forum|conférence"
                    + "|[Rr]éunion (?:des ministres|ministérielle|des dirigeants|des hauts fonctionnaires))"
                    + "\\b[^,.;()]{0,120})\\s*(?:\\((\\p{Lu}[\\p{Lu}\\d-]{1,11})\\))?(?:\\s*\\d{4})?(?=[\\s,.;]|$)"), "conférence", "forum", "sommet", "colloque", "congrès", "symposium", "assemblée", "session", "réunion");
    private static final Pattern SPOKE_AT = Pattern.compile(
            "\\b(?:a|ont)\\s+(?:déclaré|affirmé|souligné|indiqué|participé|assisté|pris la parole|plaidé|présenté|prononcé|pris part)\\b"
                    + "|\\bs'exprimant\\b|\\bprenant la parole\\b|\\bintervenant\\b|\\blors de l'ouverture\\b|\\ben marge\\b|\\borganisée?\\b", F);
    private static final Pattern ORGANISED_BY = Pattern.compile("\\borganisée?s?\\b[^.;]{0,60}?\\bpar\\b", F);

    @Override
    public void find(Reading r) {
        conferences(r.doc, r.s);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CONFERENCE_NAMED);
    }

    private static void conferences(Doc doc, Doc.Sent s) {
        Matcher m = CONFERENCE.in(s);
        if (!m.find() || !SPOKE_AT.matcher(s.text).find()) return;
        String name = m.group(1).strip();
        String acronym = m.group(2);
        Doc.EventInfo e = EventDrafts.event(doc, s, "conference", 0.7, Rule.CONFERENCE_NAMED);
        e.topic = acronym != null ? acronym : name;
        for (String p : Subjects.personsAfter(s, 0, null)) EventDrafts.addPerson(doc, e, p, "attendee");
        // the organiser's country: "organisée à Jakarta par le ministère indonésien des ..."
        Matcher org = ORGANISED_BY.matcher(s.text);
        if (org.find()) {
            int t = EventDrafts.tokenAtChar(s, org.end());
            for (Mention o : s.of(Mention.Type.ORG)) if (o.b() >= t && o.country() != null) e.countries.add(o.country());
        }
        EventDrafts.placeAndDate(doc, s, e, EventDrafts.tokenAtChar(s, m.start()));
    }
}
