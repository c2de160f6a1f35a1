package org.diplograph.summary;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.extract.Facts;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Terms;

/**
 * Finds the nodes a set of quads speaks of whose summary rows may change with them: bilateral
 * relations (their counts, topics and frameworks), countries (the articles involving them, the
 * agreements they are party to), organisations (a ministry's countries and names, the foreign
 * ministries its officials met),
 * persons holding an office (their offices by country and date) and events and agreements (their
 * timeline rows).
 */
public final class SummaryKeys {
    /** Prefix of every bilateral relation's IRI. */
    public static final String RELATIONS = org.diplograph.rdf.Vocab.ID + "relation/";
    /** Prefix of every country's IRI. */
    static final String COUNTRIES = org.diplograph.rdf.Vocab.ID + "country/";
    /** Prefix of every person's IRI. */
    static final String PERSONS = org.diplograph.rdf.Vocab.ID + "person/";
    /** Prefixes of every event's and agreement's IRI: the items the timeline lists. */
    private static final String EVENTS = org.diplograph.rdf.Vocab.ID + "event/";
    private static final String AGREEMENTS = org.diplograph.rdf.Vocab.ID + "agreement/";
    /** Prefix of every organisation's IRI: each is a key of its own rows (a ministry's, {@link CountedRows#MINISTRY}). */
    private static final String ORGANISATIONS = org.diplograph.rdf.Vocab.ID + "org/";

    private static final Node WAS_DERIVED_FROM = org.diplograph.rdf.Vocab.PROV.wasDerivedFrom;
    private static final Node MEMBER = org.apache.jena.vocabulary.ORG.member.asNode();
    private static final Node BEGIN = org.diplograph.rdf.Vocab.SEM.hasBeginTimeStamp;
    private static final Node PUBLISHED = org.apache.jena.vocabulary.SchemaDO.datePublished.asNode();

    /** The predicates whose object is a summary key. */
    private static final List<Node> KEYED_BY = List.of(Terms.ABOUT_RELATION, Terms.RELATION, Terms.INVOLVES_COUNTRY,
            Terms.PARTY, Terms.ORGANIZATION, MEMBER);

    private SummaryKeys() {}

    public static Set<Node> in(Iterator<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> {
            Node p = q.getPredicate();
            if (!q.getObject().isURI()) return;
            if (KEYED_BY.contains(p)) {
                out.add(q.getObject());
            } else if (p.equals(WAS_DERIVED_FROM) && isOrganisation(q.getSubject())) {
                out.add(q.getSubject());
            } else if (p.equals(RDF.Nodes.type) && q.getObject().equals(Terms.BILATERAL_RELATION)) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    /**
     * The keys of every article graph: what {@link #in} and {@link #items} find in each, read by
     * index, one scan per predicate that names a key over all the graphs, the quads of other graphs
     * left out. Why not a pass over each graph: its source text and evidence, most of its quads,
     * name no key, and each quad read is its four nodes decoded.
     */
    public static Set<Node> inArticleGraphs(DatasetGraph dsg) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : KEYED_BY) {
            dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (inArticle(q) && q.getObject().isURI()) out.add(q.getObject());
            });
        }
        dsg.findNG(Node.ANY, Node.ANY, RDF.Nodes.type, Terms.BILATERAL_RELATION).forEachRemaining(q -> {
            if (inArticle(q)) out.add(q.getSubject());
        });
        dsg.findNG(Node.ANY, Node.ANY, WAS_DERIVED_FROM, Node.ANY).forEachRemaining(q -> {
            if (inArticle(q) && (isItem(q.getSubject()) || isOrganisation(q.getSubject()))) out.add(q.getSubject());
        });
        return out;
    }

    private static boolean inArticle(Quad q) {
        return Terms.isArticleGraph(q.getGraph());
    }

    /**
     * The keys of the article graph {@code graph} ({@link #in}) and those reached through the items it
     * shares with other article graphs ({@link #shared}). Call before the graph is changed, and on
     * the new quads after: both the keys it left and those it joins are then found.
     *
     * <p>Read by index, one lookup per predicate that names a key, instead of a pass over the graph:
     * an article graph holds its source text and evidence, which name no key.
     */
    public static Set<Node> of(DatasetGraph dsg, Node graph) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : KEYED_BY) {
            dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()) out.add(q.getObject());
            });
        }
        dsg.find(graph, Node.ANY, RDF.Nodes.type, Terms.BILATERAL_RELATION).forEachRemaining(q -> out.add(q.getSubject()));
        // what the graph derives, read once for its items, its organisations and the keys they share
        List<Quad> derived = new java.util.ArrayList<>();
        dsg.find(graph, Node.ANY, WAS_DERIVED_FROM, Node.ANY).forEachRemaining(derived::add);
        out.addAll(items(derived.iterator()));
        out.addAll(organisations(derived.iterator()));
        out.addAll(shared(dsg, derived.iterator()));
        return out;
    }

    /**
     * The keys the standard mapper's quads of {@code facts} name ({@link #in} of them): the countries
     * the article, its events and its agreements involve, the pairs it is about (each a bilateral
     * relation), the relation of an agreement between exactly two parties, the organisations it
     * names and those of its persons' offices, and the persons holding an office. Why from the facts: they are at hand when the article is written, where
     * finding the keys in the quads takes a pass over them. An event's relations are among the pairs
     * the article is about (the mapper gives an event no other), so they add nothing. Only for the
     * standard mapper's quads: another mapper may write other keys, which only its quads tell.
     */
    public static Set<Node> ofFacts(Facts.Article facts) {
        Set<Node> out = new LinkedHashSet<>();
        for (String c : list(facts.countries())) out.add(uri(Iris.country(c)));
        for (Facts.Pair p : list(facts.pairs())) out.add(uri(Iris.relation(p.a(), p.b())));
        for (Facts.Org o : list(facts.orgs())) out.add(uri(Iris.org(o.key())));
        for (Facts.Person p : list(facts.persons())) {
            for (Facts.Office o : list(p.offices())) if (o.orgKey() != null) out.add(uri(Iris.org(o.orgKey())));
            if (!list(p.offices()).isEmpty()) out.add(uri(Iris.person(p.key())));
        }
        for (Facts.Event e : list(facts.events())) {
            for (String c : list(e.countries())) out.add(uri(Iris.country(c)));
        }
        for (Facts.Agreement a : list(facts.agreements())) {
            List<String> parties = list(a.parties()).stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
            for (String c : parties) out.add(uri(Iris.country(c)));
            if (parties.size() == 2) out.add(uri(Iris.relation(parties.get(0), parties.get(1))));
        }
        return out;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * The keys that any graph gives the items among {@code quads} (the subjects derived from an
     * article: events, agreements, holdings), looked up by subject in every graph.
     *
     * <p>Why: an event or agreement that several articles report has one IRI, and a key's rows are
     * counted over the union of the graphs, so an article that adds a topic, a source or a date to
     * such an item changes the rows of a key that only the other article names. Only derived items are
     * followed: a country or ministry named by every article would bring in every key.
     */
    public static Set<Node> shared(DatasetGraph dsg, Iterator<Quad> quads) {
        Set<Node> items = new LinkedHashSet<>();
        quads.forEachRemaining(q -> {
            if (q.getPredicate().equals(WAS_DERIVED_FROM) && q.getSubject().isURI()) items.add(q.getSubject());
        });
        Set<Node> out = new LinkedHashSet<>();
        for (Node item : items) {
            for (Node p : KEYED_BY) {
                dsg.find(Node.ANY, item, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) out.add(q.getObject());
                });
            }
            datedBy(dsg, item, out);
        }
        return out;
    }

    /**
     * Gives {@code out} the persons whose offices an article dates by {@code item} when it is a dated
     * event: an article without a publication date is dated by its latest event, read over every
     * graph, so another article telling the same event with another date changes that article's
     * office rows ({@link CountedRows#HOLDINGS}). Only events are followed, and only to the articles
     * without a publication date: a person or ministry is derived from every article naming it.
     */
    private static void datedBy(DatasetGraph dsg, Node item, Set<Node> out) {
        if (!dsg.find(Node.ANY, item, BEGIN, Node.ANY).hasNext()) return;
        Set<Node> sources = new LinkedHashSet<>();
        dsg.find(Node.ANY, item, WAS_DERIVED_FROM, Node.ANY).forEachRemaining(q -> sources.add(q.getObject()));
        for (Node source : sources) {
            if (dated(dsg, source)) continue;
            dsg.find(Node.ANY, Node.ANY, WAS_DERIVED_FROM, source).forEachRemaining(q ->
                    dsg.find(q.getGraph(), q.getSubject(), MEMBER, Node.ANY).forEachRemaining(m -> {
                        if (m.getObject().isURI()) out.add(m.getObject());
                    }));
        }
    }

    /** Whether {@code article} has a publication date that is an xsd:date, which dates it before its events. */
    private static boolean dated(DatasetGraph dsg, Node article) {
        for (var it = dsg.find(Node.ANY, article, PUBLISHED, Node.ANY); it.hasNext(); ) {
            Node day = it.next().getObject();
            if (day.isLiteral() && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate.getURI().equals(day.getLiteralDatatypeURI())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The persons holding an office among {@code quads} (the objects of {@code org:member}). Why apart
     * from {@link #ofFacts}: the writer may give a person another IRI than its facts' (a homonym told
     * apart), which only the quads written tell.
     */
    public static Set<Node> members(Iterator<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> {
            if (q.getPredicate().equals(MEMBER) && q.getObject().isURI()) out.add(q.getObject());
        });
        return out;
    }

    /**
     * The events and agreements among {@code quads} (the subjects derived from an article): each is
     * a key of its own timeline rows ({@link CountedRows#TIMELINE}). Why apart from {@link #ofFacts}:
     * the mapper names them (an event several articles tell has one IRI), which only the quads tell.
     */
    public static Set<Node> items(Iterator<Quad> quads) {
        return derived(quads, SummaryKeys::isItem);
    }

    /**
     * The organisations among {@code quads} (the subjects derived from an article whose IRI names an
     * organisation): each is a key of its own rows, whether or not anyone holds an office in it.
     */
    public static Set<Node> organisations(Iterator<Quad> quads) {
        return derived(quads, SummaryKeys::isOrganisation);
    }

    /** The subjects among {@code quads} derived from an article ({@code prov:wasDerivedFrom}) that {@code kind} accepts. */
    private static Set<Node> derived(Iterator<Quad> quads, java.util.function.Predicate<Node> kind) {
        Set<Node> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> {
            if (q.getPredicate().equals(WAS_DERIVED_FROM) && kind.test(q.getSubject())) out.add(q.getSubject());
        });
        return out;
    }

    /** Whether {@code key} is an organisation (by its IRI). */
    static boolean isOrganisation(Node key) {
        return key.isURI() && key.getURI().startsWith(ORGANISATIONS);
    }

    /** Whether {@code key} is an event or an agreement (by its IRI), the key of timeline rows. */
    static boolean isItem(Node key) {
        if (!key.isURI()) return false;
        String iri = key.getURI();
        return iri.startsWith(EVENTS) || iri.startsWith(AGREEMENTS);
    }

    /** The bilateral relations among {@code keys}. */
    public static Set<Node> relations(Set<Node> keys) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node k : keys) if (k.getURI().startsWith(RELATIONS)) out.add(k);
        return out;
    }
}
