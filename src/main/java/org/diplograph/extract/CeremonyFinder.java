package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ceremonies and given receptions: a wreath laid, an inauguration, "a organisé une réception", "a remis à Y une
 * aide", "la cérémonie de ..." that took place. One of them at most per sentence, in that order;
 * the persons named are attendees. (The presentation of credentials, a ceremony too, is
 * {@link CredentialsFinder}'s: it competes with the encounter verbs, not with these.)
 */
final class CeremonyFinder implements EventFinder {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "X a remis à Y une aide ...": a handing-over ceremony. */
    private static final Cue HANDED = Cue.of(Pattern.compile("\\b(?:a|ont)\\s+remis\\b", F), "remis");
    /** "à qui elle a remis un message de son président": a message or letter handed in an audience, no ceremony of its own. */
    private static final Pattern MESSAGE = Pattern.compile("^[^.;]{0,30}?\\b(?:un|une|le|la|son|sa|ses|les)\\s+(?:message|lettre|missive|invitation|courrier)s?\\b", F);
    private static final Cue CEREMONY = Cue.of(Pattern.compile(
            "\\bcérémonie\\s+(?:d['e]\\s*|de la\\s+|du\\s+|des\\s+|pour\\s+)?(\\p{L}+)", F), "cérémonie");
    private static final Pattern CEREMONY_HAPPENED = Pattern.compile(
            "\\b(?:a|ont|avait|avaient)\\s+(?:organisé|présidé|assisté|tenu|célébré)|\\b(?:a|ont)\\s+eu\\s+lieu|\\bs'est\\s+tenue|\\bs'est\\s+déroulée"
                    // "X avait été décoré lors d'une cérémonie présidée par Y": the ceremony told by its chair
                    + "|\\bcérémonie\\s+(?:officielle\\s+)?(?:présidée|organisée)\\s+par\\b", F);

    @Override
    public void find(Reading r) {
        ceremonies(r.doc, r.s, r.subject);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CEREMONY_WREATH, Rule.CEREMONY_INAUGURATED, Rule.RECEPTION_GIVEN, Rule.CEREMONY_HANDED, Rule.CEREMONY_NOUN);
    }

    private static final Cue WREATH = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avait|avaient)\\s+(?:également\\s+|aussi\\s+|ensuite\\s+|par ailleurs\\s+)?déposé\\s+(?:une\\s+|des\\s+)?gerbes?\\b"
                    // "X a rendu visite à Y, et déposé une gerbe": the participle shares the subject's auxiliary
                    + "|(?<and>\\bet\\s+(?:a\\s+|ont\\s+)?(?:également\\s+|aussi\\s+)?déposé\\s+(?:une\\s+|des\\s+)?gerbes?\\b)"
                    + "|\\bdépôt\\s+(?:d'une\\s+|de\\s+)gerbes?\\b", F), "gerbe");
    /** "X et Y ont inauguré le pont": an inauguration, a ceremony (FORMAT.md) of those who inaugurate. */
    private static final Cue INAUGURATED = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avait|avaient)\\s+(?:également\\s+|aussi\\s+|ensuite\\s+|officiellement\\s+|conjointement\\s+)?inauguré\\b", F), "inauguré");
    /** Where a wreath is laid: "au Raj Ghat", "au monument de l'Amitié", "au mausolée de X". */
    private static final Pattern MEMORIAL = Pattern.compile(
            "^[^.;]{0,30}?\\b(?:au|à la|à l'|devant le|devant la)\\s*((?:\\p{Lu}[\\p{L}-]*)(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})");

    /** The capitalised name of the memorial after a wreath-laying ({@code from}: end of the cue), or null. */
    private static Facts.Place memorial(Doc.Sent s, int from) {
        Matcher m = MEMORIAL.matcher(s.text.substring(from));
        if (!m.find()) return null;
        String name = m.group(1);
        return new Facts.Place(Fold.slug(name), name, null);
    }

    private static final Cue RECEPTION = Cue.of(Pattern.compile(
            "\\b(?:a|ont)\\s+(?:organisé|offert|donné)\\b[^.;]{0,60}?\\bune\\s+réception\\b", F), "réception");

    private static void ceremonies(Doc doc, Doc.Sent s, String subject) {
        Matcher wreath = WREATH.in(s);
        if (wreath.find()) {
            // FORMAT.md: a wreath-laying is a ceremony; those who lay it are its participants
            List<String> who = Subjects.personsBefore(s, EventDrafts.tokenAtChar(s, wreath.start()));
            // a participle coordinated with the main verb: its subject laid the wreath, not the persons
            // the first verb governs
            if (wreath.group("and") != null) who = subject != null ? List.of(subject) : who.isEmpty() ? who : List.of(who.get(0));
            if (who.isEmpty() && subject != null) who = List.of(subject);
            if (who.isEmpty()) return;
            Doc.EventInfo e = EventDrafts.event(doc, s, "ceremony", 0.7, Rule.CEREMONY_WREATH);
            e.at = wreath.start();
            for (String p : who) EventDrafts.addPerson(doc, e, p, "attendee");
            EventDrafts.placeAndDate(doc, s, e, EventDrafts.tokenAtChar(s, wreath.start()));
            Facts.Place at = memorial(s, wreath.end());
            if (at != null) e.place = at;
            return;
        }
        Matcher inaugurated = INAUGURATED.in(s);
        if (inaugurated.find()) {
            int tok = EventDrafts.tokenAtChar(s, inaugurated.start());
            List<String> who = Subjects.personsBefore(s, tok);
            if (who.isEmpty() && subject != null) who = List.of(subject);
            if (!who.isEmpty()) {
                Doc.EventInfo e = EventDrafts.event(doc, s, "ceremony", 0.7, Rule.CEREMONY_INAUGURATED);
                e.at = inaugurated.start();
                for (String p : who) EventDrafts.addPerson(doc, e, p, "attendee");
                EventDrafts.placeAndDate(doc, s, e, tok);
                return;
            }
        }
        Matcher r = RECEPTION.in(s);
        if (r.find()) {
            Doc.EventInfo e = EventDrafts.event(doc, s, "reception", 0.75, Rule.RECEPTION_GIVEN);
            e.gathering = true;
            e.at = r.start();
            for (String p : Subjects.personsAfter(s, 0, null)) EventDrafts.addPerson(doc, e, p, "attendee");
            for (Mention o : s.of(Mention.Type.ORG)) {
                Doc.OrgInfo info = doc.orgs.get(o.value());
                if (info != null && info.country != null) e.countries.add(info.country);
            }
            EventDrafts.placeAndDate(doc, s, e, EventDrafts.tokenAtChar(s, r.start()));
            return;
        }
        Matcher handed = HANDED.in(s);
        if (handed.find() && !s.of(Mention.Type.PERSON).isEmpty() && !MESSAGE.matcher(s.text.substring(handed.end())).find()) {
            Doc.EventInfo e = EventDrafts.event(doc, s, "ceremony", 0.7, Rule.CEREMONY_HANDED);
            e.at = handed.start();
            for (String p : Subjects.personsAfter(s, 0, null)) EventDrafts.addPerson(doc, e, p, "attendee");
            EventDrafts.placeAndDate(doc, s, e, EventDrafts.tokenAtChar(s, handed.start()));
            return;
        }
        Matcher m = CEREMONY.in(s);
        if (!m.find() || !CEREMONY_HAPPENED.matcher(s.text).find()) return;
        Doc.Sent prior = BACK_TO_CEREMONY.matcher(s.text).lookingAt() ? previousMain(doc, s) : null;
        if (prior != null) {
            // "X et Y ont inauguré mardi la foire. La cérémonie s'est déroulée en présence de Z": the
            // inauguration just told, Z one more of its attendees
            for (Doc.EventInfo x : doc.events) {
                if (x.sentence != prior.index || x.rule != Rule.CEREMONY_INAUGURATED) continue;
                for (String p : Subjects.personsAfter(s, 0, null)) EventDrafts.addPerson(doc, x, p, "attendee");
                return;
            }
        }
        Doc.EventInfo e = EventDrafts.event(doc, s, "ceremony", 0.75, Rule.CEREMONY_NOUN);
        e.at = m.start();
        for (String p : Subjects.personsAfter(s, 0, null)) EventDrafts.addPerson(doc, e, p, "attendee");
        for (Mention o : s.of(Mention.Type.ORG)) {
            if (o.b() < EventDrafts.tokenAtChar(s, m.start()) && o.country() != null) e.countries.add(o.country());
        }
        e.topic = m.group(1);
        EventDrafts.placeAndDate(doc, s, e, EventDrafts.tokenAtChar(s, m.start()));
        Doc.Sent told = prior;
        if (told != null && doc.events.stream().noneMatch(x -> x.sentence == told.index)) {
            // "X et Y ont inauguré mardi la foire. La cérémonie s'est déroulée en présence de Z": the
            // ceremony is the one the sentence before told (when no event was read there), on its
            // day and at its venue
            Mention when = null;
            for (Mention d : told.of(Mention.Type.DATE)) if (d.value() != null && d.date().end() == null && !EventDates.datelineDate(told, d)) when = d;
            if (e.date == null && when != null) e.date = EventDates.dateOf(when);
            if (e.place == null) e.place = Places.venue(told) != null ? Places.venue(told) : Places.place(told);
        }
    }

    /** "La cérémonie s'est déroulée ...", "Cette cérémonie ...": the ceremony the sentence before told. */
    private static final Pattern BACK_TO_CEREMONY = Pattern.compile("\\s*(?:La|Cette)\\s+cérémonie\\b");

    /** The main-text sentence before {@code s}, or null. */
    private static Doc.Sent previousMain(Doc doc, Doc.Sent s) {
        for (int i = s.index - 1; i >= 0; i--) if (doc.sents.get(i).main()) return doc.sents.get(i);
        return null;
    }
}
