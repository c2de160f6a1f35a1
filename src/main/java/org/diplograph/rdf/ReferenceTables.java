package org.diplograph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.DiplographException;
import org.diplograph.extract.CountryTable;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.InternationalBody;
import org.diplograph.extract.TopicWord;

/**
 * The one loader of the bundled reference tables, as plain values for the extractor and the
 * mapping: the countries with their names, demonyms and capitals ({@code ontology/countries.ttl}),
 * capitals and major cities ({@code ontology/cities.ttl}), the international organisations with
 * their French names and acronyms ({@code ontology/organisations.ttl}, generated from the table
 * {@code src/build/organisations.tsv}) and the words that signal each cooperation topic
 * ({@code dip:keyword} in {@code ontology/schemes.ttl}). Where they come from is in
 * {@code ontology/SOURCES.md}; nothing here is typed by hand. Parsed once per JVM; immutable.
 *
 * <p>The extractor defines the values it needs and reads no file; this class, a stage above it,
 * fills them ({@link #extractor()}), so the ontology's files stay the one place these tables live.
 */
public final class ReferenceTables {
    static final String COUNTRIES = "ontology/countries.ttl";
    static final String CITIES = "ontology/cities.ttl";
    static final String SCHEMES = "ontology/schemes.ttl";
    private static final String TOPIC_BASE = Vocab.ID + "topic/";
    static final String ORGANISATIONS = "ontology/organisations.ttl";

    /**
     * One city.
     *
     * @param iri        its IRI, {@code id:place/{slug}}
     * @param nameFr     the French name where the source gives one, else the source's own name
     * @param names      every name, the French one first (French, English, the source's spelling)
     * @param country    ISO 3166-1 alpha-2 code of its country
     * @param capital    whether it is the capital of that country
     * @param population inhabitants, as the source gives them
     */
    public record City(String iri, String nameFr, List<String> names, String country, boolean capital, long population) {
        public City {
            names = List.copyOf(names);
        }
    }

    /**
     * One international organisation, as {@code src/build/organisations.tsv} gives it.
     *
     * @param iri        its IRI, {@code id:org/int/{slug}}, the slug being that of {@code nameFr}
     * @param nameFr     the French name
     * @param nameEn     the English name, or null where no source gives one
     * @param acronyms   the acronyms a French text uses, as written, sorted; may be empty
     * @param otherNames other French names and spellings a source gives, sorted; may be empty
     * @param sources    the addresses its names were read from, sorted; never empty
     */
    public record Organisation(String iri, String nameFr, String nameEn, List<String> acronyms, List<String> otherNames,
                               List<String> sources) {
        public Organisation {
            acronyms = List.copyOf(acronyms);
            otherNames = List.copyOf(otherNames);
            sources = List.copyOf(sources);
        }
    }

    private static final class Holder {
        static final ReferenceTables INSTANCE = new ReferenceTables();
    }

    private final List<City> cities;
    private final List<Organisation> organisations;
    private final CountryTable countries;
    private final List<TopicWord> topicWords;
    /** Made on first use: building one loads the dictionary and compiles the gazetteer. */
    private volatile Extractor extractor;

    private ReferenceTables() {
        cities = readCities(parse(CITIES));
        organisations = readOrganisations(parse(ORGANISATIONS));
        countries = CountryTable.of(readCountries(parse(COUNTRIES), COUNTRIES),
                cities.stream().map(c -> new CountryTable.City(c.names(), c.country().toUpperCase(java.util.Locale.ROOT))).toList());
        topicWords = readTopicWords(parse(SCHEMES));
    }

    /** The countries of {@code ontology/countries.ttl}, sorted by code, with the cities, most populous first. */
    public CountryTable countries() {
        return countries;
    }

    /** The words that signal each cooperation topic, as the topic scheme gives them. */
    public List<TopicWord> topicWords() {
        return topicWords;
    }

    /** The international organisations as the extractor looks them up: French name, other names, acronyms. */
    public List<InternationalBody> internationalBodies() {
        return organisations.stream().map(o -> new InternationalBody(o.nameFr(), o.otherNames(), o.acronyms())).toList();
    }

    /** An extractor over these tables, made once and shared (extractors are immutable and thread-safe). */
    public Extractor extractor() {
        Extractor x = extractor;
        if (x == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = Extractor.create().countries(countries).internationalBodies(internationalBodies())
                            .topics(topicWords).build();
                }
                x = extractor;
            }
        }
        return x;
    }

    /** The tables, read from the classpath on first use. */
    public static ReferenceTables load() {
        return Holder.INSTANCE;
    }

    /** Every city, most populous first. */
    public List<City> cities() {
        return cities;
    }

    /** Every international organisation, by IRI. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** The capital of a country (alpha-2 code, any case), if the table has it. */
    public Optional<City> capitalOf(String country) {
        return cities.stream().filter(c -> c.capital() && c.country().equalsIgnoreCase(country)).findFirst();
    }

    private static List<City> readCities(Graph g) {
        List<City> out = new ArrayList<>();
        for (Node s : g.find(Node.ANY, RDF.Nodes.type, DIP.Place).mapWith(Triple::getSubject).toList()) {
            Set<String> names = new LinkedHashSet<>();
            literal(g, s, SKOS.prefLabel.asNode(), "fr").ifPresent(names::add);
            literal(g, s, RDFS.label.asNode(), "fr").ifPresent(names::add);
            literal(g, s, RDFS.label.asNode(), "en").ifPresent(names::add);
            literal(g, s, RDFS.label.asNode(), "").ifPresent(names::add);
            String country = code(object(g, s, DIP.country));
            boolean capital = g.contains(s, DIP.capitalOf, Node.ANY);
            long population = Long.parseLong(object(g, s, DIP.population).getLiteralLexicalForm());
            out.add(new City(s.getURI(), names.iterator().next(), List.copyOf(names), country, capital, population));
        }
        out.sort(Comparator.comparingLong(City::population).reversed().thenComparing(City::iri));
        return List.copyOf(out);
    }

    private static List<Organisation> readOrganisations(Graph g) {
        List<Organisation> out = new ArrayList<>();
        for (Node s : g.find(Node.ANY, RDF.Nodes.type, DIP.InternationalOrganization).mapWith(Triple::getSubject).toList()) {
            List<String> acronyms = g.find(s, DIP.acronym, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                    .toList().stream().sorted().toList();
            List<String> otherNames = g.find(s, SKOS.altLabel.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equals("fr"))
                    .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().toList();
            List<String> sources = g.find(s, DCTerms.source.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI())
                    .toList().stream().sorted().toList();
            out.add(new Organisation(s.getURI(), literal(g, s, RDFS.label.asNode(), "fr").orElseThrow(() ->
                    new DiplographException(s.getURI() + ": no French label in the reference table")),
                    literal(g, s, RDFS.label.asNode(), "en").orElse(null), acronyms, otherNames, sources));
        }
        out.sort(Comparator.comparing(Organisation::iri));
        return List.copyOf(out);
    }

    static List<CountryTable.Country> readCountries(Graph g, String resource) {
        List<CountryTable.Country> out = new ArrayList<>();
        for (Node s : g.find(Node.ANY, RDF.Nodes.type, DIP.Country).mapWith(Triple::getSubject).toList()) {
            String code = one(g, s, DIP.alpha2, resource);
            String pref = fr(g, s, SKOS.prefLabel.asNode()).stream().findFirst()
                    .orElseThrow(() -> new DiplographException(resource + ": " + s + " has no French prefLabel"));
            Set<String> names = new LinkedHashSet<>();
            names.add(pref);
            names.addAll(fr(g, s, RDFS.label.asNode()));
            names.addAll(fr(g, s, SKOS.altLabel.asNode()));
            Set<String> adjectives = new LinkedHashSet<>();
            adjectives.addAll(strings(g, s, DIP.demonymMasculine));
            adjectives.addAll(strings(g, s, DIP.demonymFeminine));
            adjectives.addAll(strings(g, s, DIP.demonymForm));
            String en = literals(g, s, RDFS.label.asNode()).stream().filter(n -> n.getLiteralLanguage().equals("en"))
                    .map(Node::getLiteralLexicalForm).findFirst().orElse(pref);
            out.add(new CountryTable.Country(code, one(g, s, DIP.alpha3, resource), pref, en, List.copyOf(names),
                    List.copyOf(adjectives), strings(g, s, DIP.capital)));
        }
        out.sort(Comparator.comparing(CountryTable.Country::code));
        return out;
    }

    /** The keywords of the topic scheme's concepts, in the order the graph gives them. */
    private static List<TopicWord> readTopicWords(Graph g) {
        List<TopicWord> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, DIP.keyword, Node.ANY).toList()) {
            String iri = t.getSubject().getURI();
            if (!iri.startsWith(TOPIC_BASE)) continue;
            out.add(new TopicWord(t.getObject().getLiteralLexicalForm(), iri.substring(TOPIC_BASE.length())));
        }
        return List.copyOf(out);
    }

    private static String one(Graph g, Node s, Node p, String resource) {
        List<String> v = strings(g, s, p);
        if (v.size() != 1) throw new DiplographException(resource + ": " + s + " needs exactly one " + p);
        return v.get(0);
    }

    private static List<Node> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
    }

    /** Lexical forms sorted, so that the order never depends on the store's iteration order. */
    private static List<String> strings(Graph g, Node s, Node p) {
        return literals(g, s, p).stream().map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private static List<String> fr(Graph g, Node s, Node p) {
        return literals(g, s, p).stream().filter(n -> n.getLiteralLanguage().equals("fr"))
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private static Optional<String> literal(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang))
                .mapWith(Node::getLiteralLexicalForm).nextOptional();
    }

    private static Node object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElseThrow(() ->
                new DiplographException(s.getURI() + ": no " + p.getURI() + " in the reference table"));
    }

    private static String code(Node country) {
        String iri = country.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static Graph parse(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ReferenceTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new DiplographException(resource + ": not found on the classpath");
            org.apache.jena.riot.RDFParserBuilder parser = RDFParser.source(in).lang(Lang.TURTLE);
            // the schemes name their concepts relative to the ids' base
            if (resource.equals(SCHEMES)) parser.base(Vocab.ID);
            parser.parse(g);
        } catch (IOException | RiotException e) {
            throw new DiplographException(resource + ": cannot read: " + e.getMessage(), e);
        }
        return g;
    }
}
