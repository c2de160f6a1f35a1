package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An encounter a construction names in a sentence (a meeting, reception, talks, phone call, or the
 * presentation of credentials), before its participants are known: its kind and rule, where the
 * trigger is ({@code at}, a char offset), the role its subject plays ({@code hostRole}: "host" for
 * "a reçu", "received" for "a été reçu par", "participant" otherwise), the persons named before the
 * trigger when they, not the subject, meet ({@code before}, or null), whether it is a "lors de"
 * phrase ({@code during}), the subject of the clause, and the span the construction matched.
 * {@link #tell} finds who met whom and writes the event down.
 */
record Encounter(String kind, Rule rule, int at, String hostRole, List<String> before, boolean during, String subject,
        int matchStart, int matchEnd) {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "la délégation a été reçue par Y": the delegation, whose leader the story names, is the visitor. */
    private static final Pattern DELEGATION_BEFORE = Pattern.compile("\\b(?:la|cette|sa)\\s+délégation\\b", F);
    /** "a reçu la délégation": the delegation as the object right after the verb. */
    private static final Pattern DELEGATION_OBJECT = Pattern.compile("\\s*(?:,\\s*)?(?:la|cette)\\s+délégation\\b", F);

    /**
     * Writes the encounter down as one event, or one meeting per foreign leader when one person
     * met several of different countries; nothing when nobody it could be is named.
     */
    void tell(Reading r) {
        Doc doc = r.doc;
        Doc.Sent s = r.s;
        boolean inVisitSentence = r.visit;
        String subject = this.subject;
        boolean subjectUnnamed = subject == null && titleSubject(s, at);
        int tok = EventDrafts.tokenAtChar(s, at);
        String relative = matchStart < 0 ? null : relativeSubject(s, matchStart);
        if (relative != null) subject = relative;
        // "X avait été reçu à Y par Z": the standing is read at the verb, the host after "par"
        int triggerAt = hostRole.equals("received") ? matchStart : at;
        List<String> others;
        // "Lors de la rencontre avec X, Y a ...": X is after the trigger, Y the clause's subject
        others = Subjects.personsAfter(s, tok, subject);
        others.removeIf(o -> messageSender(s, tok, o));
        if (before != null && before.size() >= 2) {
            subject = before.get(0);
            others = new ArrayList<>(before.subList(1, before.size()));
        }
        if (subject == null && DELEGATION_BEFORE.matcher(s.text.substring(0, triggerAt)).find()) {
            // "A son arrivée, la délégation a été reçue par Y", "la délégation a eu une séance de travail
            // avec Y": its leader is the one meeting
            subject = Subjects.delegationLeader(doc, s);
        }
        if (subject == null) {
            // "Le ministre brésilien a été reçu par Y": the titled subject is the one of that nationality named before
            subject = Subjects.titledVisitor(doc, s, EventDrafts.tokenAtChar(s, triggerAt), others);
        }
        if (subject != null && others.isEmpty() && !hostRole.equals("received")) {
            // "elle avait reçu le ministre sud-coréen": the guest a title names, named before
            String guest = Subjects.titledGuest(doc, s, EventDrafts.tokenAtChar(s, matchEnd < 0 ? at : matchEnd), List.of(subject));
            if (guest != null) others = new ArrayList<>(List.of(guest));
        }
        if (subject != null && others.isEmpty() && rule == Rule.RECEPTION_RECEIVE && DELEGATION_OBJECT.matcher(s.text.substring(matchEnd)).lookingAt()) {
            // "X avait reçu la délégation cambodgienne": its leader is the guest
            String leader = Subjects.delegationLeader(doc, s);
            if (leader == null) leader = Subjects.lastVisitor(doc, subject);
            if (leader != null && !leader.equals(subject)) others = new ArrayList<>(List.of(leader));
        }
        if (subject == null && others.size() >= 2 && !during) {
            subject = others.remove(0);
        }
        java.util.regex.Matcher both = Subjects.BOTH_LEADERS.matcher(s.text);
        if (subject == null && others.isEmpty() && both.find()) {
            // "les deux présidents ont eu des entretiens": the last two the story gave that title, when
            // they serve two countries; else the last two persons of two countries
            List<String> two = Subjects.lastTwoTitled(doc, s.index, Subjects.withoutBoth(both.group()));
            if (!Subjects.twoCountries(doc, two)) two = Subjects.lastTwoLeaders(doc, s.index);
            if (two.size() == 2) {
                subject = two.get(0);
                others = new ArrayList<>(List.of(two.get(1)));
            }
        }
        if (subject == null && others.isEmpty()) return;
        if (hostRole.equals("received") && subject != null && others.size() >= 2 && severally(s, tok, others, ANOTHER_AGENT)) {
            // "X a été reçu par A, puis par B": one reception by each
            oneEach(doc, s, subject, others, 0.8, "visitor", "host", tok, triggerAt, inVisitSentence);
            return;
        }
        if (!hostRole.equals("received") && subject != null && others.size() >= 2 && severally(s, tok, others, ANOTHER_PARTNER)) {
            // "s'est entretenu avec A, ainsi qu'avec B", "a rencontré A, puis B": one encounter with each
            boolean host = hostRole.equals("host");
            oneEach(doc, s, subject, others, 0.75, host ? "host" : "participant", host ? "visitor" : "participant", tok, triggerAt, inVisitSentence);
            return;
        }
        if (kind.equals("meeting") && separateMeetings(doc, subject, others)) {
            // "En marge du sommet, X a rencontré le président A et le Premier ministre B": one meeting each
            oneEach(doc, s, subject, others, 0.75, "participant", "participant", tok, triggerAt, inVisitSentence);
            return;
        }
        Doc.EventInfo e = EventDrafts.event(doc, s, kind, 0.8, rule);
        e.at = triggerAt;
        EventDrafts.addPerson(doc, e, subject, hostRole.equals("host") ? "host" : hostRole.equals("received") ? "visitor" : "participant");
        for (String o : others) {
            EventDrafts.addPerson(doc, e, o, hostRole.equals("host") ? "visitor" : hostRole.equals("received") ? "host" : "participant");
        }
        if (e.participants.size() < 2 && !kind.equals("phone call")) {
            // a meeting with a delegation or a country, not a named person
            for (String c : Places.countriesIn(s)) e.countries.add(c);
        }
        if (subjectUnnamed && e.participants.size() == 1 && e.countries.size() == 1 && doc.unqualifiedCountry() != null) {
            // "le chef du gouvernement s'est entretenu avec l'ambassadeur du Japon, X": an official
            // the outlet names without nationality serves the outlet's country
            e.countries.add(doc.unqualifiedCountry());
        }
        EventDrafts.placeAndDate(doc, s, e, tok);
        if (inVisitSentence) {
            // "Durant son séjour au Japon du 5 au 7 août, X a rencontré Y": the span is the visit's; a
            // date of its own ("a eu des entretiens le 5 mars") stays the meeting's
            Mention own = EventDates.nearestDate(s, tok, true);
            e.date = own == null ? null : EventDates.dateOf(own);
            e.end = null;
        }
        EventDates.sameDay(doc, s, e);
        EventDates.dayNext(doc, s, e);
    }

    /**
     * Whether the clause before the trigger at {@code at} opens on a title with no name and no
     * nationality as its subject ("Le même jour, le chef du gouvernement s'est entretenu avec").
     */
    private static boolean titleSubject(Doc.Sent s, int at) {
        int t = EventDrafts.tokenAtChar(s, at);
        for (Mention m : s.of(Mention.Type.TITLE)) {
            if (m.e() > t) break;
            if (s.at(m.e(), Mention.Type.PERSON) != null || m.e() < s.toks.size() && s.toks.get(m.e()).is(",")) continue;
            for (int k = m.b(); k < m.e(); k++) {
                if (s.at(k, Mention.Type.COUNTRY) != null || s.at(k, Mention.Type.COUNTRY_ADJ) != null) return false;
            }
            return m.e() < s.toks.size() && (Words.verbish(s.toks.get(m.e())) || s.toks.get(m.e()).is("s'"));
        }
        return false;
    }

    /** ", qui s'est entretenue", ", qui a rencontré": a relative clause right before the verb. */
    private static final Pattern RELATIVE = Pattern.compile(",\\s*qui\\s+(?:(?:a|avait)\\s+)?(?:également\\s+|aussi\\s+|ensuite\\s+|en\\s+parallèle\\s+)?$", F);

    /**
     * The person a relative clause holding the trigger (at char {@code verbAt}) is set against ("X
     * était accompagné de sa ministre, Y, qui s'est entretenue avec Z": Y met Z, not X): the person
     * named last before the "qui", or null when the verb is not in such a clause.
     */
    private static String relativeSubject(Doc.Sent s, int verbAt) {
        if (!RELATIVE.matcher(s.text.substring(Math.max(0, verbAt - 40), verbAt)).find()) return null;
        int t = EventDrafts.tokenAtChar(s, verbAt);
        String last = null;
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.e() <= t) last = p.value();
        return last;
    }

    /** One event of this encounter between {@code subject} and each of {@code others}, the day and place the sentence gives. */
    private void oneEach(Doc doc, Doc.Sent s, String subject, List<String> others, double confidence, String subjectRole,
            String otherRole, int tok, int triggerAt, boolean inVisitSentence) {
        for (String o : others) {
            Doc.EventInfo e = EventDrafts.event(doc, s, kind, confidence, rule);
            e.at = triggerAt;
            EventDrafts.addPerson(doc, e, subject, subjectRole);
            EventDrafts.addPerson(doc, e, o, otherRole);
            EventDrafts.placeAndDate(doc, s, e, tok);
            if (inVisitSentence) e.date = null;
            EventDates.sameDay(doc, s, e);
            EventDates.dayNext(doc, s, e);
        }
    }

    /** "puis par", "ensuite par", "et par": a further host the passive names, received by separately. */
    private static final Pattern ANOTHER_AGENT = Pattern.compile("\\b(?:puis|ensuite|et|enfin)\\s+(?:\\p{L}+\\s+)?par\\b", F);
    /** "un message du président X", "porteur d'un message de son homologue, X": the sender is elsewhere. */
    private static final Pattern MESSAGE_OF = Pattern.compile("\\bmessages?\\s+(?:\\p{L}+\\s+)?(?:de|du|des|d')(?=\\s|\\p{L})", F);

    /**
     * Whether the person {@code key}, named after token {@code tok}, is introduced as the sender of
     * a message carried to the meeting ("auquel il a transmis un message du président, X"): the
     * words since the person or trigger before name a message from someone.
     */
    private static boolean messageSender(Doc.Sent s, int tok, String key) {
        int from = tok;
        for (Mention p : s.of(Mention.Type.PERSON)) {
            if (p.b() < tok) continue;
            if (p.value().equals(key)) {
                if (p.b() <= from) return false;
                String between = s.text.substring(s.toks.get(from).begin(), s.toks.get(p.b()).begin());
                return MESSAGE_OF.matcher(between).find();
            }
            from = p.e() < s.toks.size() ? p.e() : from;
        }
        return false;
    }

    /**
     * "ainsi qu'avec", "ainsi que", "puis avec", "et avec": a further person met on their own, each
     * encounter told apart ("s'est entretenu avec A, ainsi qu'avec B" tells two talks).
     */
    private static final Pattern ANOTHER_PARTNER = Pattern.compile(
            "\\b(?:ainsi\\s+qu(?:e\\b|')\\s*(?:avec\\b)?|puis\\s+(?:avec\\b)?|(?:et|ensuite)\\s+avec\\b)", F);

    /**
     * Whether each of {@code hosts} after the first follows its own link {@code another} ("reçu par
     * A, puis par B", "avec A, ainsi qu'avec B"): one encounter with each.
     */
    private static boolean severally(Doc.Sent s, int tok, List<String> hosts, Pattern another) {
        int from = -1;
        int seen = 0;
        for (Mention p : s.of(Mention.Type.PERSON)) {
            if (p.b() < tok || !hosts.contains(p.value())) continue;
            if (from >= 0) {
                if (p.b() < from) return false;   // a name inside or across the one before: no link of its own between them
                String between = s.text.substring(s.toks.get(from).begin(), s.toks.get(p.b()).begin());
                if (!another.matcher(between).find()) return false;
            }
            from = p.e() < s.toks.size() ? p.e() : p.b();
            seen++;
        }
        return seen == hosts.size();
    }

    /** One person meeting several foreign leaders of different countries: separate meetings. */
    private static boolean separateMeetings(Doc doc, String subject, List<String> others) {
        if (subject == null || others.size() < 2) return false;
        Doc.PersonInfo s = doc.persons.get(subject);
        Set<String> countries = new java.util.HashSet<>();
        for (String o : others) {
            Doc.PersonInfo p = doc.persons.get(o);
            if (p == null || p.country == null || s != null && p.country.equals(s.country) || !countries.add(p.country)) return false;
        }
        return true;
    }
}
