package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.extract.CountryTable;
import org.junit.jupiter.api.Test;

/** The generated city and organisation tables: consistent with the country table and with themselves. */
class ReferenceTablesTest {
    private final ReferenceTables tables = ReferenceTables.load();

    @Test
    void everyCityIsInACountryOfTheCountryTableAndHasAName() {
        Set<String> codes = new HashSet<>();
        ReferenceTables.load().countries().all().forEach(c -> codes.add(c.code()));
        assertTrue(tables.cities().size() > 300, "capitals and major cities: " + tables.cities().size());
        for (ReferenceTables.City c : tables.cities()) {
            assertTrue(codes.contains(c.country()), c + ": unknown country");
            assertTrue(!c.nameFr().isBlank() && c.population() >= 0, c.toString());
            assertEquals(Vocab.ID + "place/" + Iris.slug(c.iri().substring((Vocab.ID + "place/").length())), c.iri(),
                    "the IRI is a slug");
        }
    }

    @Test
    void capitalsAreOnePerCountryAtMostAndTheCountryTableAgrees() {
        Set<String> seen = new HashSet<>();
        int agreeing = 0;
        for (ReferenceTables.City c : tables.cities()) {
            if (!c.capital()) continue;
            assertTrue(seen.add(c.country()), "two capitals for " + c.country());
            List<String> stated = ReferenceTables.load().countries().byCode(c.country()).orElseThrow().capitals();
            if (c.names().stream().anyMatch(stated::contains)) agreeing++;
        }
        assertTrue(seen.size() > 150, "capitals: " + seen.size());
        // Two independent sources: most capitals must be spelled alike in both.
        assertTrue(agreeing > seen.size() * 8 / 10, agreeing + " of " + seen.size() + " capitals agree");
    }

    @Test
    void aFrenchNameFromCldrLeadsTheNamesAndMakesTheIri() {
        ReferenceTables.City c = tables.cities().stream().filter(x -> x.names().contains("Moscow")).findFirst().orElseThrow();
        assertEquals("Moscou", c.nameFr());
        assertEquals(Iris.place("moscou"), c.iri());
        assertEquals("RU", c.country());
        assertTrue(c.capital());
        assertEquals(c, tables.capitalOf("ru").orElseThrow());
    }

    @Test
    void theOrganisationsAreTheOnesTheSourcesNameInFrench() {
        List<ReferenceTables.Organisation> orgs = tables.organisations();
        assertTrue(orgs.size() >= 60, orgs.size() + " organisations");
        ReferenceTables.Organisation un = orgs.stream().filter(o -> o.acronyms().contains("ONU")).findFirst().orElseThrow();
        assertEquals("Organisation des Nations Unies", un.nameFr());
        assertEquals("United Nations", un.nameEn());
        assertTrue(un.otherNames().contains("Nations Unies"), un.otherNames().toString());
        assertTrue(un.sources().contains("https://cldr.unicode.org/"), un.sources().toString());
        assertEquals(Iris.org("int/organisation-des-nations-unies"), un.iri());
        assertTrue(orgs.stream().allMatch(o -> !o.sources().isEmpty()), "every organisation says where it was read");
    }

    @Test
    void theTablesAreInTheOntologyGraphAndConformToTheShapes() {
        Graph g = Ontology.fullGraph();
        Node moscou = NodeFactory.createURI(Iris.place("moscou"));
        assertTrue(g.contains(moscou, RDF.Nodes.type, DIP.Place));
        assertTrue(g.contains(moscou, DIP.capitalOf, NodeFactory.createURI(Iris.country("RU"))));
        assertEquals(List.of(), Validator.violations(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()),
                "the ontology graph alone (reference places and organisations included) conforms");
    }
}
