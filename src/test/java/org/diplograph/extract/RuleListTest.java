package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.article.SourceReader;
import org.diplograph.article.SourceDoc;
import org.junit.jupiter.api.Test;

/**
 * The rules the code can emit (the constants of {@link Rule}) and the list {@code rules.tsv} name
 * the same rules, each described; every fact the extractor draws from the seeds and the
 * development set names a rule of its own kind.
 */
class RuleListTest {
    private static final Map<String, String> KIND_OF_EVENT = Map.of("meeting", "meeting", "visit", "visit",
            "talks", "talks", "phone call", "call", "reception", "reception", "ceremony", "ceremony",
            "conference", "conference");

    @Test
    void theListAndTheCodeNameTheSameRules() {
        Set<String> code = new TreeSet<>();
        for (Rule r : Rule.values()) assertTrue(code.add(r.id()), "two constants share " + r.id());
        Set<String> listed = new TreeSet<>(Rule.Descriptions.load().keySet());
        Set<String> unlisted = new TreeSet<>(code);
        unlisted.removeAll(listed);
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(code);
        assertEquals(Set.of(), unlisted, "rules the code emits that " + Rule.LIST + " does not list");
        assertEquals(Set.of(), unknown, "rules " + Rule.LIST + " lists that no code emits");
        for (Rule r : Rule.values()) {
            assertTrue(r.id().matches("[a-z]+\\.[a-z0-9-]+"), "kind.construction in lower case: " + r.id());
            assertFalse(r.description().isBlank(), r.id());
            assertEquals(r, Rule.byId(r.id()).orElseThrow());
        }
        assertTrue(Rule.byId("visit.no-such-rule").isEmpty());
    }

    @Test
    void theConstructionMatchedNamesTheRule() {
        assertEquals(Rule.VISIT_NOUN, Rule.visit("en visite officielle au "));
        assertEquals(Rule.VISIT_STAY, Rule.visit("séjourne en "));
        assertEquals(Rule.VISIT_TOUR, Rule.visit("tournée en "));
        assertEquals(Rule.VISIT_ARRIVED, Rule.visit("est arrivée à "));
        assertEquals(Rule.VISIT_LEFT_FOR, Rule.visit("a quitté Lyon pour "));
        assertEquals(Rule.AGREEMENT_FUTURE, Rule.agreement("signeront", true));
        assertEquals(Rule.AGREEMENT_SIGN, Rule.agreement("ont signé", false));
        assertEquals(Rule.AGREEMENT_INITIAL, Rule.agreement("ont paraphé", false));
        assertEquals(Rule.AGREEMENT_EXCHANGE, Rule.agreement("ont échangé", false));
        assertEquals(Rule.ROLE_TITLE_BEFORE, Rule.PERSON_TITLE_BEFORE.office());
        assertEquals(Rule.ROLE_APPOSITION, Rule.PERSON_HONORIFIC.office());
    }

    @Test
    void sentencesWrittenForTheTestGiveTheirRules() {
        Facts.Article a = ReferenceTables.load().extractor().extract(SourceDoc.of("rules-test", "rules-test.txt", """
                Le ministre italien des Affaires étrangères, Marco Bellini, a reçu lundi à Rome son homologue \
                suédois, Lars Berg. Les deux ministres ont signé un accord de coopération culturelle. \
                Mme Karin Holmqvist, présidente de l'Agence suédoise de développement, effectue une visite officielle en Italie."""));
        Set<String> rules = new LinkedHashSet<>();
        for (Facts.Event e : a.events()) rules.add(e.kind().value() + " " + e.rule());
        for (Facts.Agreement g : a.agreements()) rules.add("agreement " + g.rule());
        for (Facts.Person p : a.persons()) rules.add(p.name() + " " + p.rule());
        assertTrue(rules.contains("reception reception.verb-recevoir"), rules.toString());
        assertTrue(rules.contains("agreement agreement.verb-signer"), rules.toString());
        assertTrue(rules.contains("visit visit.noun-visite"), rules.toString());
        assertTrue(rules.contains("Marco Bellini person.title-before-name"), rules.toString());
    }

    @Test
    void everyFactOfTheSeedsAndTheDevelopmentSetNamesARuleOfItsKind() throws IOException {
        Extractor x = ReferenceTables.load().extractor();
        List<String> wrong = new ArrayList<>();
        int facts = 0;
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/devset/pages"))) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.sorted().toList();
            }
            List<SourceDoc> docs = new ArrayList<>();
            SourceReader reader = new SourceReader((origin, message) -> wrong.add(origin + ": " + message));
            for (Path f : files) reader.read(f, docs::add);
            {
                for (SourceDoc d : docs) {
                    Facts.Article a = x.extract(d);
                    for (Facts.Event e : a.events()) {
                        facts++;
                        if (!ofKind(e.rule(), KIND_OF_EVENT.get(e.kind().value()))) wrong.add(d.key() + " " + e.kind().value() + " " + e.rule());
                    }
                    for (Facts.Agreement g : a.agreements()) {
                        facts++;
                        if (!ofKind(g.rule(), "agreement")) wrong.add(d.key() + " agreement " + g.rule());
                    }
                    for (Facts.Org o : a.orgs()) {
                        facts++;
                        if (!ofKind(o.rule(), "org")) wrong.add(d.key() + " org " + o.name() + " " + o.rule());
                    }
                    for (Facts.Person p : a.persons()) {
                        facts++;
                        if (!ofKind(p.rule(), "person")) wrong.add(d.key() + " person " + p.key() + " " + p.rule());
                        for (Facts.Office o : p.offices()) {
                            if (!ofKind(o.rule(), "role")) wrong.add(d.key() + " office " + o.title() + " " + o.rule());
                        }
                    }
                }
            }
        }
        assertTrue(facts > 200, "facts read: " + facts);
        assertEquals(List.of(), wrong);
    }

    private static boolean ofKind(String rule, String kind) {
        return rule != null && kind != null && Rule.byId(rule).isPresent() && rule.startsWith(kind + ".");
    }

    @Test
    void everyEventAndAgreementRuleIsOneFindersInADeclaredOrder() {
        Map<Rule, String> owner = new java.util.EnumMap<>(Rule.class);
        for (EventFinder f : Happenings.FINDERS) {
            for (Rule r : f.rules()) {
                String before = owner.put(r, f.getClass().getSimpleName());
                assertEquals(null, before, r.id() + " is " + before + "'s and " + f.getClass().getSimpleName() + "'s");
            }
        }
        for (Rule r : Rule.values()) {
            boolean event = KIND_OF_EVENT.containsValue(r.id().substring(0, r.id().indexOf('.'))) || r.id().startsWith("agreement.");
            assertEquals(event, owner.containsKey(r), r.id() + (event ? " has no finder" : " is no event's or agreement's"));
        }
        // the visit first (a span it gives is not its meetings'), credentials before the reception verbs
        List<EventFinder> order = Happenings.FINDERS;
        assertTrue(order.get(0) instanceof VisitFinder);
        assertTrue(order.indexOf(MeetingFinder.NAMED) < order.indexOf(MeetingFinder.VERBS));
        int credentials = 0;
        while (!(order.get(credentials) instanceof CredentialsFinder)) credentials++;
        assertTrue(order.indexOf(MeetingFinder.NAMED) < credentials && credentials < order.indexOf(MeetingFinder.VERBS));
        assertTrue(order.get(order.size() - 1) instanceof AgreementFinder);
    }
}
