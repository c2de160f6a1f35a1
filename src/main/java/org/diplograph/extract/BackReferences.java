package org.diplograph.extract;

import java.util.regex.Pattern;

/**
 * A ceremony, conference or reception named again in a later sentence ("à cette occasion", the
 * conference's acronym) takes the speakers of that sentence as attendees.
 */
final class BackReferences {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Cue BACKREF = Cue.of(Pattern.compile(
            "\\b(?:cet événement|cette cérémonie|cette occasion|cette rencontre|cet évènement|à l'événement|l'événement"
                    + "|à la cérémonie|à la réception|cette réception|au séminaire|à la conférence)\\b", F), "événement", "cérémonie", "occasion", "rencontre", "évènement", "réception", "séminaire", "conférence");

    private BackReferences() {}

    /** Later sentences that name the event again ("à cette occasion", the conference's acronym) add their speakers. */
    static void backReferences(Doc doc) {
        for (Doc.EventInfo e : doc.events) {
            if (!e.kind.equals("ceremony") && !e.kind.equals("conference") && !e.gathering) continue;
            for (Doc.Sent s : doc.sents) {
                if (!s.main() || s.index <= e.sentence) continue;
                boolean refers = BACKREF.in(s).find() || e.topic != null && s.text.contains(e.topic);
                if (!refers) continue;
                String subject = Subjects.subject(doc, s);
                if (subject != null) EventDrafts.addPerson(doc, e, subject, "attendee");
            }
        }
    }
}
