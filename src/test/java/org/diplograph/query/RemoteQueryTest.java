package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Through a real Fuseki endpoint every canned query answers exactly as on the local dataset. */
@Tag("integration")
class RemoteQueryTest extends FixtureTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dsg);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<List<Node>> cells(ResultTable t) {
        List<List<Node>> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            List<Node> row = new ArrayList<>();
            for (String c : t.columns()) row.add(t.get(r, c));
            out.add(row);
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> sameRowsLocallyAndThroughTheEndpoint() {
        return Catalogue.load().list().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            ExpectedRows expected = ExpectedRows.of(q.name());
            List<String> assignments = new ArrayList<>();
            if (expected != null) expected.params().forEach((k, v) -> assignments.add(k + "=" + v));
            Params p = Params.parse(q, assignments);
            ResultTable local = QueryRunner.local(dsg).run(q, p);
            ResultTable remote = QueryRunner.remote(server.queryUrl()).run(q, p);
            assertFalse(local.rows().isEmpty(), "the comparison needs rows");
            assertEquals(local.columns(), remote.columns());
            assertEquals(cells(local), cells(remote));
        }));
    }

    @Test
    void aStringInjectionStaysOneLiteralThroughTheEndpoint() {
        long before = Fixture.quadCount(dsg);
        ResultTable echoed = QueryRunner.remote(server.queryUrl())
                .run(ParamsTest.ECHO, Params.parse(ParamsTest.ECHO, List.of("s=" + ParamsTest.INJECTION)));
        assertEquals(NodeFactory.createLiteralString(ParamsTest.INJECTION), echoed.get(0, "text"));
        CannedQuery find = Catalogue.load().get("find");
        ResultTable found = QueryRunner.remote(server.queryUrl())
                .run(find, Params.parse(find, List.of("text=<urn:x> } INSERT { <urn:a> <urn:b> <urn:c> } WHERE {")));
        assertEquals(0, found.size());
        assertEquals(before, Fixture.quadCount(dsg));
    }
}
