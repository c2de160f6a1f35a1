package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.diplograph.query.Fixture;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.TestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts export on the fixture graph, compared with hand-written JSON per article. */
class FactsExportTest extends FixtureTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> STORIES = List.of("conference-id", "story-jp-vn", "story-jp-vn-copy", "story-la-vn");


    static JsonNode expected(String key) throws IOException {
        try (InputStream in = FactsExportTest.class.getResourceAsStream("/fixture/facts/" + key + ".json")) {
            return JSON.readTree(in);
        }
    }

    static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    @Test
    void writesEachStoryExactlyAndLeavesTheTeaserOut(@TempDir Path out) throws IOException {
        List<Path> files = FactsExport.create(QueryRunner.local(dsg)).write(out);
        assertEquals(STORIES.stream().map(k -> k + ".json").toList(), names(files));
        try (var listing = Files.list(out)) {
            assertEquals(STORIES.size(), listing.count());
        }
        for (String key : STORIES) {
            assertEquals(expected(key), JSON.readTree(out.resolve(key + ".json").toFile()), key);
        }
    }

    @Test
    void writesTheTeaserWhenAskedTo(@TempDir Path out) throws IOException {
        List<Path> files = FactsExport.create(QueryRunner.local(dsg)).teasers(true).write(out);
        assertEquals(5, files.size());
        assertEquals(expected("teaser-by-vn"), JSON.readTree(out.resolve("teaser-by-vn.json").toFile()));
    }

    @Tag("integration")
    @Test
    void givesTheSameFactsThroughAnEndpoint() {
        try (TestServer server = TestServer.start(dsg)) {
            assertEquals(FactsExport.create(QueryRunner.local(dsg)).teasers(true).facts(),
                    FactsExport.create(QueryRunner.remote(server.queryUrl())).teasers(true).facts());
        }
    }

    @Test
    void anAgreementDeletedFromTheGraphVanishesFromTheExport(@TempDir Path tmp) throws IOException {
        DatasetGraph own = Fixture.load(tmp.resolve("db"));
        try {
            Txn.executeWrite(own, () -> UpdateAction.parseExecute("""
                    DELETE WHERE { GRAPH ?g { <https://w3id.org/diplograph/id/agreement/story-jp-vn/1> ?p ?o } } ;
                    DELETE WHERE { GRAPH ?g { ?s ?p <https://w3id.org/diplograph/id/agreement/story-jp-vn/1> } }
                    """, own));
            Path out = tmp.resolve("out");
            FactsExport.create(QueryRunner.local(own)).write(out);

            ObjectNode story = (ObjectNode) expected("story-jp-vn");
            story.putArray("agreements");
            assertEquals(story, JSON.readTree(out.resolve("story-jp-vn.json").toFile()));
            // the copy's own agreement node is another fact and stays
            assertEquals(expected("story-jp-vn-copy"), JSON.readTree(out.resolve("story-jp-vn-copy.json").toFile()));
        } finally {
            own.close();
        }
    }

    @Test
    void fileNamesHoldNoPathCharacters() {
        assertEquals("https___example.org_a_1.json", FactsExport.fileName("https://example.org/a?1"));
        assertTrue(FactsExport.fileName("001_04a527d0d29b2ca9").equals("001_04a527d0d29b2ca9.json"));
    }
}
