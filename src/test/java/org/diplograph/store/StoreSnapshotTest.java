package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;
import org.diplograph.pipeline.Ingest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots of a real TDB2 dataset with its text index, and the read-only store that serves one. */
class StoreSnapshotTest {
    private static final String TEXT = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final List<String> SEARCHES = List.of(
            TEXT + "SELECT ?x { ?x text:query \"hanoi\" }",
            TEXT + "SELECT ?x { ?x text:query \"visite japon\" }",
            TEXT + "SELECT ?x { ?x text:query (rdfs:label \"ishida\") }",
            TEXT + "SELECT ?x { ?x text:query (rdfs:label \"kitaoka\") }");

    @TempDir Path tmp;

    private Path seeded() {
        Path db = tmp.resolve("data");
        try (Store store = Store.open(db)) {
            Ingest.create().store(store).build().run(List.of("seeds"));
        }
        return db;
    }

    private Path snapshotOfSeeds() {
        Path out = tmp.resolve("snap");
        try (Store store = Store.open(seeded())) {
            StoreSnapshot.write(store, out, "x");
        }
        return out;
    }

    @Test
    void aSnapshotHoldsTheSameQuadsAndItsTextIndexFindsTheSame() throws Exception {
        Path db = seeded();
        Path out = tmp.resolve("snap");
        Map<Node, Graph> before;
        List<List<String>> found = new ArrayList<>();
        StoreSnapshot.Result r;
        GraphCounts counts;
        try (Store store = Store.open(db)) {
            before = Snapshot.of(store.dataset(), null);
            counts = GraphCounts.of(store.dataset());
            for (String q : SEARCHES) found.add(hits(store, q));
            r = StoreSnapshot.write(store, out, "test-extractor");
        }
        assertEquals(counts.articles(), r.manifest().articles());
        assertEquals(counts.triples(), r.manifest().quads());
        assertEquals("test-extractor", r.manifest().extractor());
        assertEquals(FolderFormat.CURRENT, r.manifest().dataFormat());
        assertTrue(found.stream().allMatch(h -> !h.isEmpty()), "each search finds something in the source: " + found);
        try (Store copy = Store.openReadOnly(out)) {
            Snapshot.assertSame(before, Snapshot.of(copy.dataset(), null));
            for (int i = 0; i < SEARCHES.size(); i++) assertEquals(found.get(i), hits(copy, SEARCHES.get(i)), SEARCHES.get(i));
            assertThrows(DiplographException.class, () -> copy.text().rebuild(), "a read-only index takes no write");
        }
        assertEquals(List.of(), SnapshotManifest.verify(out), "served read-only, not a byte changed");
        assertFalse(Files.exists(out.resolve(TextIndex.FOLDER).resolve("write.lock")), "no lock file left in the index");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains(".partial-")).toList(), "nothing left beside it");
        }
    }

    @Test
    void snapshotsTakenWhileArticlesAreWrittenHaveAnIndexOfTheirOwnQuads() throws Exception {
        Path db = tmp.resolve("data");
        List<String> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.map(Path::toString).sorted().toList();
        }
        List<Path> snapshots = new ArrayList<>();
        try (Store store = Store.open(db)) {
            Thread writer = new Thread(() -> {
                for (String seed : seeds) Ingest.create().store(store).build().run(List.of(seed));   // a transaction each
            });
            writer.start();
            for (int i = 0; writer.isAlive() || i < 2; i++) {
                Path out = tmp.resolve("snap-" + i);
                StoreSnapshot.write(store, out, "x");
                snapshots.add(out);
            }
            writer.join();
        }
        for (Path out : snapshots) {
            try (Store copy = Store.openReadOnly(out)) {
                List<String> articles = hits(copy, "SELECT DISTINCT ?x { ?x a <" + org.diplograph.rdf.DIP.NS + "Article> }");
                List<String> indexed = hits(copy, TEXT + "SELECT DISTINCT ?x { ?x text:query \"*:*\" ; a <"
                        + org.diplograph.rdf.DIP.NS + "Article> }");
                assertEquals(articles, indexed, out + ": the index holds the articles of the same commit");
            }
        }
    }

    @Test
    void verifyNamesAChangedAMissingAndAnAddedFile() throws Exception {
        Path out = snapshotOfSeeds();
        assertEquals(List.of(), SnapshotManifest.verify(out));
        Path nodes = out.resolve("tdb2").resolve("Data-0001").resolve("nodes.dat");
        try (RandomAccessFile f = new RandomAccessFile(nodes.toFile(), "rw")) {
            f.seek(10);
            int b = f.read();
            f.seek(10);
            f.write(b ^ 0x01);   // one bit, same size
        }
        List<String> changed = SnapshotManifest.verify(out);
        assertEquals(List.of(nodes + ": its SHA-256 differs from the manifest's (the file was changed)"), changed);

        Path format = out.resolve("format");
        Files.delete(format);
        Files.writeString(out.resolve("tdb2").resolve("extra"), "x");
        List<String> more = SnapshotManifest.verify(out);
        assertTrue(more.contains(format + ": missing"), more.toString());
        assertTrue(more.contains(out.resolve("tdb2").resolve("extra") + ": not in the manifest"), more.toString());
        assertEquals(3, more.size(), more.toString());
    }

    @Test
    void aTargetThatIsNotAnEmptyFolderIsRefusedAndLeftAlone() throws Exception {
        Path db = seeded();
        Path taken = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (Store store = Store.open(db)) {
            DiplographException e = assertThrows(DiplographException.class, () -> StoreSnapshot.write(store, taken, "x"));
            assertEquals(taken + " exists and is not an empty folder: give the snapshot a new folder", e.getMessage());
            assertEquals(List.of(taken.resolve("notes.txt")), list(taken));
            StoreSnapshot.write(store, empty, "x");
        }
        assertEquals(List.of(), SnapshotManifest.verify(empty), "an empty folder is taken");
    }

    @Test
    void aReadOnlyOpenRefusesWhatItWouldHaveToBuildOrUpgrade() throws Exception {
        Path out = snapshotOfSeeds();
        Files.createFile(out.resolve(TextIndex.CHANGING));
        DiplographException behind = assertThrows(DiplographException.class, () -> Store.openReadOnly(out));
        assertTrue(behind.getMessage().contains("has a text index behind its dataset") && !behind.getMessage().contains("\n"),
                behind.getMessage());
        Files.delete(out.resolve(TextIndex.CHANGING));

        FolderFormat.stamp(out, 1);
        DiplographException older = assertThrows(DiplographException.class, () -> Store.openReadOnly(out));
        assertTrue(older.getMessage().contains("is in data format 1") && older.getMessage().contains("diplograph snapshot --db"),
                older.getMessage());
        FolderFormat.stamp(out, FolderFormat.CURRENT);

        Path noIndex = tmp.resolve("no-index");
        Files.createDirectories(noIndex);
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.toList()) {
                String rel = out.relativize(p).toString();
                if (rel.startsWith(TextIndex.FOLDER) || rel.isEmpty()) continue;
                if (Files.isDirectory(p)) Files.createDirectories(noIndex.resolve(rel)); else Files.copy(p, noIndex.resolve(rel));
            }
        }
        DiplographException missing = assertThrows(DiplographException.class, () -> Store.openReadOnly(noIndex));
        assertTrue(missing.getMessage().contains("has no text index"), missing.getMessage());
        assertFalse(Files.exists(noIndex.resolve(TextIndex.FOLDER)), "nothing built");
        assertThrows(DiplographException.class, () -> Store.openReadOnly(tmp.resolve("nothing-here")));
        assertFalse(Files.exists(tmp.resolve("nothing-here")), "nothing created");
    }

    private static List<String> hits(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("x").toString()));
            }
            out.sort(null);
            return out;
        });
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
