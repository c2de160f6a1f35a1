package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The query of MODEL.md "Offices on a date", run over a mapped article published on 2019-08-09. */
class OfficesOnADateTest {
    private static final String QUERY = """
            PREFIX dip:    <https://w3id.org/diplograph/ontology#>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            SELECT ?person ?title ?org (MAX(STR(?published)) AS ?asOf) WHERE {
              ?h a dip:OfficeHolding ; org:member ?person ; dip:title ?title ; prov:wasDerivedFrom ?a .
              OPTIONAL { ?h org:organization ?org }
              ?a schema:datePublished ?published .
              FILTER(STR(?published) <= "%s")
            } GROUP BY ?person ?title ?org ORDER BY ?person
            """;

    private static List<String> officesOn(String date) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        FactsMapper.map(FactsMapperTest.visitAndAgreementFacts(), "test/t1.txt", "h", StreamRDFLib.dataset(dsg));
        org.apache.jena.graph.Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(union)))
                .query(QUERY.formatted(date)).build()) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("person").getURI().replace(Vocab.ID, "")
                    + " | " + r.getLiteral("title").getString() + " | " + r.getLiteral("asOf").getString()));
        }
        return out;
    }

    @Test
    void theHoldersStatedUpToTheDateAreFound() {
        assertEquals(List.of("person/kenji-sato | Premier ministre | 2019-08-09",
                "person/tran-van-an | ministre, chef du Bureau du gouvernement | 2019-08-09"), officesOn("2019-08-09"));
    }

    @Test
    void noneBeforeTheArticleStatesThem() {
        assertEquals(List.of(), officesOn("2019-08-08"));
    }
}
