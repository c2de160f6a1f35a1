package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of the extractor that produce facts, each with a stable id ({@code kind.construction},
 * lower case: {@code reception.verb-recevoir}) that every emitted event, agreement, organisation,
 * person and office carries, so that a reader can ask which rule said so.
 *
 * <p>The ids are the code's; what each one matches is told in the list
 * {@code src/main/resources/org/diplograph/extract/rules.tsv} ({@code id TAB description}), which
 * must name every constant here and nothing else ({@code RuleListTest} checks both ways). An id
 * names the kind its fact is emitted with: the rule is set where the draft's kind is decided, and a
 * step that changed a draft's kind afterwards would have to set the rule with it (none does).
 * Ids are part of the graph and the facts export: renaming one is a change of data, not of code.
 */
public enum Rule {
    // events
    CALL_PHONE("call.phone-or-video"),
    RECEPTION_RECEIVED_BY("reception.passive-recu-par"),
    RECEPTION_AUDIENCE("reception.verb-accorder-audience"),
    TALKS_COCHAIRED("talks.verb-copresider"),
    MEETING_COCHAIRED("meeting.verb-copresider-seance"),
    TALKS_UNDER_CHAIRS("talks.sous-la-copresidence"),
    CONFERENCE_COCHAIRED("conference.verb-copresider-forum"),
    CEREMONY_CREDENTIALS("ceremony.lettres-de-creance"),
    RECEPTION_PARTICIPLE("reception.participle-recevant"),
    RECEPTION_GREETED_BY("reception.participle-accueilli-par"),
    TALKS_DURING("talks.lors-de-entretien"),
    RECEPTION_DURING("reception.lors-de-audience"),
    MEETING_DURING("meeting.lors-de-rencontre"),
    TALKS_ENTRETENIR("talks.verb-s-entretenir"),
    RECEPTION_COURTESY("reception.visite-de-courtoisie"),
    MEETING_HAD("meeting.verb-avoir-une-rencontre"),
    TALKS_JOINT("talks.plural-tenir-session"),
    MEETING_JOINT("meeting.plural-tenir-reunion"),
    TALKS_PRESENT("talks.present-s-entretient"),
    RECEPTION_PRESENT("reception.present-recoit"),
    MEETING_PRESENT("meeting.present-rencontre"),
    RECEPTION_RECEIVE("reception.verb-recevoir"),
    MEETING_MEET("meeting.verb-rencontrer"),
    VISIT_NOUN("visit.noun-visite"),
    VISIT_STAY("visit.noun-sejour"),
    VISIT_TOUR("visit.noun-tournee"),
    VISIT_ARRIVED("visit.verb-arriver"),
    VISIT_LEFT_FOR("visit.verb-quitter-pour"),
    RECEPTION_GIVEN("reception.noun-reception-offerte"),
    CEREMONY_HANDED("ceremony.verb-remettre"),
    CEREMONY_NOUN("ceremony.noun-ceremonie"),
    CEREMONY_WREATH("ceremony.verb-deposer-gerbe"),
    CEREMONY_INAUGURATED("ceremony.verb-inaugurer"),
    CONFERENCE_NAMED("conference.named-gathering"),
    CONFERENCE_HELD("conference.gathering-held"),
    RECEPTION_SEPARATELY("reception.recevoir-separement"),
    TALKS_WITH_ENVOYS("talks.s-entretenir-avec-les-envoyes"),
    // agreements
    AGREEMENT_SIGN("agreement.verb-signer"),
    AGREEMENT_INITIAL("agreement.verb-parapher"),
    AGREEMENT_CONCLUDE("agreement.verb-conclure"),
    AGREEMENT_EXCHANGE("agreement.verb-echanger"),
    AGREEMENT_RATIFY("agreement.verb-ratifier"),
    AGREEMENT_PUBLISH("agreement.verb-publier"),
    AGREEMENT_ADOPT("agreement.verb-adopter"),
    AGREEMENT_FUTURE("agreement.future-signer"),
    // organisations
    ORG_HEAD("org.head-complement"),
    ORG_INNER("org.inner-body"),
    ORG_ACRONYM("org.acronym-table"),
    ORG_TABLE_NAME("org.name-table"),
    ORG_STATE_BODY("org.state-body-name"),
    ORG_INITIALS("org.initials-acronym"),
    ORG_ENGLISH("org.english-name"),
    ORG_TERRITORY("org.territory-actor"),
    ORG_TERRITORY_NATIONAL("org.territory-nationality"),
    ORG_HOMOLOGUE("org.homologue-ministry"),
    ORG_PORTFOLIO("org.minister-portfolio"),
    ORG_FIRM("org.firm-own-name"),
    // persons and their offices
    PERSON_TITLE_BEFORE("person.title-before-name"),
    PERSON_TITLE_AFTER("person.name-then-title"),
    PERSON_HONORIFIC("person.honorific"),
    PERSON_CAPTION("person.caption-position"),
    PERSON_ENVOYS("person.envoys-list"),
    PERSON_SHARED("person.plural-title-shared"),
    ROLE_TITLE_BEFORE("role.title-before-name"),
    ROLE_APPOSITION("role.apposition"),
    ROLE_ENVOYS("role.envoys-list"),
    ROLE_HOMOLOGUE("role.homologue");

    /** The list of rules, beside this class. */
    static final String LIST = "rules.tsv";

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The stable id written in the graph ({@code dip:rule}) and the facts export ({@code rule}). */
    public String id() {
        return id;
    }

    /** What the rule matches, from {@link #LIST}; fails when the list does not describe it. */
    public String description() {
        String d = Descriptions.ALL.get(id);
        if (d == null) throw new IllegalStateException(LIST + " does not describe rule " + id);
        return d;
    }

    /** The rule with this id, or empty: to check an id read from a graph or an export. */
    public static java.util.Optional<Rule> byId(String id) {
        for (Rule r : values()) if (r.id.equals(id)) return java.util.Optional.of(r);
        return java.util.Optional.empty();
    }

    /** The rule of the office a person found by this rule holds by the same title. */
    Rule office() {
        return switch (this) {
            case PERSON_TITLE_BEFORE -> ROLE_TITLE_BEFORE;
            case PERSON_ENVOYS -> ROLE_ENVOYS;
            default -> ROLE_APPOSITION;
        };
    }

    /**
     * The visit rule for the words the visit trigger matched: "visite ... au", "en visite",
     * "a effectué une visite" (a visit), "séjourne", "tournée", "est arrivé à", "a quitté X pour".
     */
    static Rule visit(String matched) {
        String m = Fold.fold(matched);
        if (m.contains("quitte")) return VISIT_LEFT_FOR;
        if (m.contains("arrive") || m.contains("venu")) return VISIT_ARRIVED;
        if (m.startsWith("sejour")) return VISIT_STAY;
        if (m.startsWith("tournee")) return VISIT_TOUR;
        return VISIT_NOUN;
    }

    /**
     * The agreement rule for the signing verb matched: future forms first ("signeront", "sera
     * signé"), then the verb ("paraphé", "conclu", "échangé", "ratifié", "publié"); "signé" and
     * "signature" otherwise.
     */
    static Rule agreement(String verb, boolean future) {
        if (future) return AGREEMENT_FUTURE;
        String v = Fold.fold(verb);
        if (v.contains("paraph")) return AGREEMENT_INITIAL;
        if (v.contains("conclu")) return AGREEMENT_CONCLUDE;
        if (v.contains("echang")) return AGREEMENT_EXCHANGE;
        if (v.contains("ratifi")) return AGREEMENT_RATIFY;
        if (v.contains("publi")) return AGREEMENT_PUBLISH;
        if (v.contains("adopt")) return AGREEMENT_ADOPT;
        return AGREEMENT_SIGN;
    }

    /** The descriptions of {@link #LIST} by id, in its order: loaded on first use. */
    static final class Descriptions {
        static final Map<String, String> ALL = load();

        private Descriptions() {}

        static Map<String, String> load() {
            try (InputStream in = Rule.class.getResourceAsStream(LIST)) {
                if (in == null) throw new IllegalStateException("rule list missing: " + LIST);
                Map<String, String> out = new LinkedHashMap<>();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.indexOf('\t');
                    if (tab < 0) throw new IllegalStateException(LIST + ": no tab in \"" + line + "\"");
                    String id = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                    if (out.put(id, line.substring(tab + 1).strip()) != null) {
                        throw new IllegalStateException(LIST + ": rule " + id + " listed twice");
                    }
                }
                return java.util.Collections.unmodifiableMap(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
