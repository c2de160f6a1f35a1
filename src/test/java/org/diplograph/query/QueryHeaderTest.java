package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.diplograph.DiplographException;
import org.junit.jupiter.api.Test;

/** A header that does not tell the truth about its query is refused, naming the query and the fault. */
class QueryHeaderTest {
    static String fault(String text) {
        return assertThrows(DiplographException.class, () -> CannedQuery.parse("q", text)).getMessage();
    }

    @Test
    void readsSummaryParamsAndReturns() {
        CannedQuery q = CannedQuery.parse("q", """
                #+ summary: Something
                #+ params: a: country = VN, b: iri, n: integer = 5
                #+ returns: x, ?y
                SELECT ?x ?y WHERE { ?x ?a ?b . ?y ?p ?n }
                """);
        assertEquals("Something", q.summary());
        assertEquals(List.of(new ParamSpec("a", ParamType.COUNTRY, "VN"), new ParamSpec("b", ParamType.IRI, null),
                new ParamSpec("n", ParamType.INTEGER, "5")), q.params());
        assertEquals(List.of("x", "y"), q.returns());
        assertEquals("a: country = VN", q.params().get(0).toString());
    }

    @Test
    void readsOptionalParametersThatLeaveTheirVariableOpen() {
        CannedQuery q = CannedQuery.parse("q", """
                #+ summary: Something
                #+ params: a: country = VN, from: date (optional)
                #+ returns: x
                SELECT ?x WHERE { ?x ?a ?d FILTER(COALESCE(?d >= ?from, true)) }
                """);
        assertEquals(ParamSpec.optional("from", ParamType.DATE), q.header().param("from"));
        assertEquals("from: date (optional)", q.header().param("from").toString());
        assertEquals(false, q.header().param("from").required());
        assertEquals(java.util.Set.of("a"), Params.parse(q, List.of()).values().keySet());
        assertEquals(java.util.Set.of("a"), Params.defaults(q).values().keySet());
        assertEquals(ParamType.DATE.parse("2019-08-05"), Params.parse(q, List.of("from=2019-08-05")).values().get("from"));
        assertEquals("q: parameter is not 'name: type [= default]' or 'name: type (optional)': from: date (maybe)",
                fault("#+ summary: s\n#+ params: from: date (maybe)\n#+ returns: x\nSELECT ?x WHERE { ?x ?p ?from }"));
    }

    @Test
    void refusesHeadersThatDoNotMatchTheQuery() {
        assertEquals("q: no '#+ summary:' line", fault("#+ returns: x\nSELECT ?x WHERE { ?x ?p ?o }"));
        assertEquals("q: no '#+ returns:' line", fault("#+ summary: s\nSELECT ?x WHERE { ?x ?p ?o }"));
        assertEquals("q: header returns [x, y] but the query selects [x]",
                fault("#+ summary: s\n#+ returns: x, y\nSELECT ?x WHERE { ?x ?p ?o }"));
        assertEquals("q: parameter 'c' binds ?c, which the query does not use",
                fault("#+ summary: s\n#+ params: c: country\n#+ returns: x\nSELECT ?x WHERE { ?x ?p ?o }"));
        assertEquals("q: a canned query must be a SELECT query",
                fault("#+ summary: s\n#+ returns: x\nASK { ?x ?p ?o }"));
    }

    @Test
    void refusesMalformedHeaders() {
        assertEquals("q: parameter 'c': unknown parameter type 'nation' (known: country, iri, string, date, integer, decimal)",
                fault("#+ summary: s\n#+ params: c: nation\n#+ returns: x\nSELECT ?x WHERE { ?x ?p ?c }"));
        assertEquals("q: parameter 'd': wants a date YYYY-MM-DD; got '16 mai'",
                fault("#+ summary: s\n#+ params: d: date = 16 mai\n#+ returns: x\nSELECT ?x WHERE { ?x ?p ?d }"));
        assertEquals("q: unknown header key 'author' (known: summary, params, returns)",
                fault("#+ author: me\n#+ summary: s\n#+ returns: x\nSELECT ?x WHERE { ?x ?p ?o }"));
        assertEquals("q: '#+ summary:' given twice", fault("#+ summary: s\n#+ summary: t\n#+ returns: x\nSELECT ?x {}"));
        assertEquals("q: parameter 'c' declared twice",
                fault("#+ summary: s\n#+ params: c: iri, c: iri\n#+ returns: x\nSELECT ?x WHERE { ?x ?p ?c }"));
    }

    @Test
    void refusesQueriesThatAreNotStandardSparql() {
        // Jena's extended syntax (here a LET-style assignment) is not SPARQL 1.1
        String message = fault("#+ summary: s\n#+ returns: x\nSELECT ?x WHERE { LET (?x := 1) }");
        assertEquals(true, message.startsWith("q: not valid SPARQL 1.1:"), message);
    }
}
