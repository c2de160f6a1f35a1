package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DIP;

/**
 * The ISO 3166-1 countries with their French names, name variants, demonyms and capitals, as
 * {@code ontology/countries.ttl} states them (see {@code ontology/SOURCES.md} for where they come
 * from). Immutable and thread-safe; {@link #load()} parses the file once per JVM.
 */
public final class CountryTable {
    /** The classpath resource holding the table: the project's {@code ontology/countries.ttl}. */
    public static final String RESOURCE = "ontology/countries.ttl";

    /**
     * One country.
     *
     * @param code       ISO 3166-1 alpha-2 ("VN")
     * @param alpha3     ISO 3166-1 alpha-3 ("VNM")
     * @param nameFr     the preferred French name ("Viêt Nam")
     * @param nameEn     the English name ("Vietnam")
     * @param names      every French name and written variant, the preferred name first
     *                   ("Viêt Nam", "Viet Nam", "Vietnam", "République socialiste du Viêt Nam", ...)
     * @param adjectives every demonym form, lower case: masculine and feminine, singular and plural
     *                   ("vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"); may be empty
     * @param capitals   the capital(s) as the source spells them; may be empty
     */
    public record Country(String code, String alpha3, String nameFr, String nameEn, List<String> names,
                          List<String> adjectives, List<String> capitals) {
        public Country {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
            capitals = List.copyOf(capitals);
        }
    }

    private static final class Holder {
        static final CountryTable TABLE = parse(RESOURCE);
    }

    private final List<Country> all;
    private final Map<String, Country> byCode;

    private CountryTable(List<Country> all) {
        this.all = List.copyOf(all);
        Map<String, Country> m = new LinkedHashMap<>();
        for (Country c : all) m.put(c.code(), c);
        this.byCode = Map.copyOf(m);
    }

    /**
     * The table read from {@value #RESOURCE} on the classpath.
     *
     * @throws DiplographException if the resource is missing or is not valid Turtle
     */
    public static CountryTable load() {
        return Holder.TABLE;
    }

    /** Every country, sorted by code. */
    public List<Country> all() {
        return all;
    }

    /** The country with this alpha-2 code (case-insensitive), if any. */
    public Optional<Country> byCode(String alpha2) {
        return alpha2 == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(alpha2.toUpperCase(java.util.Locale.ROOT)));
    }

    static CountryTable parse(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = CountryTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new DiplographException(resource + ": not found on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException | RiotException e) {
            throw new DiplographException(resource + ": cannot read the country table: " + e.getMessage(), e);
        }
        List<Country> out = new ArrayList<>();
        for (Node s : g.find(Node.ANY, RDF.type.asNode(), DIP.Country).mapWith(Triple::getSubject).toList()) {
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
            out.add(new Country(code, one(g, s, DIP.alpha3, resource), pref, en, List.copyOf(names),
                    List.copyOf(adjectives), strings(g, s, DIP.capital)));
        }
        out.sort(Comparator.comparing(Country::code));
        return new CountryTable(out);
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
}
