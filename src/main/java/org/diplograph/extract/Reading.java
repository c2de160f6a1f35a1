package org.diplograph.extract;


/**
 * One sentence of the main story as the event finders read it, in their order: the person the
 * clause is about, and what the finders before have said of it.
 */
final class Reading {
    final Doc doc;
    final Doc.Sent s;
    /**
     * The person the clause is about, or the one its pronoun stands for; null when neither is known.
     * A finder may name it when the sentence shows who a title standing as subject is (the visitor
     * an opening "Arrivé ..." names).
     */
    String subject;
    /** The year the story is told in ({@link EventDates#storyYear}), 0 when unknown. */
    final int storyYear;
    /** Whether the sentence tells a visit: a span it gives is the visit's, not its meetings'. */
    boolean visit;
    /**
     * Whether a finder has taken the sentence's encounter: a sentence tells at most one meeting,
     * reception, call or presentation of credentials, the one its first matching construction
     * (in the finders' order) names.
     */
    boolean claimed;

    Reading(Doc doc, Doc.Sent s, String subject, int storyYear) {
        this.doc = doc;
        this.s = s;
        this.subject = subject;
        this.storyYear = storyYear;
    }
}
