package org.diplograph.summary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Vocab;
import org.diplograph.rdf.Terms;

/**
 * One whole-graph summary kept in the summary graph as rows ({@code dip:Tally} nodes) hanging off the
 * node they were counted for: {@code KEY LINK ?row . ?row a dip:Tally ; PROPERTY VALUE ...}.
 *
 * <p>The rows of a key are those of a grouped SPARQL query over the article graphs with the key
 * bound to {@code ?this}; recomputing a key replaces its rows, so the rows always equal a count from
 * scratch for every key recomputed after its articles changed. A canned query then reads the rows
 * by index instead of grouping the whole graph.
 *
 * @param name    short name, part of the rows' IRIs ({@code id:tally/NAME/...})
 * @param link    the property from the key to each of its rows
 * @param rows    the grouped query, {@code ?this} standing for the key
 * @param columns the property each result variable is written with; an unbound value gives no triple
 * @param list    a column holding a list joined by {@code ", "} (GROUP_CONCAT), written with its items
 *                sorted, or null: the order GROUP_CONCAT gives is the engine's, which differs from one
 *                dataset to another holding the same quads, and the rows must not
 */
record CountedRows(String name, Node link, Query rows, Map<String, Node> columns, String list) {
    CountedRows(String name, Node link, Query rows, Map<String, Node> columns) {
        this(name, link, rows, columns, null);
    }

    static final String PREFIXES = Terms.PREFIXES
            + "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
            + "PREFIX schema: <https://schema.org/>\n"
            + "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
    /** A copy of a story is counted once, as its original. */
    static final String NOT_A_COPY = " FILTER NOT EXISTS { ?source dip:duplicateOf ?original }\n";
    /** Events a story recalls or announces are not counted. */
    static final String HAPPENED = " FILTER NOT EXISTS { ?item dip:standing ?standing FILTER(?standing != \"happened\") }\n";
    private static final Node LABEL = org.apache.jena.vocabulary.RDFS.Nodes.label;

    /** Cooperation topics of a bilateral relation: agreements and events naming each (query pair-topics). */
    static final CountedRows TOPICS = new CountedRows("topics", DIP.topicTally, query("""
            SELECT ?concept ?label (COUNT(DISTINCT ?agreement) AS ?agreements) (COUNT(DISTINCT ?event) AS ?events)
            WHERE {
              ?item dip:relation ?this ; prov:wasDerivedFrom ?source .
              {
                ?item dip:topic ?concept .
                OPTIONAL { ?concept skos:prefLabel ?prefLabel FILTER(langMatches(lang(?prefLabel), "fr")) }
                BIND(STR(?prefLabel) AS ?label)
              } UNION {
                ?item dip:topicText ?label .
                FILTER NOT EXISTS { ?item dip:topic ?someConcept }
              }
            """ + NOT_A_COPY + HAPPENED + """
              BIND(IF(EXISTS { ?item a dip:Agreement }, ?item, ?none) AS ?agreement)
              BIND(IF(EXISTS { ?item a dip:Event }, ?item, ?none) AS ?event)
            }
            GROUP BY ?concept ?label
            """), Map.of("concept", DIP.concept, "label", LABEL, "agreements", DIP.agreementCount, "events", DIP.eventCount));

    /** Partnership frameworks of a bilateral relation: articles stating each, the first by key (query frameworks). */
    static final CountedRows FRAMEWORKS = new CountedRows("frameworks", DIP.frameworkTally, query("""
            SELECT ?concept ?label (COUNT(DISTINCT ?source) AS ?articles) (MIN(?key) AS ?first)
            WHERE {
              {
                GRAPH ?g { ?this dip:framework ?concept . ?source a dip:Article ; dip:key ?key . }
                OPTIONAL { ?concept skos:prefLabel ?prefLabel FILTER(langMatches(lang(?prefLabel), "fr")) }
                BIND(STR(?prefLabel) AS ?label)
              } UNION {
                GRAPH ?g { ?this dip:frameworkText ?text . ?source a dip:Article ; dip:key ?key . }
                BIND(STR(?text) AS ?label)
              }
            """ + NOT_A_COPY + """
            }
            GROUP BY ?concept ?label
            """), Map.of("concept", DIP.concept, "label", LABEL, "articles", DIP.articleCount, "first", DIP.firstKey));

    /** Agreements a country is party to, by year, type, topic and modality (query agreement-stats). */
    static final CountedRows AGREEMENTS = new CountedRows("agreements", DIP.agreementTally, query("""
            SELECT ?year ?type ?topic ?modality (COUNT(DISTINCT ?agreement) AS ?agreements)
            WHERE {
              ?agreement dip:party ?this ; a dip:Agreement ; prov:wasDerivedFrom ?source .
            """ + NOT_A_COPY + """
              OPTIONAL { ?agreement dip:agreementType ?type }
              OPTIONAL { ?agreement dip:modality ?modality }
              OPTIONAL { ?agreement dip:topic/skos:prefLabel ?topicLabel FILTER(langMatches(lang(?topicLabel), "fr")) }
              OPTIONAL { ?agreement dip:topicText ?topicText }
              BIND(STR(COALESCE(?topicLabel, ?topicText)) AS ?topic)
              OPTIONAL { ?agreement dip:signedOn ?signedOn }
              OPTIONAL { ?source schema:datePublished ?published }
              BIND(IF(BOUND(?signedOn) && !STRSTARTS(STR(?signedOn), "--"), SUBSTR(STR(?signedOn), 1, 4),
                      SUBSTR(STR(?published), 1, 4)) AS ?year)
            }
            GROUP BY ?year ?type ?topic ?modality
            """), Map.of("year", DIP.year, "type", DIP.agreementType, "topic", LABEL, "modality", DIP.modality,
            "agreements", DIP.agreementCount));

    /**
     * A ministry's countries and French names, as the union of the article graphs gives them: one row
     * per pair, a row without a name when it has none (query ministries). Why again in the summary
     * graph: every article naming a ministry keeps its own copy of its type, country and names, so
     * listing the ministries of a country over the union reads one index entry per copy (a few
     * hundred thousand at 100,000 articles), where these rows are one or two per ministry. A
     * counterpart's country and name are read from its own rows too, which are counted again
     * whenever an article derives the counterpart, so a row of another ministry never holds a stale
     * copy of them.
     */
    static final CountedRows MINISTRY = new CountedRows("ministry", DIP.ministryTally, query("""
            SELECT DISTINCT ?country ?label
            WHERE {
              ?this a dip:Ministry ; dip:country ?country .
              OPTIONAL { ?this rdfs:label ?label FILTER(langMatches(lang(?label), "fr")) }
            }
            """), Map.of("country", DIP.country, "label", LABEL));

    /**
     * Foreign ministries whose officials met a ministry's, in events of the article that ties both
     * officials to their ministries (query ministries).
     */
    static final CountedRows COUNTERPARTS = new CountedRows("counterparts", DIP.counterpartTally, query("""
            SELECT ?counterpart (COUNT(DISTINCT ?event) AS ?events)
            WHERE {
              ?this a dip:Ministry ; dip:country ?country .
              # within the graph of the article that states both holdings: a ministry or a person
              # named by many articles is looked up there, not across every graph that names it
              GRAPH ?g {
                ?holding org:organization ?this ; org:member ?official ; prov:wasDerivedFrom ?source .
                ?otherHolding prov:wasDerivedFrom ?source ; org:organization ?counterpart ; org:member ?other .
                FILTER(?other != ?official)
                ?counterpart a dip:Ministry ; dip:country ?foreign .
                ?event sem:hasActor ?official ; sem:hasActor ?other ; prov:wasDerivedFrom ?source .
              }
              FILTER(?foreign != ?country)
            """ + NOT_A_COPY + """
            }
            GROUP BY ?counterpart
            """), Map.of("counterpart", DIP.counterpart, "events", DIP.eventCount));

    /**
     * A person's offices by country, reference date and organisation, each with the latest article
     * stating them on that date (query office-on-date). An article's reference date is its
     * publication date (an xsd:date), else the latest full date of an event it reports; an article
     * with neither states no date and gives no row. Why rows per date rather than per article: the
     * query wants, for any date, each person's latest article on or before it, and a person's
     * articles share a few dates, so it reads the rows of a date range instead of grouping every
     * holding of the country by person and article.
     */
    static final CountedRows HOLDINGS = new CountedRows("holdings", DIP.holdingTally, query("""
            SELECT ?country ?stated ?body (IRI(MAX(STR(?source))) AS ?latest)
            WHERE {
              ?holding org:member ?this ; a dip:OfficeHolding ; dip:country ?country ; prov:wasDerivedFrom ?source .
            """ + NOT_A_COPY + """
              OPTIONAL { ?holding org:organization ?body }
              {
                ?source schema:datePublished ?stated FILTER(datatype(?stated) = xsd:date)
              } UNION {
                FILTER NOT EXISTS { ?source schema:datePublished ?someDay FILTER(datatype(?someDay) = xsd:date) }
                ?event prov:wasDerivedFrom ?source ; sem:hasBeginTimeStamp ?stated FILTER(datatype(?stated) = xsd:date)
                FILTER NOT EXISTS {
                  ?laterEvent prov:wasDerivedFrom ?source ; sem:hasBeginTimeStamp ?later
                  FILTER(datatype(?later) = xsd:date && ?later > ?stated)
                }
              }
            }
            GROUP BY ?country ?stated ?body
            """), Map.of("country", DIP.country, "stated", DIP.statedOn, "body", DIP.officeBody, "latest", DIP.statedIn));

    /**
     * The timeline rows of an event or agreement (query pair-timeline): one per pair of the countries
     * it involves (events) or binds (agreements), and per date as stored, with the keys of the
     * articles telling it and their earliest publication date. Events of type signing and events a
     * story recalls or announces have none; copies of a story count, as the timeline lists them.
     * Why rows on the item rather than on the pair: the item is what an article changes, so a write
     * recounts the few items it touches, where a pair's rows would be counted again from all its
     * items; and the timeline then reads the pair's rows by index ({@code dip:pair}) instead of
     * joining and grouping every item of the pair.
     */
    static final CountedRows TIMELINE = new CountedRows("timeline", DIP.timelineTally, query("""
            SELECT ?pair ?date ?what (GROUP_CONCAT(DISTINCT ?key; separator=", ") AS ?article) (MIN(?day) AS ?published)
            WHERE {
              {
                ?this dip:involvesCountry ?a, ?b ; a dip:Event .
                FILTER NOT EXISTS { ?this dip:eventType/skos:notation "signing" }
                FILTER NOT EXISTS { ?this dip:standing ?standing FILTER(?standing != "happened") }
                BIND("event" AS ?what)
                OPTIONAL { ?this sem:hasBeginTimeStamp ?begin }
              } UNION {
                ?this dip:party ?a, ?b ; a dip:Agreement .
                BIND("agreement" AS ?what)
                OPTIONAL { ?this dip:signedOn ?begin }
              }
              # the pair's relation IRI, as Iris.relation names it: the two country codes, sorted
              BIND(STRAFTER(STR(?a), "/id/country/") AS ?codeA)
              BIND(STRAFTER(STR(?b), "/id/country/") AS ?codeB)
              FILTER(?codeA != "" && ?codeB != "" && ?codeA < ?codeB)
              BIND(IRI(CONCAT("%srelation/", ?codeA, "-", ?codeB)) AS ?pair)
              ?this prov:wasDerivedFrom ?source .
              ?source dip:key ?key .
              OPTIONAL { ?source schema:datePublished ?day }
              BIND(STR(?begin) AS ?date)
            }
            GROUP BY ?pair ?date ?what
            """.formatted(Vocab.ID)), Map.of("pair", DIP.pair, "date", DIP.timelineDate, "what", DIP.itemKind, "article", DIP.articleKeys,
            "published", DIP.firstPublished), "article");

    /** The tallies kept for each kind of key. */
    static final List<CountedRows> OF_RELATION = List.of(TOPICS, FRAMEWORKS);
    static final List<CountedRows> OF_COUNTRY = List.of(AGREEMENTS);
    static final List<CountedRows> OF_ORGANISATION = List.of(MINISTRY, COUNTERPARTS);
    static final List<CountedRows> OF_PERSON = List.of(HOLDINGS);
    static final List<CountedRows> OF_ITEM = List.of(TIMELINE);

    static Query query(String body) {
        return QueryFactory.create(PREFIXES + body);
    }

    /** Replaces the rows of {@code key} by those counted now. Call inside a write transaction. */
    void recompute(DatasetGraph dsg, Node key) {
        recompute(dsg, List.of(key), ManyKeysQuery.Scope.PER_KEY);
    }

    /**
     * Replaces the rows of each of {@code keys} by those counted now, the keys given to the query as
     * {@code scope} says; the rows are the same whatever the scope. Call inside a write transaction.
     */
    void recompute(DatasetGraph dsg, Collection<Node> keys, ManyKeysQuery.Scope scope) {
        Map<Node, List<Binding>> found = ManyKeysQuery.select(dsg, rows, "this", keys, scope);
        for (Node key : keys) write(dsg, key, found.getOrDefault(key, List.of()));
    }

    private void write(DatasetGraph dsg, Node key, List<Binding> found) {
        List<Node> old = new java.util.ArrayList<>();
        dsg.find(Terms.SUMMARY_GRAPH, key, link, Node.ANY).forEachRemaining(q -> old.add(q.getObject()));
        for (Node row : old) dsg.deleteAny(Terms.SUMMARY_GRAPH, row, Node.ANY, Node.ANY);
        dsg.deleteAny(Terms.SUMMARY_GRAPH, key, link, Node.ANY);
        String base = Vocab.ID + "tally/" + name + "/" + path(key) + "/";
        for (Binding found1 : found) {
            Binding b = sorted(found1);
            // named by its values, not its place in the result, so that the same rows get the same IRIs
            StringBuilder values = new StringBuilder();
            new java.util.TreeMap<>(columns).keySet().forEach(c -> values.append(b.get(Var.alloc(c))).append('\n'));
            Node row = NodeFactory.createURI(base + digest(values.toString()));
            dsg.add(Terms.SUMMARY_GRAPH, key, link, row);
            dsg.add(Terms.SUMMARY_GRAPH, row, RDF.Nodes.type, DIP.Tally);
            columns.forEach((column, property) -> {
                Node value = b.get(Var.alloc(column));
                if (value != null) dsg.add(Terms.SUMMARY_GRAPH, row, property, value);
            });
        }
    }

    /** {@code b} with the items of its {@link #list} column sorted. */
    private Binding sorted(Binding b) {
        if (list == null) return b;
        Var v = Var.alloc(list);
        Node joined = b.get(v);
        if (joined == null || !joined.isLiteral()) return b;
        String[] items = joined.getLiteralLexicalForm().split(", ", -1);
        java.util.Arrays.sort(items);
        org.apache.jena.sparql.engine.binding.BindingBuilder out = org.apache.jena.sparql.engine.binding.Binding.builder();
        b.vars().forEachRemaining(x -> {
            if (!x.equals(v)) out.add(x, b.get(x));
        });
        out.add(v, NodeFactory.createLiteralString(String.join(", ", items)));
        return out.build();
    }

    /** The key's IRI below {@code id:}, or a digest of it for a key elsewhere. */
    static String path(Node key) {
        String iri = key.getURI();
        return iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : digest(iri);
    }

    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new DiplographException("no SHA-256 in this Java runtime", e);
        }
    }
}
