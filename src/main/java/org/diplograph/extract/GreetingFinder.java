package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reception told by a participle opening the sentence: "Accueilli à l'aéroport par le ministre
 * X, le ministre algérien a été reçu par Y", "Accueillie par X, Z a ...". The one greeted is the
 * subject of the main clause (named, or a title of a nationality standing for the person of that
 * country the story named first), the host the person after "par". The opener is an event of its
 * own beside whatever the main clause tells, so it leaves the sentence's encounter unclaimed.
 */
final class GreetingFinder implements EventFinder {
    private static final Cue GREETED = Cue.of(Pattern.compile(
            "^\\W*(?:Accueillie?s?|Reçue?s?)\\s+(?:[^,.;]{0,90}?\\s)?par\\s+", Pattern.UNICODE_CASE), "accueilli", "reçu");

    @Override
    public void find(Reading r) {
        Doc.Sent s = r.s;
        Matcher m = GREETED.in(s);
        if (!m.find()) return;
        int from = EventDrafts.tokenAtChar(s, m.end());
        List<String> after = Subjects.personsAfter(s, from, null);
        if (after.isEmpty()) return;
        String host = after.get(0);
        // the host's name ends the opener: the subject is named or titled after the comma that follows it
        Mention named = null;
        for (Mention p : s.of(Mention.Type.PERSON)) if (named == null && p.value().equals(host) && p.b() >= from) named = p;
        int hostEnd = named == null ? from : s.toks.get(Math.min(named.e(), s.toks.size()) - 1).end();
        String guest = r.subject != null && !r.subject.equals(host) ? r.subject : VisitFinder.titledAfterOpener(r.doc, s, hostEnd);
        if (guest == null) guest = titledSubject(r.doc, s, hostEnd);
        if (guest == null || guest.equals(host)) return;
        Doc.EventInfo e = EventDrafts.event(r.doc, s, "reception", 0.75, Rule.RECEPTION_GREETED_BY);
        e.at = m.start();
        EventDrafts.addPerson(r.doc, e, host, "host");
        EventDrafts.addPerson(r.doc, e, guest, "visitor");
        EventDrafts.placeAndDate(r.doc, s, e, from);
    }

    /**
     * The person the title right after the comma that ends the opener stands for ("..., le ministre
     * algérien a été reçu"): the one the story gave that title; null when no title opens the clause.
     */
    private static String titledSubject(Doc doc, Doc.Sent s, int from) {
        int comma = s.text.indexOf(',', from);
        if (comma < 0) return null;
        int tok = EventDrafts.tokenAtChar(s, comma);
        for (Mention t : s.of(Mention.Type.TITLE)) {
            if (t.b() > tok && t.b() <= tok + 2) return Subjects.titledBefore(doc, s, t.e());
        }
        return null;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.RECEPTION_GREETED_BY);
    }
}
