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
     * within the visit's span, and says so. One with a day of its own belongs to it when that day
     * lies within the visit's days, or, for a visit the text gives no day of, when the one sentence
     * tells both ("X s'est entretenu avec Y, en visite de travail au Maroc"). Conferences are not a
     * visitor's meetings.
     */
    static void linkVisits(Doc doc) {
        for (int v = 0; v < doc.events.size(); v++) {
            Doc.EventInfo visit = doc.events.get(v);
            if (!visit.kind.equals("visit") || visit.participants.isEmpty()) continue;
            String visitor = visit.participants.get(0).personKey();
            for (Doc.EventInfo e : doc.events) {
                // a conference is a gathering of its own, with its own days, not a meeting the visitor had
                if (e == visit || e.kind.equals("visit") || e.kind.equals("conference") || !e.hasRole(visitor)
                        || e.standing != visit.standing || e.partOf >= 0) continue;
                if (e.date != null) {
                    if (visit.date == null ? e.sentence == visit.sentence : within(e.date, visit.date, visit.end)) e.partOf = v;
                    continue;
                }
                e.partOf = v;
                if (visit.date != null) {
                    e.date = new DateValue(visit.date.lexical(), visit.date.raw(), WITHIN_VISIT);
                    if (visit.end != null) e.end = new DateValue(visit.end.lexical(), visit.end.raw(), WITHIN_VISIT);
                }
            }
        }
    }

    /** Whether the full day {@code d} falls on the days from {@code from} to {@code to} (or on {@code from} alone). */
    private static boolean within(DateValue d, DateValue from, DateValue to) {
        String day = d.lexical();
        String first = from.lexical();
        String last = to != null ? to.lexical() : first;
        if (day.length() != 10 || first.length() != 10 || last.length() != 10) return false;
        return day.compareTo(first) >= 0 && day.compareTo(last) <= 0;
    }
}
