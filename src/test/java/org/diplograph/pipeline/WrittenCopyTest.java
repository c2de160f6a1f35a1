package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.LeavingOut;
import org.diplograph.store.Store;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article being written is compared with the stored ones as its facts say, not as read back from
 * the dataset: written by a mapper that leaves its fingerprint out, a copy of a stored story is still
 * linked to it, by the fingerprint of its facts (read back, it would have none and be linked to nothing).
 */
class WrittenCopyTest {
    private static final String STORY = """
            Le Vietnam et le Chili renforcent leurs échanges

            Santiago (VNA) - Le vice-ministre vietnamien de l'Industrie, Tran Van Minh, a rencontré le 6 mai à Santiago \
            le ministre chilien de l'Économie, Andrés Fuentes. Les deux parties ont convenu de promouvoir le commerce \
            des fruits et des produits de la mer, et d'encourager les investissements croisés dans l'énergie solaire.-VNA
            """;

    @ParameterizedTest
    // the second run adds to a dataset, which a bulk load does not (it fills an empty one, linking from the facts too)
    @EnumSource(value = Ingest.Mode.class, names = {"LIVE", "EXCLUSIVE"})
    void theWrittenArticleIsComparedByItsFacts(Ingest.Mode mode, @TempDir Path tmp) throws IOException {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(first.resolve("story.txt"), STORY);
        Files.writeString(second.resolve("copy.txt"), STORY.replace("Santiago (VNA)", "Santiago (VNA) "));
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).mode(mode).build().run(List.of(first.toString()));
            Ingest.create().store(store).mode(mode).mapper(new LeavingOut(DIP.fingerprint)).build()
                    .run(List.of(second.toString()));
            Node copy = NodeFactory.createURI(Iris.article("copy"));
            List<Quad> links = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> {
                assertEquals(false, store.dataset().find(Node.ANY, copy, DIP.fingerprint, Node.ANY).hasNext(),
                        "the copy's fingerprint is not stored");
                store.dataset().find(Node.ANY, Node.ANY, DIP.duplicateOf, Node.ANY).forEachRemaining(links::add);
            });
            assertEquals(1, links.size(), links.toString());
            assertEquals(copy, links.get(0).getSubject());
            assertEquals(Iris.article("story"), links.get(0).getObject().getURI());
        }
    }
}
