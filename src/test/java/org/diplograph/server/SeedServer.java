package org.diplograph.server;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;

/** The seeds ingested into a fresh store in {@code folder} and served on a free loopback port. */
public final class SeedServer implements AutoCloseable {
    public static final String PREFIXES = "PREFIX dip: <" + org.diplograph.rdf.DIP.NS + ">\n"
            + "PREFIX id: <" + org.diplograph.rdf.Vocab.ID + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** The French label of Japan, from the ontology graph. */
    public static final String JAPAN_LABEL = PREFIXES
            + "SELECT ?label { <" + org.diplograph.rdf.Vocab.ID + "country/JP> rdfs:label ?label FILTER(LANG(?label) = \"fr\") }";
    public static final String ARTICLE_COUNT = PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a dip:Article }";

    final Store store;
    final DiplographServer server;
    final IngestReport report;

    private SeedServer(Store store, DiplographServer server, IngestReport report) {
        this.store = store;
        this.server = server;
        this.report = report;
    }

    public static SeedServer start(Path folder) {
        Store store = Store.open(folder);
        IngestReport report = Ingest.create().store(store).build().run(List.of("seeds"));
        DiplographServer server = DiplographServer.create().store(store).port(0).build().start();
        return new SeedServer(store, server, report);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
