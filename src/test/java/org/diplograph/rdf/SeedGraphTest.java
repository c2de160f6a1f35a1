package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds, ingested into a real TDB2 dataset, read as an analyst reads them: by name. */
class SeedGraphTest {
    @TempDir static Path tmp;
    private static Store store;

    @BeforeAll
    static void ingest() {
        store = Store.open(tmp.resolve("data"));
        IngestReport r = Ingest.create().store(store).strict(true).build().run(List.of("seeds"));
        assertEquals(5, r.articlesNew(), r.problems().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> select(String query) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    out.add(row.get("s") + " a " + row.get("class"));
                }
            }
        });
        return out;
    }

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dip:  <https://w3id.org/diplograph/ontology#>
            """;

    @Test
    void everySubjectOfAClassTheMapperWritesHasAFrenchOrPlainLabel() {
        List<String> unnamed = select(PREFIXES + """
                SELECT DISTINCT ?s ?class WHERE {
                  GRAPH ?g { ?s a ?class }
                  FILTER(STRSTARTS(STR(?g), "https://w3id.org/diplograph/id/graph/article/"))
                  FILTER NOT EXISTS { ?s rdfs:label ?l FILTER(lang(?l) = "fr" || lang(?l) = "") }
                } ORDER BY ?s ?class""");
        assertEquals(List.of(), unnamed);
        List<String> typed = select(PREFIXES + """
                SELECT DISTINCT ?s ?class WHERE {
                  GRAPH ?g { ?s a ?class }
                  FILTER(STRSTARTS(STR(?g), "https://w3id.org/diplograph/id/graph/article/"))
                }""");
        assertTrue(typed.size() > 100, "the seeds give many typed nodes: " + typed.size());
    }

    @Test
    void eventsAndEvidenceAlsoHaveAnEnglishLabel() {
        List<String> missing = select(PREFIXES + """
                SELECT DISTINCT ?s ?class WHERE {
                  VALUES ?class { dip:Event dip:Evidence }
                  ?s a ?class
                  FILTER NOT EXISTS { ?s rdfs:label ?l FILTER(lang(?l) = "en") }
                }""");
        assertEquals(List.of(), missing);
    }

    @Test
    void theRunIsAProvActivityOfThisSoftwareAndExtractor() {
        List<String> runs = select(PREFIXES + """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX schema: <https://schema.org/>
                SELECT ?s ?class WHERE {
                  GRAPH <https://w3id.org/diplograph/id/graph/runs> {
                    ?s a prov:Activity ; prov:startedAtTime ?t ; dip:extractorVersion ?class ;
                       rdfs:label ?fr ; prov:wasAssociatedWith ?agent .
                    ?agent a prov:SoftwareAgent ; schema:softwareVersion ?v ; rdfs:label ?name .
                    FILTER(lang(?fr) = "fr")
                  }
                }""");
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).endsWith(" a " + org.diplograph.extract.Extractor.VERSION), runs.toString());
    }

    @Test
    void placesOfTheSeedsMeetTheReferenceCities() {
        List<String> capitals = select(PREFIXES + """
                SELECT DISTINCT ?s ?class WHERE {
                  ?e a dip:Event ; <http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace> ?s .
                  ?s dip:capitalOf ?class .
                }""");
        assertTrue(!capitals.isEmpty(), "some seed event takes place in a reference capital");
    }
}
