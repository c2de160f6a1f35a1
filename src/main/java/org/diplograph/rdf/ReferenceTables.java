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

/**
 * The generated reference tables besides the countries, as plain values for the extractor:
 * capitals and major cities ({@code ontology/cities.ttl}) and the international organisations with
 * their French names and acronyms ({@code ontology/organisations.ttl}, generated from the table
 * {@code src/build/organisations.tsv}). Where they come from is in {@code ontology/SOURCES.md};
 * nothing here is typed by hand. Parsed once per JVM; immutable.
 */
public final class ReferenceTables {
    static final String CITIES = "ontology/cities.ttl";
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

    private ReferenceTables() {
        cities = readCities(parse(CITIES));
        organisations = readOrganisations(parse(ORGANISATIONS));
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

    private static Graph parse(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ReferenceTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new DiplographException(resource + ": not found on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException | RiotException e) {
            throw new DiplographException(resource + ": cannot read: " + e.getMessage(), e);
        }
        return g;
    }
}
