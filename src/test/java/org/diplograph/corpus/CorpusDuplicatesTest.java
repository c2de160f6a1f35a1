package org.diplograph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated stories read alike only when written as copies: the duplicate links the whole pipeline
 * (extraction, fingerprints, banding) makes on a generated corpus are the planned copies.
 */
class CorpusDuplicatesTest {
    @TempDir Path tmp;

    @Test
    void theDuplicateLinksOfTheIngestAreThePlannedCopies() throws IOException {
        int count = 300;
        Corpus corpus = Corpus.create().seed(21).count(count).build();
        Corpus.Written written = corpus.write(tmp.resolve("corpus"));
        // planned: each copy and the story it repeats belong to one group, named by the original
        Map<String, String> group = new HashMap<>();
        int planned = 0;
        for (int i = 0; i < count; i++) {
            JsonNode a = CorpusTest.JSON.readTree(corpus.answer(i));
            String of = a.get("duplicate_of").isNull() ? null : a.get("duplicate_of").asText();
            group.put(corpus.key(i), of == null ? corpus.key(i) : of);
            if (of != null) planned++;
        }
        assertEquals(written.duplicates(), planned);
        assertTrue(planned >= 8, planned + " copies planned");

        Map<String, String> links = new HashMap<>();
        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestReport r = Ingest.create().store(store).batch(64).mode(Ingest.Mode.EXCLUSIVE).build().run(List.of(written.pages().toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            assertEquals(count, r.articlesNew());
            DatasetGraph dsg = store.dataset();
            Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, DIP.duplicateOf, Node.ANY).forEachRemaining(q ->
                    links.put(Iris.articleKeyOf(q.getSubject().getURI()), Iris.articleKeyOf(q.getObject().getURI()))));
        }
        int right = 0;
        Set<String> covered = new HashSet<>();
        for (Map.Entry<String, String> l : links.entrySet()) {
            if (!group.get(l.getKey()).equals(group.get(l.getValue()))) continue;
            right++;
            // the pipeline may keep either of the two as the original (the one with fewer repairs)
            covered.add(group.get(l.getKey()).equals(l.getKey()) ? l.getValue() : l.getKey());
        }
        System.out.printf("%d planned copies; %d links made, %d of them between a copy and its story, covering %d copies%n",
                planned, links.size(), right, covered.size());
        assertTrue(right >= 0.9 * links.size(), right + " of " + links.size() + " links join planned copies: " + links);
        assertTrue(covered.size() >= 0.9 * planned, covered.size() + " of " + planned + " planned copies linked");
    }
}
