package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.extract.Rule;
import org.diplograph.query.QueryRunner;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds and the development set loaded by the real pipeline into TDB2: every fact of the facts
 * export names its rule, every fact node names one in its article's graph, and every dip:rule the
 * graph holds is a rule of the list.
 */
class RuleExportTest {
    @TempDir static Path tmp;
    static Store store;
    static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = Store.open(tmp.resolve("data"));
        IngestReport r = Ingest.create().store(store).build().run(List.of("seeds", "src/test/resources/devset/pages"));
        assertEquals(0, r.failed(), r.problems().toString());
        runner = QueryRunner.local(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyExportedFactNamesAListedRule() {
        List<String> wrong = new ArrayList<>();
        int facts = 0;
        for (ArticleFacts a : FactsExport.create(runner).teasers(true).facts()) {
            for (ArticleFacts.Person p : a.persons()) { facts++; check(wrong, a, "person " + p.name(), p.rule(), "person"); }
            for (ArticleFacts.Organization o : a.organizations()) { facts++; check(wrong, a, "org " + o.name(), o.rule(), "org"); }
            for (ArticleFacts.Agreement g : a.agreements()) { facts++; check(wrong, a, "agreement " + g.type(), g.rule(), "agreement"); }
            for (ArticleFacts.Meeting m : a.meetings()) { facts++; check(wrong, a, "meeting " + m.kind(), m.rule(), null); }
        }
        assertTrue(facts > 250, "facts exported: " + facts);
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, ArticleFacts a, String what, String rule, String kind) {
        if (rule == null || rule.isBlank() || Rule.byId(rule).isEmpty() || kind != null && !rule.startsWith(kind + ".")) {
            wrong.add(a.article() + ": " + what + " has rule " + rule);
        }
    }

    @Test
    void everyRuleInTheGraphIsListed() {
        List<String> unknown = new ArrayList<>();
        List<Binding> rows = runner.select(query("""
                SELECT DISTINCT ?rule WHERE { GRAPH ?g { ?fact dip:rule ?rule } }""")).rows();
        for (Binding b : rows) {
            String rule = b.get(org.apache.jena.sparql.core.Var.alloc("rule")).getLiteralLexicalForm();
            if (Rule.byId(rule).isEmpty()) unknown.add(rule);
        }
        assertTrue(rows.size() >= 20, "rules used: " + rows.size());
        assertEquals(List.of(), unknown);
    }

    @Test
    void everyFactNodeNamesItsRuleInItsArticlesGraph() {
        List<Binding> missing = runner.select(query("""
                SELECT ?fact ?article WHERE {
                  VALUES ?class { dip:Event dip:Agreement dip:Person dip:OfficeHolding org:FormalOrganization }
                  GRAPH ?g {
                    ?article a dip:Article .
                    ?fact a ?class ; prov:wasDerivedFrom ?article ; dip:evidence ?evidence .
                    FILTER NOT EXISTS { ?fact dip:rule ?rule }
                  }
                } LIMIT 10""")).rows();
        assertEquals(List.of(), missing);
    }

    private static Query query(String body) {
        return QueryFactory.create("""
                PREFIX dip:  <https://w3id.org/diplograph/ontology#>
                PREFIX org:  <http://www.w3.org/ns/org#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                """ + body);
    }
}
