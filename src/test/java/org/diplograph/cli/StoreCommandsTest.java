package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** remove, ingest --reextract, the older-extractor notice and store errors, as a user runs them. */
class StoreCommandsTest {
    private static final String KEY = "002_60b42acfeed2b7c8";

    @TempDir Path tmp;

    @Test
    void removeTakesAnArticleOutAndNamesAKeyItDoesNotHold() {
        String db = tmp.resolve("data").toString();
        assertEquals(0, CommandRun.of("ingest", "--db", db, "seeds").exit());

        CommandRun r = CommandRun.of("remove", "--db", db, KEY);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Removed " + KEY), r.out());
        // five pages and their 25 teasers; the page removed takes its own four teasers with it
        assertTrue(r.out().contains("25 articles"), r.out());

        CommandRun again = CommandRun.of("remove", "--db", db, KEY);
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("no article \"" + KEY + "\""), again.err());
    }

    @Test
    void reextractReadsEveryStoredArticleAgainAndNeedsNoPath() {
        String db = tmp.resolve("data").toString();
        assertEquals(0, CommandRun.of("ingest", "--db", db, "seeds").exit());
        CommandRun r = CommandRun.of("ingest", "--db", db, "--reextract");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 new, 5 changed, 0 unchanged articles"), r.out());
        assertEquals(2, CommandRun.of("ingest", "--db", db, "--reextract", "seeds").exit(), "files or --reextract, not both");
        assertEquals(2, CommandRun.of("ingest", "--db", db).exit(), "neither");
    }

    @Test
    void saysWhenStoredArticlesWereReadByAnOlderExtractor() {
        Path db = tmp.resolve("data");
        assertEquals(0, CommandRun.of("ingest", "--db", db.toString(), "seeds").exit());
        try (Store store = Store.open(db)) {
            StringWriter err = new StringWriter();
            LocalIngest.olderExtractors(store, new PrintWriter(err, true));
            assertEquals("", err.toString(), "all current");

            Node graph = NodeFactory.createURI(Iris.articleGraph(KEY));
            Txn.executeWrite(store.dataset(), () -> {
                Quad q = store.dataset().find(graph, Node.ANY, DIP.extractorVersion, Node.ANY).next();
                store.dataset().delete(q);
                store.dataset().add(graph, q.getSubject(), DIP.extractorVersion, NodeFactory.createLiteralString("0"));
            });
            LocalIngest.olderExtractors(store, new PrintWriter(err, true));
            assertTrue(err.toString().contains("1 stored article was read by an older extractor (version 0"), err.toString());
            assertTrue(err.toString().contains("ingest --reextract"), err.toString());
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsOneClearLine() throws Exception {
        Path plain = Files.writeString(tmp.resolve("plain"), "not a folder");
        String db = plain.resolve("data").toString();
        CommandRun r = CommandRun.of("ingest", "--db", db, "seeds");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("diplograph: ") && r.err().contains(db), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void updatesNeedBothOptions() {
        Path db = tmp.resolve("data");
        CommandRun r = CommandRun.of("serve", "--db", db.toString(), "--port", "0", "--allow-update");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--password-file"), r.err());
    }
}
