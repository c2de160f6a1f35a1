package org.diplograph.extract;


/**
 * An event as a finder first writes it down: its kind, rule, evidence and participants, with the
 * day and place its sentence gives.
 */
final class EventDrafts {
    private EventDrafts() {}

    static Doc.EventInfo event(Doc doc, Doc.Sent s, String kind, double confidence, Rule rule) {
        Doc.EventInfo e = new Doc.EventInfo();
        e.kind = kind;
        e.rule = rule;
        e.evidence = s.span();
        e.confidence = confidence;
        e.sentence = s.index;
        doc.events.add(e);
        return e;
    }

    static void addPerson(Doc doc, Doc.EventInfo e, String key, String role) {
        if (key == null || e.hasRole(key)) return;
        e.participants.add(new Facts.Participant(key, ParticipantRole.of(role)));
        Doc.PersonInfo p = doc.persons.get(key);
        if (p != null && p.country != null) e.countries.add(p.country);
    }

    static int tokenAtChar(Doc.Sent s, int c) {
        return Recognise.tokenAt(s, c);
    }

    static void placeAndDate(Doc doc, Doc.Sent s, Doc.EventInfo e, int tok) {
        Mention best = EventDates.nearestDate(s, tok, false);
        if (best != null) {
            e.date = EventDates.dateOf(best);
            if (best.date().end() != null) e.end = new DateValue(best.date().end(), e.date.raw(), e.date.inference());
        }
        Facts.Place venue = Places.venue(s);
        e.place = venue != null ? venue : Places.place(s);
        // "Le même jour, X et Y ont présidé la cérémonie": ceremonies and conferences too
        EventDates.sameDay(doc, s, e);
        EventDates.dayNext(doc, s, e);
    }
}
