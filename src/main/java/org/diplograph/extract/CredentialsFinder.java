package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.article.Page;

/**
 * The presentation of credentials: a ceremony (FORMAT.md), though "a reçu les lettres de créance"
 * reads as a reception. It claims the sentence's encounter before the reception and meeting verbs
 * do; the ambassadors the story names attend it, and a host who then receives them "séparément"
 * gives each a reception of their own ({@link #envoys}, once the story is read).
 */
final class CredentialsFinder implements EventFinder {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Cue CREDENTIALS = Cue.of(Pattern.compile("\\blettres?\\s+(?:de\\s+créance|accréditant)\\b", F), "créance", "accréditant");
    /** "Recevant séparément chacun des ambassadeurs", "a ensuite reçu séparément les ambassadeurs". */
    private static final Cue SEPARATELY = Cue.of(Pattern.compile(
            "\\b(?:recevant|a\\s+(?:ensuite\\s+)?reçu|reçoit|s'est\\s+entretenue?)\\s+(?:ensuite\\s+)?séparément\\b", F), "séparément");
    /**
     * Talks the host then held with the envoys as a group the sentence names by their office, or one
     * by one: "s'est entretenu successivement avec les nouveaux diplomates", "s'est ensuite entretenu
     * avec chacun des ambassadeurs", "s'est entretenu avec eux".
     */
    private static final Cue TALKS_WITH_THEM = Cue.of(Pattern.compile(
            "\\bs'(?:est|était)\\s+(?:ensuite\\s+|également\\s+|aussi\\s+)?entretenue?s?\\s+(?:ensuite\\s+)?"
            + "(?:(?:successivement|séparément|individuellement|tour\\s+à\\s+tour)\\s+)?avec\\s+"
            + "(?:chacun\\s+(?:d'eux|des\\s+\\S+)|eux|(?:les|ces)\\s+(?:\\S+\\s+)?(?:nouveaux\\s+)?(?:ambassadeurs|ambassadrices|diplomates|envoyés|chefs\\s+de\\s+mission))\\b", F),
            "entret");

    @Override
    public void find(Reading r) {
        if (r.claimed) return;
        Matcher m = CREDENTIALS.in(r.s);
        if (!m.find() || copy(r.s.text, m.start())) return;
        r.claimed = true;
        new Encounter("ceremony", Rule.CEREMONY_CREDENTIALS, 0, "participant", null, false, r.subject, m.start(), m.end()).tell(r);
    }

    /** "la copie (figurée) de ses lettres de créance": the words right before the credentials. */
    private static final Pattern COPY = Pattern.compile("\\bcopies?\\s+(?:figurées?\\s+)?(?:de\\s+(?:ses|leurs|sa)|des)\\s+$", F);

    /**
     * Whether the credentials at {@code start} are a copy of them: an envoy hands the copy to the
     * foreign minister, who receives him ("a reçu X, venu lui remettre la copie de ses lettres de
     * créance"); the ceremony proper is the one before the head of state. The sentence is then a
     * reception, which the reception verbs read.
     */
    private static boolean copy(String text, int start) {
        return COPY.matcher(text.substring(Math.max(0, start - 40), start)).find();
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CEREMONY_CREDENTIALS, Rule.RECEPTION_SEPARATELY, Rule.TALKS_WITH_ENVOYS);
    }

    /**
     * A presentation of credentials is the envoys' ceremony as much as the host's: the ambassadors
     * the story names are its participants ("Les quatre diplomates sont X, ambassadeur de ...").
     * A host who then receives them "séparément" gives each envoy a reception of their own, on the
     * ceremony's day (FORMAT.md: a reception of several envoys makes one pair per envoy).
     */
    static void envoys(Doc doc) {
        for (Doc.EventInfo c : List.copyOf(doc.events)) {
            if (!c.kind.equals("ceremony") || !credentialsToldBy(doc, c.sentence)) continue;
            String host = c.participants.isEmpty() ? null : c.participants.get(0).personKey();
            List<String> envoys = new ArrayList<>();
            for (Doc.PersonInfo p : doc.persons.values()) {
                if (!p.inMain || p.key.equals(host) || p.offices.isEmpty()) continue;
                if (envoyTitle(Fold.fold(p.offices.get(0).title()))) envoys.add(p.key);
            }
            for (String e : envoys) EventDrafts.addPerson(doc, c, e, "attendee");
            if (host == null) continue;
            for (Doc.Sent s : doc.sents) {
                Matcher sm = SEPARATELY.in(s);
                if (!s.main() || s.index < c.sentence || !sm.find()) continue;
                for (String e : envoys) {
                    Doc.EventInfo r = EventDrafts.event(doc, s, "reception", 0.7, Rule.RECEPTION_SEPARATELY);
                    r.at = sm.start();
                    r.standing = c.standing;
                    r.date = c.date;
                    EventDrafts.addPerson(doc, r, host, "host");
                    EventDrafts.addPerson(doc, r, e, "visitor");
                }
                break;
            }
            talksWithEach(doc, c, host, envoys);
        }
    }

    /**
     * A host who, after the credentials, "s'est entretenu avec les nouveaux diplomates" held talks
     * with each envoy (one pair per envoy, as for the ceremony): those talks replace the one the
     * verb made with the host alone, who could not name the group.
     */
    private static void talksWithEach(Doc doc, Doc.EventInfo c, String host, List<String> envoys) {
        if (host == null || envoys.size() < 2) return;
        for (Doc.Sent s : doc.sents) {
            if (!s.main() || s.index < c.sentence) continue;
            Matcher tm = TALKS_WITH_THEM.in(s);
            if (!tm.find()) continue;
            doc.events.removeIf(e -> e.sentence == s.index && e.kind.equals("talks")
                    && e.participants.stream().allMatch(p -> p.personKey().equals(host)));
            for (String e : envoys) {
                Doc.EventInfo t = EventDrafts.event(doc, s, "talks", 0.7, Rule.TALKS_WITH_ENVOYS);
                t.at = tm.start();
                t.standing = c.standing;
                t.date = c.date;
                t.place = c.place;
                EventDrafts.addPerson(doc, t, host, "host");
                EventDrafts.addPerson(doc, t, e, "visitor");
            }
            return;
        }
    }

    /**
     * Whether a title is an envoy's: an ambassador, or the head of a delegation or mission, as the
     * European Union's envoy is styled ("chef de la délégation de l'Union européenne").
     */
    private static boolean envoyTitle(String folded) {
        return folded.startsWith("ambassad") || folded.startsWith("chef de la delegation")
                || folded.startsWith("chef de mission") || folded.startsWith("cheffe de la delegation");
    }

    /** Whether the story has told of credentials by sentence {@code upTo} ("La cérémonie s'est déroulée ..." after them). */
    private static boolean credentialsToldBy(Doc doc, int upTo) {
        for (Doc.Sent s : doc.sents) {
            if (s.index > upTo) break;
            if ((s.main() || s.kind == Page.Kind.TITLE) && CREDENTIALS.in(s).find()) return true;
        }
        return false;
    }
}
