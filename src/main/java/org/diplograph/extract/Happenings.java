package org.diplograph.extract;

import java.util.Comparator;
import java.util.List;

/**
 * Events and agreements in French diplomatic prose.
 *
 * <p>Each trigger is a French construction, tried on the sentences of the main story only
 * (captions name people but never create events; teasers are other stories). Participants come
 * from the persons recognised in the sentence: the subject of the clause (or, for a pronoun, the
 * person the story is about at that point) and the persons the trigger governs.
 *
 * <p>Each kind of event has its finder; {@link #FINDERS} runs them on each sentence in their
 * order of precedence. Then the story as a whole: back-references add attendees, restatements
 * merge, envoys join the credentials, meetings join their visit, and agreements and the first
 * event take the dates the story gives them elsewhere.
 */
final class Happenings {
    /**
     * The finders in their order of precedence, each given the sentence after the ones before:
     * <ol>
     * <li>{@link VisitFinder} first: whether the sentence tells a visit decides whether a span it
     *     gives is the visit's or its meetings' ("Durant son séjour du 5 au 7 août, X a rencontré Y").
     * <li>{@link GreetingFinder}: a reception an opening participle tells ("Accueilli à l'aéroport
     *     par X, ..."), beside whatever the main clause tells.
     * <li>{@link MeetingFinder#NAMED}: calls, "a été reçu par", audiences and co-chaired sessions
     *     name their kind outright, before anything else the sentence may say.
     * <li>{@link CredentialsFinder}: "a reçu les lettres de créance" is a ceremony, so it comes
     *     before the reception verbs and takes the sentence's encounter from them.
     * <li>{@link MeetingFinder#VERBS}: the general encounter verbs and noun phrases, in the order
     *     of the most telling first, on a sentence no finder above has taken.
     * <li>{@link CeremonyFinder}, {@link ConferenceFinder}: gatherings, which a sentence may tell
     *     beside an encounter ("en marge du forum, X a rencontré Y").
     * <li>{@link AgreementFinder} last: a signing without a date of its own takes that of the
     *     meeting told just before it, in this sentence or an earlier one.
     * </ol>
     * The order is also the order the events of one sentence are written down in, which decides
     * which of two restatements is kept.
     */
    static final List<EventFinder> FINDERS = List.of(new VisitFinder(), new GreetingFinder(), MeetingFinder.NAMED, new CredentialsFinder(),
            MeetingFinder.VERBS, new CeremonyFinder(), new ConferenceFinder(), new AgreementFinder());

    private Happenings() {}

    /** Finds events and agreements, sentence by sentence, then merges restatements. */
    static void find(Doc doc) {
        String focus = null;
        String focusFeminine = null;
        String focusMasculine = null;
        int storyYear = EventDates.storyYear(doc);
        for (Doc.Sent s : doc.sents) {
            if (!s.main()) continue;
            int before = doc.events.size();
            String subject = Subjects.subject(doc, s);
            String pronoun = Subjects.pronoun(s);
            if (subject == null && pronoun != null) {
                // "elle a été reçue par ...": the woman last spoken of, when the story named one
                String gendered = pronoun.equals("elle") ? focusFeminine : focusMasculine;
                subject = gendered != null ? gendered : focus;
            }
            Reading r = new Reading(doc, s, subject, storyYear);
            for (EventFinder f : FINDERS) f.find(r);
            for (int i = before; i < doc.events.size(); i++) {
                Doc.EventInfo e = doc.events.get(i);
                e.standing = Standing.of(s, e.at, storyYear);
            }
            if (r.subject != null) {
                focus = r.subject;
                if (Gender.feminine(doc, r.subject)) focusFeminine = r.subject;
                else focusMasculine = r.subject;
            }
        }
        BackReferences.backReferences(doc);
        Restatements.merge(doc);
        CredentialsFinder.envoys(doc);
        doc.events.sort(Comparator.comparingInt((Doc.EventInfo e) -> e.sentence).thenComparingInt(e -> e.at));
        VisitLinks.linkVisits(doc);
        participantCountries(doc);
        EventDates.openingDate(doc);
        AgreementFinder.agreementDates(doc);
    }

    /**
     * A participant's country learnt after the event was read (a later sentence names their
     * nationality) is the event's country too.
     */
    private static void participantCountries(Doc doc) {
        for (Doc.EventInfo e : doc.events) {
            for (Facts.Participant p : e.participants) {
                Doc.PersonInfo info = doc.persons.get(p.personKey());
                if (info != null && info.country != null) e.countries.add(info.country);
            }
        }
    }
}
