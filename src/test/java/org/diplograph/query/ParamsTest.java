package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.DiplographException;
import org.junit.jupiter.api.Test;

/** Parameters become typed terms in the parsed query; bad values and names fail with a clear message. */
class ParamsTest extends FixtureTest {
    static final String INJECTION = "JP\" } ; DROP ALL ; #";

    /** A query returning its parameters as they arrive in the query, one of each type. */
    static final CannedQuery ECHO = CannedQuery.parse("echo", """
            #+ summary: Returns its parameters
            #+ params: c: country = VN, i: iri = urn:x:default, s: string = plain, d: date = 2021-11-16, n: integer = 3, x: decimal = 0.5
            #+ returns: country, iri, text, day, count, share
            SELECT ?country ?iri ?text ?day ?count ?share
            WHERE { BIND(?c AS ?country) BIND(?i AS ?iri) BIND(?s AS ?text) BIND(?d AS ?day) BIND(?n AS ?count) BIND(?x AS ?share) }
            """);

    static final Catalogue CATALOGUE = Catalogue.load();

    static DiplographException fails(String query, String... assignments) {
        return assertThrows(DiplographException.class, () -> Params.parse(CATALOGUE.get(query), List.of(assignments)));
    }

    @Test
    void valuesArriveAsTypedTerms() {
        Params p = Params.parse(ECHO, List.of("c=jp", "i=https://w3id.org/diplograph/id/person/x", "s=a \"quoted\" text",
                "d=2019-08-07", "n=-12", "x=2.50"));
        ResultTable t = QueryRunner.local(dsg).run(ECHO, p);
        assertEquals(1, t.size());
        assertEquals(NodeFactory.createURI(Fixture.ID + "country/JP"), t.get(0, "country"));
        assertEquals(NodeFactory.createURI(Fixture.ID + "person/x"), t.get(0, "iri"));
        assertEquals(NodeFactory.createLiteralString("a \"quoted\" text"), t.get(0, "text"));
        assertEquals(NodeFactory.createLiteralDT("2019-08-07", XSDDatatype.XSDdate), t.get(0, "day"));
        assertEquals(NodeFactory.createLiteralDT("-12", XSDDatatype.XSDinteger), t.get(0, "count"));
        assertEquals(NodeFactory.createLiteralDT("2.50", XSDDatatype.XSDdecimal), t.get(0, "share"));
    }

    @Test
    void everyIriATablePrintsGoesBackInAsItIsPrinted() {
        int seen = 0;
        for (CannedQuery q : CATALOGUE.list()) {
            if (q.params().stream().anyMatch(ParamSpec::required)) continue;
            ResultTable t = QueryRunner.local(dsg).run(q, Params.defaults(q));
            for (int row = 0; row < t.size(); row++) {
                for (String column : t.columns()) {
                    Node n = t.get(row, column);
                    if (n == null || !n.isURI()) continue;
                    String printed = ResultFormat.cell(n, q.prefixes());
                    assertEquals(n, ParamType.IRI.parse(printed, q.prefixes()), q.name() + " printed " + printed);
                    seen++;
                }
            }
        }
        assertTrue(seen > 50, "the tables printed IRIs: " + seen);
    }

    @Test
    void anIriMayBeGivenPrefixedOrInAngleBrackets() {
        Params p = Params.parse(ECHO, List.of("i=id:person/x", "c=id:country/LA"));
        assertEquals(NodeFactory.createURI(Fixture.ID + "person/x"), p.values().get("i"));
        assertEquals(NodeFactory.createURI(Fixture.ID + "country/LA"), p.values().get("c"));
        assertEquals(NodeFactory.createURI(Fixture.ID + "person/x"),
                Params.parse(ECHO, List.of("i=<" + Fixture.ID + "person/x>")).values().get("i"));
        CannedQuery evidence = CATALOGUE.get("evidence");
        assertEquals(NodeFactory.createURI("https://w3id.org/diplograph/ontology#Agreement"),
                Params.parse(evidence, List.of("entity=dip:Agreement")).values().get("entity"));
    }

    @Test
    void aNameWithAnUnknownPrefixIsRefusedSayingWhichAreKnown() {
        DiplographException e = fails("person-events", "person=ident:person/x");
        assertTrue(e.getMessage().contains("prefix 'ident:' is not known (known: "), e.getMessage());
        assertTrue(e.getMessage().contains(" id"), e.getMessage());
        assertTrue(fails("person-events", "person=person/x").getMessage().contains("wants an absolute IRI"));
        assertTrue(fails("person-events", "person=<person/x>").getMessage().contains("wants an absolute IRI"));
    }

    @Test
    void defaultsFillWhatIsNotGiven() {
        ResultTable t = QueryRunner.local(dsg).run(ECHO, Params.parse(ECHO, List.of("c=" + Fixture.ID + "country/LA")));
        assertEquals(NodeFactory.createURI(Fixture.ID + "country/LA"), t.get(0, "country"));
        assertEquals(NodeFactory.createURI("urn:x:default"), t.get(0, "iri"));
        assertEquals(NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger), t.get(0, "count"));
    }

    @Test
    void aCountryParameterChangesTheAnswer() {
        CannedQuery partners = CATALOGUE.get("partners");
        ResultTable t = QueryRunner.local(dsg).run(partners, Params.parse(partners, List.of("country=JP")));
        assertEquals(List.of(List.of("id:country/VN", "VN", "Viêt Nam", "4", "2", "2")), ExpectedRows.render(t));
    }

    @Test
    void anUnknownParameterIsNamedWithTheKnownOnes() {
        DiplographException e = fails("partners", "contry=JP");
        assertEquals("query 'partners': unknown parameter 'contry' (known: country, from, to)", e.getMessage());
        CannedQuery bare = CannedQuery.parse("bare", "#+ summary: s\n#+ returns: x\nSELECT ?x WHERE { ?x ?p ?o }");
        DiplographException none = assertThrows(DiplographException.class, () -> Params.parse(bare, List.of("country=JP")));
        assertTrue(none.getMessage().contains("it takes none"), none.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertEquals("query 'partners': parameter 'country' wants an ISO 3166-1 alpha-2 code such as VN, an absolute IRI,"
                + " or id:country/VN as the tables print it; got 'Japon'", fails("partners", "country=Japon").getMessage());
        assertThrows(DiplographException.class, () -> Params.parse(ECHO, List.of("d=2021-13-01")));
        assertThrows(DiplographException.class, () -> Params.parse(ECHO, List.of("n=ten")));
        assertThrows(DiplographException.class, () -> Params.parse(ECHO, List.of("x=1,5")));
        assertThrows(DiplographException.class, () -> Params.parse(ECHO, List.of("i=not an iri")));
        assertThrows(DiplographException.class, () -> Params.parse(ECHO, List.of("i=relative/path")));
    }

    @Test
    void aRequiredParameterMustBeGiven() {
        assertEquals("query 'person-events' needs parameter 'person' (an absolute IRI such as "
                + "https://w3id.org/diplograph/id/country/VN, <…> or a prefixed name as the tables print it,"
                + " such as id:country/VN): give --param person=VALUE", fails("person-events").getMessage());
    }

    @Test
    void malformedOrRepeatedAssignmentsAreRefused() {
        assertTrue(fails("partners", "JP").getMessage().contains("expected NAME=VALUE, got 'JP'"));
        assertTrue(fails("partners", "country=JP", "country=LA").getMessage().contains("given twice"));
    }

    @Test
    void anInjectionInACountryIsABadValue() {
        long before = Fixture.quadCount(dsg);
        DiplographException e = fails("partners", "country=" + INJECTION);
        assertTrue(e.getMessage().contains("wants an ISO 3166-1 alpha-2 code"), e.getMessage());
        assertEquals(before, Fixture.quadCount(dsg));
    }

    @Test
    void anInjectionInAnIriIsABadValue() {
        long before = Fixture.quadCount(dsg);
        DiplographException e = fails("evidence", "entity=<urn:x> } INSERT { <urn:a> <urn:b> <urn:c> } WHERE {");
        assertTrue(e.getMessage().contains("parameter 'entity' wants an absolute IRI"), e.getMessage());
        assertTrue(fails("offices", "country=<urn:x> } INSERT").getMessage().contains("wants an ISO"));
        assertEquals(before, Fixture.quadCount(dsg));
    }

    @Test
    void anInjectionInAStringStaysOneLiteral() {
        long before = Fixture.quadCount(dsg);
        ResultTable echoed = QueryRunner.local(dsg).run(ECHO, Params.parse(ECHO, List.of("s=" + INJECTION)));
        assertEquals(NodeFactory.createLiteralString(INJECTION), echoed.get(0, "text"));

        CannedQuery find = CATALOGUE.get("find");
        assertEquals(0, QueryRunner.local(dsg).run(find, Params.parse(find, List.of("text=" + INJECTION))).size());
        assertEquals(before, Fixture.quadCount(dsg));
    }

    @Test
    void substitutionLeavesTheCatalogueQueryAlone() {
        CannedQuery partners = CATALOGUE.get("partners");
        String before = partners.query().serialize();
        Params.parse(partners, List.of("country=JP")).applyTo(partners.query());
        assertEquals(before, partners.query().serialize());
        Node jp = ParamType.COUNTRY.parse("JP");
        assertTrue(Params.of("country", jp).applyTo(partners.query()).serialize().contains("<" + Fixture.ID + "country/JP>"));
    }
}
