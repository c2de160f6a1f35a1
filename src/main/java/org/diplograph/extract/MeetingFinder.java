package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encounters told by a verb or a noun phrase: phone calls, receptions, talks and meetings (FORMAT.md
 * gives the kind each construction tells). A sentence tells one encounter, the one its first
 * matching construction names, so the constructions are tried in a fixed order and the first that
 * matches takes the sentence ({@link Reading#claimed}), even when it then finds nobody to name.
 *
 * <p>The finder runs in two tiers around {@link CredentialsFinder}: {@link #NAMED}, the
 * constructions that name the encounter's kind outright whatever else the sentence says (a call,
 * "a été reçu par", an audience granted, a session co-chaired), before the presentation of
 * credentials; {@link #VERBS}, the general verbs and noun phrases ("recevant", "lors de sa
 * rencontre avec", "s'est entretenu", "a eu une séance de travail", "ont tenu une réunion", the
 * present tense, "a reçu", "a rencontré"), after it, since "a reçu les lettres de créance" is a
 * ceremony and not a reception.
 */
final class MeetingFinder implements EventFinder {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A verb's match that opens on "ont" or "avaient": both named before it. */
    private static final Pattern HAVE_THEN = Pattern.compile("(?i)^(?:ont|avaient)\\s.*");
    private static final Cue MEET = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avait|avaient)\\s+(?:également\\s+|aussi\\s+|notamment\\s+|ensuite\\s+)?(rencontré|reçu|accueilli|reçue)\\b"
                    + "|\\b(?:s'est|se sont|s'étai(?:t|ent))\\s+(?:(?:également|déjà|ensuite|aussi|enfin)\\s+)?(?:rencontrés?|réunis?)\\b"
                    // "X a déposé une gerbe, avant de rencontrer Y": the subject met Y after what the main clause tells
                    + "|\\b(?:avant\\s+de\\s+rencontrer|après\\s+avoir\\s+rencontré)\\b", F), "rencontré", "rencontrer", "reçu", "accueilli", "réuni");
    /** "X a été reçu par Y", "X a accordé une audience à Y", "X a reçu en audience Y". */
    private static final Cue RECEIVED_BY = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avai(?:t|ent))(?:\\s*,\\s*[^,.;]{1,30},)?\\s+(?:également\\s+|ensuite\\s+|aussi\\s+)?été\\s+(?:reçue?s?|accueillie?s?)\\b[^.;]{0,80}?\\bpar\\b"
                    // "avant que X ne soit reçu par Y", "avant d'être reçu par Y": the time clause of a reception that happened
                    + "|\\b(?:ne\\s+soi(?:t|ent)|avant\\s+d'être|après\\s+avoir\\s+été)\\s+(?:reçue?s?|accueillie?s?)\\b[^.;]{0,80}?\\bpar\\b", F), "reçu", "accueilli");
    /** The time clause forms of "reçu par" ({@link #RECEIVED_BY}'s second alternative). */
    private static final Pattern SUBORDINATE = Pattern.compile("(?:ne\\s+soi(?:t|ent)|avant\\s+d'être|après\\s+avoir\\s+été)\\s", F);
    /**
     * "Recevant X, Y a salué ...", "Recevant son hôte, Y a ...": a participle opening the sentence
     * tells the reception its subject gave ("Recevant séparément" is the envoys' rule).
     */
    private static final Cue RECEIVING = Cue.of(Pattern.compile("\\bRecevant\\s+(?!séparément)"), "recevant");
    private static final Cue AUDIENCE = Cue.of(Pattern.compile(
            "\\b(?:a|ont)\\s+accordé\\b[^.;]{0,60}?\\baudience\\s+(?:à|a|au|aux)\\b", F), "accordé");
    /** "X et Y ont coprésidé le 5e Dialogue stratégique": a bilateral dialogue, its chairs as participants. */
    private static final Cue COCHAIRED = Cue.of(Pattern.compile(
            "\\b(?:ont|a)\\s+(?:coprésidé|co-présidé)\\b[^.;]{0,80}?\\b(dialogue|consultation|réunion|session|commission|comité|forum|séance)\\b", F), "présidé");
    /**
     * "La 22e session de la Commission mixte s'est tenue ... sous la coprésidence de X et de Y": a
     * session held by both sides is talks (FORMAT.md), its chairs named after the cue.
     */
    private static final Cue UNDER_CHAIRS = Cue.of(Pattern.compile(
            "\\b(?:session|réunion|dialogue|consultations?|commission|comité)\\b[^.;]{0,160}?\\b(?:sous\\s+la\\s+co-?présidence\\s+d(?:e|u|es)|(?:était|a\\s+été|est)\\s+co-?présidée?s?\\s+par)\\b", F),
            "présidence", "présidé");
    /**
     * "X et Y ont tenu une réunion de travail", "les deux présidents ont ouvert la réunion du
     * Cabinet binational": a plural subject holding a meeting together; a session of a body both
     * sides form is talks (FORMAT.md), any other meeting a meeting.
     */
    private static final Cue JOINT = Cue.of(Pattern.compile(
            "\\b(?:ont|avaient)\\s+(?:également\\s+|ensuite\\s+)?(?:tenu|ouvert)\\b[^.;]{0,60}?\\b(réunion|séance|session|rencontre)\\b([^.;]{0,60})", F), "tenu", "ouvert");
    private static final Pattern JOINT_BODY = Pattern.compile("\\b(?:session|commission|comité|cabinet|consultations|dialogue|mécanisme)\\b", F);
    /** Present tense, as titles and leads write: only right after the person who acts. */
    private static final Cue MEET_NOW = Cue.of(Pattern.compile(
            "^\\s*(?:,\\s*)?(reçoit|rencontre|accueille|s'entretient avec|reçoivent|rencontrent|s'entretiennent avec)\\b", F),
            "reçoi", "rencontre", "accueille", "entretien");
    private static final Cue TALKS = Cue.of(Pattern.compile(
            "\\b(?:s'est|se sont|s'étai(?:t|ent))\\s+(?:(?:également|ensuite|aussi|longuement|déjà|enfin|brièvement)\\s+)?entretenus?e?s?\\b[^.;]{0,140}?\\bavec\\b"
                    // "les deux chefs d'État se sont ensuite entretenus": a plural subject, no "avec"
                    + "|\\bse\\s+sont\\s+(?:ensuite\\s+|également\\s+)?entretenus\\b(?![^.;]{0,80}?\\bavec\\b)"
                    + "|\\b(?:a|ont|avait|avaient)\\s+(?:ensuite\\s+|également\\s+|aussi\\s+|par ailleurs\\s+|auparavant\\s+|pour (?:leur|sa) part\\s+|de (?:leur|son) côté\\s+)?(?:eu|tenu|mené)\\s+"
                    // "ont tenu mercredi des entretiens": the day may come between the verb and its object
                    + "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\\s+(?:matin|soir|après-midi))?\\s+)?"
                    + "des\\s+(?:entretiens|pourparlers|discussions|consultations)\\b"
                    + "|\\bdes\\s+entretiens\\s+(?:avec|entre)\\b", F), "entretenu", "entretiens", "pourparlers", "discussions", "consultations");
    private static final Cue DURING = Cue.of(Pattern.compile(
            "\\b(?:lors|au cours|à l'occasion|a l'occasion)\\s+d(?:e|u|')\\s*(?:la|une|sa|leur|l')?\\s*"
                    + "(rencontre|entrevue|séance de travail|réunion de travail|entretien|visite de courtoisie|audience)\\b[^.;]{0,160}?\\bavec\\b", F), "lors", "cours", "occasion");
    private static final Cue HAD = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avai(?:t|ent))\\s+(?:également\\s+|aussi\\s+|ensuite\\s+|par ailleurs\\s+)?eu\\s+(?:[^.;,]{0,60}?\\s)?(?:(?:une|des)\\s+(séance de travail|séances de travail|rencontre|entrevue|réunion de travail)|un\\s+tête-à-tête)\\b[^.;]{0,80}?\\bavec\\b"
                    + "|\\b(?:a|ont|avai(?:t|ent))\\s+(?:rendu|effectué)\\s+une\\s+visite\\s+de\\s+courtoisie\\b"
                    // "avait partagé un dîner de travail avec Y": a meal held to work is a meeting
                    + "|\\b(?:a|ont|avai(?:t|ent))\\s+(?:également\\s+|aussi\\s+|ensuite\\s+)?(?:eu|partagé|pris)\\s+un\\s+(?:petit-)?(?:déjeuner|dîner)\\s+(?:de\\s+travail|officiel)\\b[^.;]{0,80}?\\bavec\\b", F),
            "séance", "rencontre", "entrevue", "réunion", "tête-à-tête", "courtoisie", "déjeuner", "dîner");
    private static final Cue CALL = Cue.of(Pattern.compile(
            "\\b(?:entretien|conversation|appel|échange)s?\\s+(?:téléphonique|par téléphone|en ligne|par visioconférence)"
                    + "|\\b(?:au|par)\\s+téléphone\\b|\\b(?:par|en)\\s+visioconférence\\b|\\ba téléphoné\\b", F), "téléphon", "ligne", "visioconférence");

    /** Calls, "reçu par", audiences and co-chaired sessions: tried before the credentials. */
    static final MeetingFinder NAMED = new MeetingFinder(true);
    /** The general encounter verbs and noun phrases: tried after the credentials. */
    static final MeetingFinder VERBS = new MeetingFinder(false);

    private final boolean named;

    private MeetingFinder(boolean named) {
        this.named = named;
    }

    @Override
    public void find(Reading r) {
        if (r.claimed) return;
        Encounter found = named ? named(r) : verbs(r);
        if (found == null) return;
        // a reception told in a time clause ("avant que X ne soit reçu par Y") leaves the main clause
        // its own encounter ("Z et X ont tenu des consultations, avant que ...")
        r.claimed = !(found.rule() == Rule.RECEPTION_RECEIVED_BY && SUBORDINATE.matcher(r.s.text.substring(found.matchStart())).lookingAt());
        if (found.kind() != null) found.tell(r);
    }

    @Override
    public Set<Rule> rules() {
        return named ? Set.of(Rule.CALL_PHONE, Rule.RECEPTION_RECEIVED_BY, Rule.RECEPTION_AUDIENCE, Rule.TALKS_COCHAIRED, Rule.MEETING_COCHAIRED,
                Rule.CONFERENCE_COCHAIRED, Rule.TALKS_UNDER_CHAIRS)
                : Set.of(Rule.RECEPTION_PARTICIPLE, Rule.TALKS_DURING, Rule.RECEPTION_DURING, Rule.MEETING_DURING,
                Rule.TALKS_ENTRETENIR, Rule.RECEPTION_COURTESY, Rule.MEETING_HAD, Rule.TALKS_JOINT, Rule.MEETING_JOINT,
                Rule.TALKS_PRESENT, Rule.RECEPTION_PRESENT, Rule.MEETING_PRESENT, Rule.RECEPTION_RECEIVE, Rule.MEETING_MEET);
    }

    /**
     * The first of the named constructions the sentence holds, or null. A call, a reception by
     * "a été reçu par" or by an audience, a co-chaired dialogue (a forum co-chaired is a
     * conference), a session "sous la coprésidence de".
     */
    private static Encounter named(Reading r) {
        Doc.Sent s = r.s;
        String subject = r.subject;
        Matcher m;
        String kind = null;
        int at = -1;
        String hostRole = "participant";
        List<String> before = null;
        Rule rule = null;
        if ((m = CALL.in(s)).find()) {
            kind = "phone call";
            rule = Rule.CALL_PHONE;
            at = m.start();
        } else if ((m = RECEIVED_BY.in(s)).find()) {
            // the visitor is the subject, the host the one after "par"
            kind = "reception";
            rule = Rule.RECEPTION_RECEIVED_BY;
            at = m.end();
            hostRole = "received";
            if (m.group().toLowerCase().startsWith("ne")) {
                // "avant que le ministre chinois ne soit reçu par Y": the clause's own subject, named or
                // titled between "que" and the verb, not the sentence's
                int que = s.text.lastIndexOf("que", m.start());
                int from = que < 0 ? s.toks.size() : EventDrafts.tokenAtChar(s, que);
                int to = EventDrafts.tokenAtChar(s, m.start());
                subject = null;
                for (Mention p : s.of(Mention.Type.PERSON)) if (p.b() > from && p.e() <= to) subject = p.value();
            }
        } else if ((m = AUDIENCE.in(s)).find()) {
            kind = "reception";
            rule = Rule.RECEPTION_AUDIENCE;
            at = m.start();
            hostRole = "host";
        } else if ((m = COCHAIRED.in(s)).find()) {
            // FORMAT.md: a forum is a conference, a working session ("séance de travail") a meeting
            String noun = m.group(1).toLowerCase();
            kind = noun.startsWith("forum") ? "conference" : noun.startsWith("séance") ? "meeting" : "talks";
            rule = kind.equals("conference") ? Rule.CONFERENCE_COCHAIRED : kind.equals("meeting") ? Rule.MEETING_COCHAIRED : Rule.TALKS_COCHAIRED;
            at = m.start();
            before = Subjects.personsBefore(s, EventDrafts.tokenAtChar(s, m.start()));
        } else if ((m = UNDER_CHAIRS.in(s)).find()) {
            kind = "talks";
            rule = Rule.TALKS_UNDER_CHAIRS;
            at = m.end();
            subject = null;
        }
        if (kind == null) return null;
        return new Encounter(kind, rule, at, hostRole, before, false, subject, m.start(), m.end());
    }

    /**
     * The first of the general constructions the sentence holds, or null; an {@link Encounter}
     * without a kind when the construction told its event itself ("Recevant X, Y a ...").
     */
    private static Encounter verbs(Reading r) {
        Doc doc = r.doc;
        Doc.Sent s = r.s;
        String subject = r.subject;
        boolean inVisitSentence = r.visit;
        Matcher m = null;
        String kind = null;
        int at = -1;
        boolean during = false;
        String hostRole = "participant";
        List<String> before = null;
        Rule rule = null;
        if ((m = RECEIVING.in(s)).find()) {
            kind = "reception";
            rule = Rule.RECEPTION_PARTICIPLE;
            at = m.start();
            hostRole = "host";
            String host = subject != null ? subject : Subjects.lastBeforeVerb(s);
            if (host != null) {
                List<String> guests = Subjects.personsAfter(s, 0, host);
                if (guests.isEmpty()) {
                    String guest = Subjects.lastVisitor(doc, host);
                    if (guest != null) guests = List.of(guest);
                }
                Doc.EventInfo e = EventDrafts.event(doc, s, kind, 0.75, rule);
                e.at = at;
                EventDrafts.addPerson(doc, e, host, "host");
                for (String g : guests) EventDrafts.addPerson(doc, e, g, "visitor");
                // its day and place are those of the participle's clause, before the host is named
                Mention named = null;
                for (Mention p : s.of(Mention.Type.PERSON)) if (p.value().equals(host) && named == null) named = p;
                int end = named == null ? s.toks.size() : named.b();
                Mention when = null;
                for (Mention d : s.of(Mention.Type.DATE)) if (d.value() != null && d.e() <= end && d.b() >= EventDrafts.tokenAtChar(s, at)) when = d;
                if (when != null && !inVisitSentence) e.date = EventDates.dateOf(when);
                Facts.Place where = Places.venue(s) != null ? Places.venue(s) : Places.place(s);
                if (where != null && s.text.indexOf(where.name()) < s.toks.get(Math.min(end, s.toks.size() - 1)).begin()) e.place = where;
                EventDates.sameDay(doc, s, e);
                EventDates.dayNext(doc, s, e);
                return new Encounter(null, rule, at, hostRole, null, false, host, m.start(), m.end());
            }
        } else if ((m = DURING.in(s)).find()) {
            kind = duringKind(m.group(1));
            rule = kind.equals("talks") ? Rule.TALKS_DURING : kind.equals("reception") ? Rule.RECEPTION_DURING : Rule.MEETING_DURING;
            at = m.end();
            during = true;
        } else if ((m = TALKS.in(s)).find()) {
            kind = "talks";
            rule = Rule.TALKS_ENTRETENIR;
            at = m.start();
            // "X et Y se sont entretenus", "X et Y ont tenu des entretiens": both named before the verb
            if ((m.group().startsWith("se sont") || HAVE_THEN.matcher(m.group()).matches()) && !m.group().contains("avec")) before = Subjects.personsBefore(s, EventDrafts.tokenAtChar(s, m.start()));
        } else if ((m = HAD.in(s)).find()) {
            // a courtesy call is received by the one it is paid to
            kind = m.group().toLowerCase().contains("courtoisie") ? "reception" : "meeting";
            rule = kind.equals("reception") ? Rule.RECEPTION_COURTESY : Rule.MEETING_HAD;
            at = m.start();
        } else if ((m = JOINT.in(s)).find() && (Subjects.personsBefore(s, EventDrafts.tokenAtChar(s, m.start())).size() >= 2 || Subjects.BOTH_LEADERS.matcher(s.text).find() && Subjects.holdOffices(doc, Subjects.lastTwoLeaders(doc, s.index)))) {
            boolean body = m.group(1).equalsIgnoreCase("session") || JOINT_BODY.matcher(m.group(2)).find();
            kind = body ? "talks" : "meeting";
            rule = body ? Rule.TALKS_JOINT : Rule.MEETING_JOINT;
            at = m.start();
            before = Subjects.personsBefore(s, EventDrafts.tokenAtChar(s, m.start()));
            if (before.size() < 2) {
                subject = null;
                // "les deux ministres ont tenu": the last two persons named with that title
                Matcher both = Subjects.BOTH_LEADERS.matcher(s.text);
                if (both.find()) before = Subjects.lastTwoTitled(doc, s.index, Subjects.withoutBoth(both.group()));
            }
        } else if ((at = presentAfterSubject(s, subject)) >= 0) {
            m = null;
            kind = s.text.startsWith("s'entret", at) ? "talks" : "meeting";
            if (s.text.startsWith("reç", at) || s.text.startsWith("accueil", at)) {
                hostRole = "host";
                kind = "reception";
            }
            rule = kind.equals("talks") ? Rule.TALKS_PRESENT : kind.equals("reception") ? Rule.RECEPTION_PRESENT : Rule.MEETING_PRESENT;
        } else if ((m = MEET.in(s)).find()) {
            kind = "meeting";
            at = m.start();
            if (m.group(1) != null && m.group(1).toLowerCase().startsWith("re")) hostRole = m.group(1).toLowerCase().startsWith("reç") ? "host" : "participant";
            if (m.group(1) != null && m.group(1).equalsIgnoreCase("accueilli")) hostRole = "host";
            // FORMAT.md: "a reçu", "a accueilli" tell a reception, "a rencontré" a meeting
            if (hostRole.equals("host")) kind = "reception";
            rule = kind.equals("reception") ? Rule.RECEPTION_RECEIVE : Rule.MEETING_MEET;
        }
        if (kind == null) return null;
        return new Encounter(kind, rule, at, hostRole, before, during, subject, m == null ? -1 : m.start(), m == null ? -1 : m.end());
    }

    /** The kind a "lors de sa ... avec" noun phrase gives: talks, a reception (audience, courtesy call) or a meeting. */
    private static String duringKind(String noun) {
        String n = noun.toLowerCase();
        if (n.startsWith("entretien")) return "talks";
        if (n.startsWith("audience") || n.contains("courtoisie")) return "reception";
        return "meeting";
    }

    /** Where a present-tense meeting verb follows the subject ("X reçoit Y"), or -1. */
    private static int presentAfterSubject(Doc.Sent s, String subject) {
        if (subject == null || !MEET_NOW.possible(s)) return -1;
        for (Mention p : s.of(Mention.Type.PERSON)) {
            if (!p.value().equals(subject)) continue;
            int k = p.e();
            while (k < s.toks.size() && (s.toks.get(k).is(",") || s.at(k, Mention.Type.TITLE) != null)) {
                Mention t = s.at(k, Mention.Type.TITLE);
                k = t != null ? t.e() : k + 1;
            }
            if (k >= s.toks.size()) return -1;
            int c = s.toks.get(k).begin();
            Matcher m = MEET_NOW.pattern().matcher(s.text.substring(c));
            return m.find() ? c + m.start(1) : -1;
        }
        return -1;
    }
}
