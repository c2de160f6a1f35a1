package org.diplograph.extract;


/**
 * Meetings held during a visit belong to it: the link from each meeting of the visitor to the
 * visit, and the visit's span for a meeting the text gives no day of its own.
 */
final class VisitLinks {
    static final String WITHIN_VISIT = "within the span of the visit it belongs to";

    private VisitLinks() {}

    /**
     * Meetings of a visitor during their visit belong to it; one with no date of its own took place
     * within the visit's span, and says so. Conferences are not a visitor's meetings.
     */
    static void linkVisits(Doc doc) {
        for (int v = 0; v < doc.events.size(); v++) {
            Doc.EventInfo visit = doc.events.get(v);
            if (!visit.kind.equals("visit") || visit.participants.isEmpty()) continue;
            String visitor = visit.participants.get(0).personKey();
            for (Doc.EventInfo e : doc.events) {
                // a conference is a gathering of its own, with its own days, not a meeting the visitor had
                if (e == visit || e.kind.equals("visit") || e.kind.equals("conference") || !e.hasRole(visitor) || e.date != null
                        || e.standing != visit.standing) continue;
                e.partOf = v;
                if (visit.date != null) {
                    e.date = new DateValue(visit.date.lexical(), visit.date.raw(), WITHIN_VISIT);
                    if (visit.end != null) e.end = new DateValue(visit.end.lexical(), visit.end.raw(), WITHIN_VISIT);
                }
            }
        }
    }
}
