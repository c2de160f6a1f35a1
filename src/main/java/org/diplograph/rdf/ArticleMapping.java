package org.diplograph.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.diplograph.article.SourceDoc;
import org.diplograph.extract.CountryTable;
import org.diplograph.extract.DateValue;
import org.diplograph.extract.EventKind;
import org.diplograph.extract.Facts;
import org.diplograph.extract.Modality;
import org.diplograph.extract.ParticipantRole;
import org.diplograph.extract.Span;
import org.diplograph.rdf.Vocab.NIF;
import org.diplograph.rdf.Vocab.PROV;
import org.diplograph.rdf.Vocab.SEM;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quads of one article, built in full before anything is emitted so that a fact the mapper
 * cannot write leaves no half article behind. One instance per article; not thread-safe.
 */
final class ArticleMapping {
    private static final Logger LOG = LoggerFactory.getLogger(FactsMapper.class);
    private static final String EN_DASH = " \u2013 ";

    private final Facts.Article article;
    private final SourceDoc doc;
    private final String key;
    private final Node graph;
    private final Node self;
    private final Set<Quad> quads = new LinkedHashSet<>();
    /** Relations the article refers to, as sorted code pairs "JP-VN". */
    private final Set<String> relations = new TreeSet<>();
    private final Set<String> articlePairs = new TreeSet<>();
    private final Ontology ontology = Ontology.get();
    private final CountryTable countries = ReferenceTables.load().countries();

    ArticleMapping(Facts.Article article) {
        this.article = article;
        this.doc = article.source();
        this.key = doc.key();
        this.graph = uri(Iris.articleGraph(key));
        this.self = uri(Iris.article(key));
    }

    List<Quad> quads(String sourceFile, String contentHash) {
        articleNode(sourceFile, contentHash);
        for (Facts.Pair p : list(article.pairs())) pair(p);
        int office = 0;
        for (Facts.Person p : list(article.persons())) office = person(p, office);
        for (Facts.Org o : list(article.orgs())) org(o);
        List<Facts.Event> events = list(article.events());
        List<Node> eventIds = eventIds(events);
        for (int i = 0; i < events.size(); i++) event(events.get(i), i, eventIds);
        List<Facts.Agreement> agreements = list(article.agreements());
        Set<Node> agreementIds = new java.util.HashSet<>();
        for (int i = 0; i < agreements.size(); i++) agreement(agreements.get(i), i + 1, agreementIds);
        for (String r : relations) relationNode(r);
        return new ArrayList<>(quads);
    }

    private void articleNode(String sourceFile, String contentHash) {
        add(self, RDF.type.asNode(), DIP.Article);
        add(self, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        add(self, DIP.key, str(key));
        if (article.title() != null && !article.title().isBlank()) {
            add(self, SchemaDO.headline.asNode(), NodeFactory.createLiteralLang(article.title(), "fr"));
            add(self, RDFS.label.asNode(), NodeFactory.createLiteralLang(article.title(), "fr"));
        } else {
            add(self, RDFS.label.asNode(), str(key));
        }
        add(self, SchemaDO.inLanguage.asNode(), str(doc.language() == null || doc.language().isBlank() ? "fr" : doc.language()));
        if (article.published() != null) {
            date(new DateValue(article.published(), null, null), "publication date")
                    .ifPresent(d -> add(self, SchemaDO.datePublished.asNode(), d));
        }
        if (doc.url() != null && !doc.url().isBlank()) {
            try {
                IRIs.checkEx(doc.url());
                add(self, SchemaDO.url.asNode(), uri(doc.url()));
            } catch (RuntimeException e) {
                LOG.warn("{}: article {}: URL \"{}\" is not an absolute IRI; left out", doc.origin(), key, doc.url());
            }
        }
        if (sourceFile != null) add(self, DIP.sourceFile, str(sourceFile));
        if (contentHash != null) add(self, DIP.contentHash, str(contentHash));
        add(self, DIP.extractorVersion, str(article.extractorVersion()));
        add(self, DIP.sourceText, str(doc.text()));
        for (String c : list(article.countries())) add(self, DIP.involvesCountry, country(c));
        if (article.teaser()) add(self, DIP.isTeaser, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        if (doc.teaser() != null) add(self, DIP.teaserOf, uri(Iris.article(doc.teaser().pageKey())));
        if (article.dateline() != null && !article.dateline().isBlank()) add(self, DIP.dateline, str(article.dateline()));
        if (article.duplicateOf() != null) add(self, DIP.duplicateOf, uri(Iris.article(article.duplicateOf())));
        if (article.fingerprint() != null) add(self, DIP.fingerprint, str(article.fingerprint()));
        if (article.fingerprint() != null) add(self, DIP.repairCount, NodeFactory.createLiteralDT(Integer.toString(article.repairs()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
    }

    private void pair(Facts.Pair p) {
        String r = relationKey(p.a(), p.b());
        articlePairs.add(r);
        relations.add(r);
        Node rel = uri(Iris.relation(p.a(), p.b()));
        add(self, DIP.aboutRelation, rel);
        if (p.framework() != null && !p.framework().isBlank()) {
            ontology.framework(p.framework()).ifPresentOrElse(
                    f -> add(rel, DIP.framework, f),
                    () -> add(rel, DIP.frameworkText, NodeFactory.createLiteralLang(p.framework(), "fr")));
        }
    }

    private int person(Facts.Person p, int office) {
        Node s = uri(Iris.person(p.key()));
        add(s, RDF.type.asNode(), DIP.Person);
        add(s, RDF.type.asNode(), FOAF.Person.asNode());
        add(s, RDFS.label.asNode(), str(p.name()));
        add(s, FOAF.name.asNode(), str(p.name()));
        if (p.country() != null) add(s, DIP.servesCountry, country(p.country()));
        add(s, PROV.wasDerivedFrom, self);
        rule(s, p.rule());
        evidence(s, p.evidence());
        for (Facts.Office o : list(p.offices())) {
            Node h = uri(Iris.office(key, ++office));
            add(h, RDF.type.asNode(), DIP.OfficeHolding);
            add(h, RDF.type.asNode(), ORG.Membership.asNode());
            add(h, ORG.member.asNode(), s);
            add(h, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                    o.title() == null || o.title().isBlank() ? p.name() : p.name() + ", " + o.title(), "fr"));
            if (o.orgKey() != null) add(h, ORG.organization.asNode(), uri(Iris.org(o.orgKey())));
            if (o.title() != null) add(h, DIP.title, str(o.title()));
            if (o.country() != null) add(h, DIP.country, country(o.country()));
            add(h, PROV.wasDerivedFrom, self);
            rule(h, o.rule());
            evidence(h, o.evidence());
        }
        return office;
    }

    private void org(Facts.Org o) {
        Node s = uri(Iris.org(o.key()));
        add(s, RDF.type.asNode(), ontology.organisationClass(o.kind()).orElse(DIP.Organization));
        add(s, RDF.type.asNode(), ORG.FormalOrganization.asNode());
        add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(o.name(), "fr"));
        if (o.acronym() != null && !o.acronym().isBlank()) add(s, DIP.acronym, str(o.acronym()));
        if (o.country() != null) add(s, DIP.country, country(o.country()));
        add(s, PROV.wasDerivedFrom, self);
        // a ministry only a minister's title implies is a node of the graph, not a body the text names
        if (!o.named()) add(s, DIP.impliedIn, self);
        rule(s, o.rule());
        evidence(s, o.evidence());
    }

    /**
     * An event the story reports as done, on a stated day, between named persons or countries, is
     * the same node in every article that reports it that way ({@link Iris#reportedEvent}); the
     * rest are numbered in the article. Each article states its own evidence, confidence and
     * provenance about a shared node, in its own graph, so replacing or removing one article leaves
     * the other's report whole.
     */
    private List<Node> eventIds(List<Facts.Event> events) {
        List<Node> ids = new ArrayList<>();
        Set<Node> seen = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Facts.Event e = events.get(i);
            Node id = null;
            List<String> who = identifying(e);
            List<String> codes = list(e.countries()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            if (e.happened() && e.kind() != null && e.date() != null && DAY.matcher(e.date().lexical()).matches()
                    && (!who.isEmpty() || codes.size() >= 2)) {
                id = uri(Iris.reportedEvent(e.kind().value(), e.date().lexical(), codes, who));
            }
            if (id == null || !seen.add(id)) id = uri(Iris.event(key, i + 1));
            ids.add(id);
        }
        return ids;
    }

    /** The persons an event is known by: a visit by its visitors, anything else by all who took part. */
    private static List<String> identifying(Facts.Event e) {
        List<Facts.Participant> ps = list(e.participants());
        List<String> visitors = ps.stream().filter(p -> p.role() == ParticipantRole.VISITOR).map(Facts.Participant::personKey).toList();
        return e.kind() == EventKind.VISIT && !visitors.isEmpty() ? visitors : ps.stream().map(Facts.Participant::personKey).toList();
    }

    private void event(Facts.Event e, int index, List<Node> ids) {
        Node s = ids.get(index);
        int count = ids.size();
        add(s, RDF.type.asNode(), DIP.Event);
        add(s, RDF.type.asNode(), SEM.Event);
        add(s, RDF.type.asNode(), SchemaDO.Event.asNode());
        if (e.kind() != null) add(s, DIP.eventType, uri(Iris.eventType(e.kind().value())));
        eventLabel(s, e);
        for (Facts.Participant p : list(e.participants())) {
            Node person = uri(Iris.person(p.personKey()));
            add(s, SEM.hasActor, person);
            Node role = role(p.role());
            if (role != null) add(s, role, person);
        }
        for (String c : list(e.countries())) add(s, DIP.involvesCountry, country(c));
        if (e.place() != null) add(s, SEM.hasPlace, place(e.place()));
        dated(s, SEM.hasBeginTimeStamp, e.date());
        if (e.end() != null) {
            dated(s, SEM.hasEndTimeStamp, new DateValue(e.end().lexical(),
                    e.date() != null && e.end().raw() != null && e.end().raw().equals(e.date().raw()) ? null : e.end().raw(),
                    e.date() != null && e.end().inference() != null && e.end().inference().equals(e.date().inference())
                            ? null : e.end().inference()));
        }
        if (e.partOf() >= 0 && e.partOf() < count && e.partOf() != index) {
            add(s, DIP.partOf, ids.get(e.partOf()));
        }
        if (e.standing() != null) add(s, DIP.standing, str(e.standing().value()));
        add(s, DIP.sequence, NodeFactory.createLiteralDT(Integer.toString(index + 1), XSDDatatype.XSDinteger));
        topic(s, e.topic(), null);
        for (String r : relationsOf(e.countries(), true)) add(s, DIP.relation, uri(Vocab.ID + "relation/" + r));
        rule(s, e.rule());
        fact(s, e.evidence(), e.confidence());
        for (Span again : list(e.restated())) evidence(s, again);
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("(?:\\d{4}|-)-\\d{2}-\\d{2}");

    /**
     * An agreement signed on a stated day between two or more countries is the same node in every
     * article that reports it ({@link Iris#reportedAgreement}), as events are; the rest are numbered.
     */
    private void agreement(Facts.Agreement a, int n, Set<Node> seen) {
        List<String> parties = list(a.parties()).stream().map(c -> c.toUpperCase(Locale.ROOT))
                .distinct().sorted().toList();
        boolean typed = a.type() != null && !a.type().isBlank();
        Node s = null;
        if (typed && a.modality() == Modality.SIGNED && a.date() != null && DAY.matcher(a.date().lexical()).matches()
                && parties.size() >= 2) {
            s = uri(Iris.reportedAgreement(a.type(), a.date().lexical(), parties,
                    a.topic() != null ? a.topic() : a.topicText()));
        }
        if (s == null || !seen.add(s)) s = uri(Iris.agreement(key, n));
        add(s, RDF.type.asNode(), DIP.Agreement);
        add(s, DIP.sequence, NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
        add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                withCountries(typed ? a.type() : "accord", parties, this::countryName), "fr"));
        if (typed) add(s, DIP.agreementType, str(a.type()));
        topic(s, a.topic(), a.topicText());
        for (String c : parties) add(s, DIP.party, country(c));
        for (String p : list(a.signatories())) add(s, DIP.signatory, uri(Iris.person(p)));
        dated(s, DIP.signedOn, a.date());
        if (a.place() != null) add(s, DIP.signedAt, place(a.place()));
        if (a.modality() != null) add(s, DIP.modality, str(a.modality().value()));
        for (String r : relationsOf(parties, false)) add(s, DIP.relation, uri(Vocab.ID + "relation/" + r));
        rule(s, a.rule());
        fact(s, a.evidence(), a.confidence());
        for (Span again : list(a.restated())) evidence(s, again);
    }

    /**
     * "visite (Japon – Viêt Nam)"@fr and "visit (Japan – Vietnam)"@en: the type's labels and the
     * countries taking part, so that a table of events reads without a join.
     */
    private void eventLabel(Node s, Facts.Event e) {
        List<String> codes = list(e.countries()).stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().sorted().toList();
        Node type = e.kind() == null ? null : uri(Iris.eventType(e.kind().value()));
        String fr = type == null ? null : ontology.prefLabel(type, "fr").orElse(null);
        String en = type == null ? null : ontology.prefLabel(type, "en").orElse(null);
        add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(withCountries(fr != null ? fr : "événement", codes,
                this::countryName), "fr"));
        add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(withCountries(en != null ? en : "event", codes,
                c -> countries.byCode(c).map(CountryTable.Country::nameEn).orElse(c)), "en"));
    }

    private static String withCountries(String what, List<String> codes, java.util.function.Function<String, String> name) {
        return codes.isEmpty() ? what : what + " (" + String.join(EN_DASH, codes.stream().map(name).toList()) + ")";
    }

    /**
     * Confidence, provenance and evidence: what every extracted fact carries. The confidence is
     * written as an xsd:decimal rounded half-up to two places, so the float noise of the extractor's
     * products ({@code 0.44999999999999996}) never reaches the graph.
     */
    private void fact(Node s, Span evidence, double confidence) {
        if (!Double.isNaN(confidence) && !Double.isInfinite(confidence)) {
            add(s, DIP.confidence, NodeFactory.createLiteralDT(confidence(confidence), XSDDatatype.XSDdecimal));
        }
        add(s, PROV.wasDerivedFrom, self);
        evidence(s, evidence);
    }

    /**
     * The lexical form of a finite confidence: one or two decimals, trailing zeros dropped
     * ({@code 0.45}, {@code 0.8}, {@code 1.0}), as the graph has always spelled round values.
     */
    static String confidence(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    }

    /**
     * The rule that produced a fact, on the fact's node in the article's graph. Not on the evidence
     * node: evidence is named by its span, and every fact told in one sentence shares it, so a rule
     * there could not say which fact it gave.
     */
    private void rule(Node s, String rule) {
        if (rule != null && !rule.isBlank()) add(s, DIP.rule, str(rule));
    }

    private void evidence(Node s, Span span) {
        if (span == null) return;
        Node e = uri(Iris.evidence(key, span.begin(), span.end()));
        add(s, DIP.evidence, e);
        add(e, RDF.type.asNode(), DIP.Evidence);
        String range = span.begin() + "\u2013" + span.end();
        add(e, RDFS.label.asNode(), NodeFactory.createLiteralLang("extrait " + range + " de " + key, "fr"));
        add(e, RDFS.label.asNode(), NodeFactory.createLiteralLang("excerpt " + range + " of " + key, "en"));
        add(e, NIF.referenceContext, self);
        add(e, NIF.beginIndex, NodeFactory.createLiteralDT(Integer.toString(span.begin()), XSDDatatype.XSDinteger));
        add(e, NIF.endIndex, NodeFactory.createLiteralDT(Integer.toString(span.end()), XSDDatatype.XSDinteger));
        String anchor = span.text() != null ? span.text() : codePoints(doc.text(), span.begin(), span.end());
        if (anchor != null) add(e, NIF.anchorOf, str(anchor));
    }

    /** The source text between two code-point offsets, or null when they fall outside it. */
    private static String codePoints(String text, int begin, int end) {
        if (end > text.codePointCount(0, text.length())) return null;
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    private void topic(Node s, String topic, String text) {
        Optional<Node> concept = ontology.topic(topic);
        concept.ifPresent(c -> add(s, DIP.topic, c));
        if (text != null && !text.isBlank()) add(s, DIP.topicText, str(text));
        else if (concept.isEmpty() && topic != null && !topic.isBlank()) add(s, DIP.topicText, str(topic));
    }

    private Node place(Facts.Place p) {
        Node s = uri(Iris.place(p.key()));
        add(s, RDF.type.asNode(), DIP.Place);
        add(s, RDF.type.asNode(), SchemaDO.Place.asNode());
        add(s, RDFS.label.asNode(), str(p.name()));
        if (p.country() != null) add(s, DIP.country, country(p.country()));
        return s;
    }

    private void dated(Node s, Node p, DateValue d) {
        if (d == null) return;
        date(d, "date").ifPresent(lit -> add(s, p, lit));
        if (d.raw() != null && !d.raw().isBlank()) add(s, DIP.dateText, str(d.raw()));
        if (d.inference() != null && !d.inference().isBlank()) add(s, DIP.yearInference, str(d.inference()));
    }

    /** A date literal typed by {@link DateValue#xsdType()}; empty (and a warning) if the lexical form is not valid. */
    private Optional<Node> date(DateValue d, String what) {
        if (d.lexical() == null) return Optional.empty();
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(XSD.NS + d.xsdType());
        if (!dt.isValid(d.lexical())) {
            LOG.warn("{}: article {}: {} \"{}\" is not a valid xsd:{}; left out", doc.origin(), key, what, d.lexical(), d.xsdType());
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createLiteralDT(d.lexical(), dt));
    }

    /** The sub-property of sem:hasActor for a role; null for "participant" and roles not modelled. */
    private Node role(ParticipantRole role) {
        if (role == null) return null;
        return switch (role) {
            case VISITOR -> DIP.visitor;
            case HOST -> DIP.host;
            case SIGNATORY -> DIP.signatory;
            case ORGANISER -> DIP.organiser;
            case ATTENDEE -> DIP.attendee;
            case PARTICIPANT -> null;
        };
    }

    /**
     * The relations an event or agreement belongs to: among the countries taking part, the pairs
     * the article is about. An agreement between exactly two parties belongs to their relation
     * whatever its modality; an event only to a pair the article is about, so that two countries
     * meeting at a multilateral conference make no bilateral event.
     */
    private List<String> relationsOf(List<String> codes, boolean event) {
        List<String> cs = list(codes).stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().sorted().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                String r = relationKey(cs.get(i), cs.get(j));
                if (!event && cs.size() == 2 || articlePairs.contains(r)) out.add(r);
            }
        }
        relations.addAll(out);
        return out;
    }

    private static String relationKey(String a, String b) {
        return Iris.relation(a, b).substring((Vocab.ID + "relation/").length());
    }

    private void relationNode(String r) {
        String a = r.substring(0, 2);
        String b = r.substring(3);
        Node s = uri(Vocab.ID + "relation/" + r);
        add(s, RDF.type.asNode(), DIP.BilateralRelation);
        add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(countryName(a) + EN_DASH + countryName(b), "fr"));
        add(s, DIP.country, country(a));
        add(s, DIP.country, country(b));
    }

    private String countryName(String code) {
        return countries.byCode(code).map(CountryTable.Country::nameFr).orElse(code.toUpperCase(Locale.ROOT));
    }

    private static Node country(String code) {
        return uri(Iris.country(code));
    }

    private void add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
