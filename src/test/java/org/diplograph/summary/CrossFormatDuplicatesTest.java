package org.diplograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.article.PageSplitter;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One story read as an HTML page and as a glued plain-text JSON record is found to be one story. */
class CrossFormatDuplicatesTest {
    @TempDir Path tmp;

    @Test
    void anHtmlPageAndAGluedTextRecordOfTheSameStoryAreLinked() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path html = Path.of(getClass().getResource("/pages/visite.html").toURI());
        Files.copy(html, in.resolve("visite.html"));
        SourceDoc[] page = new SourceDoc[1];
        new SourceReader((o, m) -> {
            throw new AssertionError(m);
        }).read(html, d -> page[0] = d);
        String story = PageSplitter.split(page[0]).text();
        String main = story.substring(0, story.indexOf("Le Laos et le Cambodge")); // the story, not its teasers
        String glued = main.replace("ministre vietnamien", "ministrevietnamien").replace("un protocole", "unprotocole")
                .replace("le développement", "ledéveloppement");
        Files.writeString(in.resolve("copies.jsonl"), new ObjectMapper().writeValueAsString(
                Map.of("id", "copie", "text", glued, "published", "2024-03-12")) + "\n");

        try (Store store = Store.open(tmp.resolve("data"))) {
            IngestReport r = Ingest.create().store(store).teasers(true).build().run(List.of(in.toString()));
            assertEquals(0, r.failed(), r.problems().toString());
            DatasetGraph dsg = store.dataset();
            Node copy = NodeFactory.createURI(Iris.article("copie"));
            Node original = NodeFactory.createURI(Iris.article("visite"));
            Txn.executeRead(dsg, () -> {
                assertTrue(dsg.contains(Node.ANY, copy, DIP.duplicateOf, original),
                        "the glued copy repeats the clean HTML page");
                assertTrue(!dsg.contains(Node.ANY, original, DIP.duplicateOf, Node.ANY));
                assertTrue(!dsg.contains(Node.ANY, NodeFactory.createURI(Iris.article("visite~teaser-1")), DIP.duplicateOf,
                        Node.ANY), "teasers are never linked as copies");
                assertTrue(dsg.contains(Node.ANY, NodeFactory.createURI(Iris.article("visite~teaser-1")), DIP.isTeaser,
                        Node.ANY), "a teaser is marked as one");
            });
        }
    }
}
