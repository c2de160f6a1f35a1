package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** recount gives a dataset without counts (an older version's, an import's) the summaries ingest keeps. */
class RecountCommandTest {
    @TempDir Path tmp;

    @Test
    void recountRestoresWhatIngestKept() {
        String db = tmp.resolve("data").toString();
        assertEquals(0, CommandRun.of("ingest", "--db", db, "seeds").exit());
        List<String> summaries = List.of("countries", "sources", "pair-topics", "agreement-stats", "ministries", "partners");
        List<String> kept = summaries.stream().map(q -> csv(db, q)).toList();

        try (Store store = Store.open(Path.of(db))) {   // a dataset with no counts, only its duplicate links
            Node summary = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
            Txn.executeWrite(store.dataset(), () -> {
                List<Quad> counts = store.dataset().stream(summary, Node.ANY, Node.ANY, Node.ANY)
                        .filter(q -> !q.getPredicate().equals(DIP.duplicateOf) && !q.getPredicate().equals(DIP.fingerprintBand))
                        .toList();
                counts.forEach(store.dataset()::delete);
            });
        }
        assertNotEquals(kept, summaries.stream().map(q -> csv(db, q)).toList(), "the summaries are gone");

        CommandRun r = CommandRun.of("recount", "--db", db);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Counted the summary graph"), r.out());
        assertEquals(kept, summaries.stream().map(q -> csv(db, q)).toList());

        CommandRun none = CommandRun.of("recount", "--db", tmp.resolve("nothing").toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no dataset"), none.err());
    }

    private static String csv(String db, String query) {
        CommandRun r = CommandRun.of("query", query, "--db", db, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
