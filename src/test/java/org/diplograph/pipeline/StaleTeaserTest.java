package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.store.Store;

/** A page read again with a shorter teaser list leaves no teaser of the old list behind. */
class StaleTeaserTest {
    static final String PAGE = """
            Un titre de page

            Hanoi (VNA) - Le vice-ministre Dao Van Khiem a reçu le 3 juin l'ambassadeur du Pérou, Luis Vargas.-VNA

            Voir plus

            Le Vietnam et le Chili renforcent leur coopération agricole

            Le ministre Pham Van Nghia a rencontré le 2 juin l'ambassadrice du Chili, Carla Muñoz.

            Le Vietnam et l'Argentine discutent du commerce

            Le vice-ministre Le Van Phuc a reçu le 1er juin le consul d'Argentine, Martín Ruiz.
            """;

    @Test
    void teasersNoLongerListedAreRemoved(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path page = in.resolve("page.txt");
        Files.writeString(page, PAGE);
        try (Store store = Store.open(tmp.resolve("data"))) {
            Ingest.create().store(store).teasers(true).build().run(List.of(in.toString()));
            assertTrue(holds(store, "page~teaser-2"), "two teasers read");
            String shorter = PAGE.substring(0, PAGE.indexOf("Le Vietnam et l'Argentine"));
            Files.writeString(page, shorter);
            Ingest.create().store(store).teasers(true).build().run(List.of(in.toString()));
            assertTrue(holds(store, "page~teaser-1"));
            assertFalse(holds(store, "page~teaser-2"), "the teaser gone from the page is gone from the graph");
        }
    }

    private static boolean holds(Store store, String key) {
        Node g = NodeFactory.createURI(Iris.articleGraph(key));
        return Txn.calculateRead(store.dataset(), () -> store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }
}
