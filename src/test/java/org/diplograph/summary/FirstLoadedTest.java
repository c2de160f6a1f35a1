package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.pipeline.Ingest;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two equally clean copies of one story: the one loaded first stays the original, whatever the keys. */
class FirstLoadedTest {
    static final String STORY = """
            Le Vietnam et le Chili renforcent leurs échanges

            Santiago (VNA) - Le vice-ministre vietnamien de l'Industrie, Tran Van Minh, a rencontré le 6 mai à Santiago \
            le ministre chilien de l'Économie, Andrés Fuentes. Les deux parties ont convenu de promouvoir le commerce \
            des fruits et des produits de la mer, et d'encourager les investissements croisés dans l'énergie solaire.-VNA
            """;

    @Test
    void onATieTheCopyLoadedFirstIsTheOriginal(@TempDir Path tmp) throws IOException {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(first.resolve("zz-story.txt"), STORY);
        Files.writeString(second.resolve("aa-story.txt"), STORY.replace("Santiago (VNA)", "Santiago (VNA) "));
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).build().run(List.of(first.toString()));
            Ingest.create().store(store).build().run(List.of(second.toString()));
            List<Node> links = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> store.dataset().find(Node.ANY, Node.ANY, DIP.duplicateOf, Node.ANY)
                    .forEachRemaining(q -> links.add(q.getObject())));
            assertEquals(1, links.size(), links.toString());
            assertTrue(links.get(0).getURI().equals(Iris.article("zz-story")), "the copy loaded first: " + links);
        }
    }
}
