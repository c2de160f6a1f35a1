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
            "\\b(?:à|au|de|du|lors de|pour)\\s+(?:la|le|l')?\\s*((?:\\d+(?:e|ème|ᵉ)\\s+|\\p{Ll}+ième\\s+)?(?:Conférence|Forum|Sommet|Colloque|Congrès|Symposium|Assemblée générale|Session|sommet|forum|conférence"
                    + "|[Rr]éunion (?:des ministres|ministérielle|des dirigeants|des hauts fonctionnaires))"
                    + "\\b[^,.;()]{0,120})\\s*(?:\\((\\p{Lu}[\\p{Lu}\\d-]{1,11})\\))?(?:\\s*\\d{4})?(?=[\\s,.;]|$)"), "conférence", "forum", "sommet", "colloque", "congrès", "symposium", "assemblée", "session", "réunion");
    private static final Pattern SPOKE_AT = Pattern.compile(
            "\\b(?:a|ont)\\s+(?:déclaré|affirmé|souligné|indiqué|participé|assisté|pris la parole|plaidé|présenté|prononcé|pris part)\\b"
                    // "X avait pris part à la séance plénière du sommet", "les deux ministres participaient au forum"
                    + "|\\b(?:avait|avaient)\\s+(?:pris part|participé|assisté)\\b|\\bparticipai(?:t|ent)\\s+(?:à|au|aux)\\b"
                    + "|\\bs'exprimant\\b|\\bprenant la parole\\b|\\bintervenant\\b|\\blors de l'ouverture\\b|\\ben marge\\b|\\borganisée?\\b", F);
    private static final Pattern ORGANISED_BY = Pattern.compile("\\borganisée?s?\\b[^.;]{0,60}?\\bpar\\b", F);

    /**
     * "La session ordinaire du Conseil des ministres s'est tenue à Niamey sous la présidence de X",
     * "Le sommet s'est ouvert mardi": a multilateral gathering told as held, the subject of its
     * sentence (a session or meeting only of a council or of ministers: a bilateral one is talks).
     */
    private static final Cue HELD = Cue.of(Pattern.compile(
            "^\\W*(?:La|Le|L')\\s*(?:\\d+(?:e|ème|ᵉ)\\s+|\\p{L}+ième\\s+)?((?:sommet|conférence|forum|assemblée générale"
                    + "|(?:session|réunion)\\b[^,.;]{0,60}?\\b(?:[Cc]onseil|ministres|ministérielle|chefs d'(?:É|E)tat))\\b[^,.;]{0,150}?)"
                    + "\\s+(?:s'est\\s+(?:tenue?|ouverte?|déroulée?)|a\\s+eu\\s+lieu)\\b", F), "tenu", "ouvert", "déroulé", "eu lieu");
    /** "Y ont pris part X et Z", "Y ont assisté X": those who attended the gathering just told. */
    private static final Cue THERE = Cue.of(Pattern.compile(
            "^\\W*Y\\s+(?:ont|a|avaient|avait)\\s+(?:également\\s+|notamment\\s+)?(?:pris part|assisté|participé)\\b|^\\W*Y\\s+(?:assistaient|participaient)\\b"), "pris part", "assist", "particip");

    @Override
    public void find(Reading r) {
        if (attendees(r.doc, r.s)) return;
        if (held(r.doc, r.s)) return;
        conferences(r.doc, r.s);
    }

    /** A gathering told as held in the sentence's subject; true when one was written down. */
    private static boolean held(Doc doc, Doc.Sent s) {
        Matcher m = HELD.in(s);
        if (!m.find()) return false;
        Doc.EventInfo e = EventDrafts.event(doc, s, "conference", 0.7, Rule.CONFERENCE_HELD);
        e.at = m.start(1);
        e.topic = m.group(1).strip();
        for (String p : Subjects.personsAfter(s, 0, null)) EventDrafts.addPerson(doc, e, p, "attendee");
        EventDrafts.placeAndDate(doc, s, e, EventDrafts.tokenAtChar(s, m.start(1)));
        return true;
    }

    /**
     * "Y ont pris part X et Z": the persons named attend the conference or ceremony the sentence
     * before told; true when there was one.
     */
    private static boolean attendees(Doc doc, Doc.Sent s) {
        if (!THERE.in(s).find()) return false;
        Doc.EventInfo last = null;
        for (Doc.EventInfo e : doc.events) {
            if (e.sentence < s.index && e.sentence >= s.index - 2 && (e.kind.equals("conference") || e.kind.equals("ceremony"))) last = e;
        }
        if (last == null) return false;
        for (String p : Subjects.personsAfter(s, 0, null)) EventDrafts.addPerson(doc, last, p, "attendee");
        return true;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CONFERENCE_NAMED, Rule.CONFERENCE_HELD);
    }

    private static void conferences(Doc doc, Doc.Sent s) {
        Matcher m = CONFERENCE.in(s);
        if (!m.find() || !SPOKE_AT.matcher(s.text).find()) return;
        String name = m.group(1).strip();
        String acronym = m.group(2);
        Doc.EventInfo e = EventDrafts.event(doc, s, "conference", 0.7, Rule.CONFERENCE_NAMED);
        // its standing is read at its name ("lors du sommet, tenu en septembre dernier")
        e.at = m.start();
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
