package org.diplograph.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.RunProvenance;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Store;
import org.diplograph.store.StoreWrite;

/**
 * Adds one node per ingest run to {@code id:graph/runs}, so that the dataset says when and from
 * which files it was loaded. A run that added, changed and failed nothing is not recorded (the ingest
 * decides), so re-running a load leaves the dataset as it was. The node's {@code dip:tripleCount} is
 * the number of quads in the dataset when the run ended, the node itself aside; a run that does not
 * count the dataset (a server's, one request or one scan of a watched folder) states none: counting
 * the quads of a large dataset is a pass over an index of every quad, seconds at 100,000 articles,
 * longer than writing the article the run reads.
 */
final class RunLog {
    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** What the run node states; {@code triples} null when the run did not count the dataset. */
    record Entry(Instant started, Instant ended, List<String> files, int articlesNew, int articlesChanged,
                 int articlesUnchanged, int failed, Long triples, String extractorVersion) {}

    private RunLog() {}

    /**
     * Writes the run's node and returns how many quads that added to the dataset, so that its size
     * after the record is known without counting it again.
     */
    static long record(Store store, Entry e) {
        DatasetGraph dsg = store.dataset();
        Node run = Terms.id("run/" + RUN_ID.format(e.started()));
        long[] added = new long[1];
        StoreWrite.run(store, "the run's record", () -> {
            List<Triple> record = new java.util.ArrayList<>();
            record.add(Triple.create(run, RDF.Nodes.type, Terms.INGEST_RUN));
            record.add(Triple.create(run, RDF.Nodes.type, Terms.ACTIVITY));
            record.add(Triple.create(run, Terms.STARTED, time(e.started())));
            record.add(Triple.create(run, Terms.ENDED, time(e.ended())));
            e.files().forEach(f -> record.add(Triple.create(run, Terms.INPUT_FILE, NodeFactory.createLiteralString(f))));
            record.add(Triple.create(run, Terms.ARTICLES_NEW, integer(e.articlesNew())));
            record.add(Triple.create(run, Terms.ARTICLES_CHANGED, integer(e.articlesChanged())));
            record.add(Triple.create(run, Terms.ARTICLES_UNCHANGED, integer(e.articlesUnchanged())));
            record.add(Triple.create(run, Terms.ARTICLES_FAILED, integer(e.failed())));
            if (e.triples() != null) record.add(Triple.create(run, Terms.TRIPLE_COUNT, integer(e.triples())));
            record.add(Triple.create(run, Terms.EXTRACTOR_VERSION, NodeFactory.createLiteralString(e.extractorVersion())));
            record.addAll(RunProvenance.of(run, e.started().toString()));
            // counted quad by quad, not by the runs graph's size before and after: a server records
            // a run per request, and the size of a graph is a pass over its quads
            for (Triple t : record) {
                if (dsg.contains(Terms.RUNS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject())) continue;
                dsg.add(Terms.RUNS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
                added[0]++;
            }
        });
        return added[0];
    }

    private static Node time(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    /** A count as an xsd:integer literal. */
    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
