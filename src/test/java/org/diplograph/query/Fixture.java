package org.diplograph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The hand-written fixture graph (src/test/resources/fixture/graph.trig) loaded into a real TDB2 dataset. */
public final class Fixture {
    public static final String ID = "https://w3id.org/diplograph/id/";

    private Fixture() {}

    /** A TDB2 dataset in {@code dir} holding the fixture, serving the union of its named graphs as default graph. */
    public static DatasetGraph load(Path dir) {
        // laid out as the commands expect a data folder: the database in dir/tdb2
        org.diplograph.store.Store store = org.diplograph.store.Store.open(dir);
        fill(store);
        return store.dataset();
    }

    /**
     * Writes the fixture into the data folder {@code dir} and releases it, database and text index
     * both, for a test that opens the folder again as a command would.
     */
    public static void write(Path dir) {
        try (org.diplograph.store.Store store = org.diplograph.store.Store.open(dir)) {
            fill(store);
        }
    }

    private static void fill(org.diplograph.store.Store store) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            try (InputStream in = Fixture.class.getResourceAsStream("/fixture/graph.trig")) {
                RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        store.text().rebuild();   // written around the article sink, which keeps the text index
    }

    /** Number of quads in all named graphs, to see that nothing changed the dataset. */
    public static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }
}
