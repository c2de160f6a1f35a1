package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.jena.graph.Node;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultTable;
import org.diplograph.rdf.DIP;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written by the build before the folder's format was stamped opens, answers and takes
 * new articles as it did, and gets the text index it lacked when it is first opened; a folder of a
 * format this build does not read is refused with one line.
 *
 * <p>The fixture {@code folders/before-stamp.zip} is such a folder, made with the previous build's
 * own commands (a generated story, not a wire's text):
 * <pre>
 *   java -jar diplograph.jar corpus --count 2 --seed 17 gen
 *   java -jar diplograph.jar ingest --db data gen/pages/g000001.txt
 *   java -jar diplograph.jar compact --db data        (fewer files to pack)
 *   find data -name tdb.lock -delete                   (the writer's process id, not data)
 *   zip -9 -r -X before-stamp.zip data
 * </pre>
 * That build then reported {@code Dataset: 11580 quads, 6 articles, 9 countries, 9 organisations, 11
 * persons, 1 agreements, 3 events}, and its {@code query network} printed the rows of {@link #NETWORK}.
 */
class EarlierDataFolderTest {
    /** What {@code query --format csv network} printed on the fixture, by the build that wrote it. */
    private static final List<String> NETWORK = List.of(
            "relation,a,aLabel,b,bLabel,events,agreements,articles,weight",
            "https://w3id.org/diplograph/id/relation/CO-NL,CO,Colombie,NL,Pays-Bas,1,1,1,2",
            "https://w3id.org/diplograph/id/relation/BR-VN,BR,Brésil,VN,Viêt Nam,1,0,1,1",
            "https://w3id.org/diplograph/id/relation/SE-SG,SE,Suède,SG,Singapour,1,0,1,1",
            "https://w3id.org/diplograph/id/relation/CH-VN,CH,Suisse,VN,Viêt Nam,0,0,1,0",
            "https://w3id.org/diplograph/id/relation/ID-VN,ID,Indonésie,VN,Viêt Nam,0,0,1,0");

    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    /**
     * The quads but the rows formats 2 to 5 add: the office rows (dip:holdingTally), the timeline rows
     * (dip:timelineTally) and their pages (dip:timelinePage), the evidence rows (dip:evidenceTally) and
     * their pages (dip:evidencePage), each with the rows it links to, and the review rows
     * (dip:reviewList), their lists (dip:reviewConfidence) and the lists' pages (dip:reviewPage), and
     * the ministry rows (dip:ministryTally).
     */
    private static final String QUADS_BUT_SUMMARY_ROWS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
            + " FILTER(?p NOT IN (dip:holdingTally, dip:timelineTally, dip:timelinePage, dip:evidenceTally, dip:evidencePage, dip:ministryTally))"
            + " FILTER NOT EXISTS { GRAPH ?g { ?key dip:holdingTally|dip:timelineTally|dip:timelinePage|dip:evidenceTally|dip:evidencePage|dip:reviewPage|dip:ministryTally ?s } }"
            + " FILTER NOT EXISTS { GRAPH ?g { ?s dip:reviewList|dip:reviewConfidence ?any } } }";
    private static final String MINISTRY_ROWS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?ministry dip:ministryTally ?row } }";
    private static final String REVIEW_ROWS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?row dip:reviewList ?list } }";
    private static final String EVIDENCE_ROWS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?entity dip:evidenceTally ?row } }";
    private static final String TIMELINE_ROWS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?item dip:timelineTally ?row } }";
    private static final String ARTICLES = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?a a dip:Article } }";

    @TempDir Path tmp;

    @Test
    void aFolderFromBeforeTheStampOpensAnswersAsWrittenAndTakesNewArticles() throws IOException {
        Path data = unpack(tmp);
        String db = data.toString();
        assertFalse(Files.exists(data.resolve("format")), "the previous build wrote no stamp");

        // the first command brings the folder to format 5: what the earlier build wrote stays, the office,
        // timeline, evidence, review and ministry rows are added
        assertEquals("11580", count(db, QUADS_BUT_SUMMARY_ROWS));
        assertTrue(Integer.parseInt(count(db, QUADS)) > 11580, "the office and timeline rows written");
        assertTrue(Integer.parseInt(count(db, TIMELINE_ROWS)) > 0, "the timeline rows written");
        assertTrue(Integer.parseInt(count(db, EVIDENCE_ROWS)) > 0, "the evidence rows written");
        assertTrue(Integer.parseInt(count(db, REVIEW_ROWS)) > 0, "the review rows written");
        assertEquals("6", count(db, ARTICLES));
        CommandRun network = CommandRun.of("query", "--db", db, "--format", "csv", "network");
        assertEquals(0, network.exit(), network.err());
        assertEquals(NETWORK, network.out().lines().toList(), "the summary counts the previous build kept");
        assertEquals("diplograph data format 5", Files.readString(data.resolve("format")).strip(),
                "opened as format 1, given its text index, office, timeline, evidence, review and ministry rows by the command that opened it, and stamped format 5");
        // the text index was built when the folder was first opened: names and words are found
        assertTrue(Files.isDirectory(data.resolve("text")));
        CommandRun find = CommandRun.of("query", "--db", db, "--format", "csv", "find", "-p", "text=colombie");
        assertEquals(0, find.exit(), find.err());
        assertTrue(find.out().contains("/country/CO,"), find.out());
        assertOfficesAsEarlierText(data);
        assertTimelinesAsEarlierText(data);
        assertEvidenceAsEarlierText(data);
        assertReviewAsEarlierText(data);
        assertMinistriesAsEarlierText(data);

        // another generated story, a pair the fixture has not got
        assertEquals(0, CommandRun.of("corpus", "--count", "1", "--seed", "17", tmp.resolve("gen").toString()).exit());
        CommandRun ingest = CommandRun.of("ingest", "--db", db, tmp.resolve("gen/pages").toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().contains(": 1 new, 0 changed, 0 unchanged articles"), ingest.out());

        List<String> after = CommandRun.of("query", "--db", db, "--format", "csv", "network").out().lines().toList();
        assertTrue(after.containsAll(NETWORK.subList(1, NETWORK.size())), "what was there stays: " + after);
        assertTrue(after.stream().anyMatch(r -> r.contains("/relation/PH-VN,")), "the new story's pair: " + after);
        assertTrue(Integer.parseInt(count(db, ARTICLES)) > 6);
        CommandRun again = CommandRun.of("ingest", "--db", db, tmp.resolve("gen/pages").toString());
        assertTrue(again.out().contains(": 0 new, 0 changed, 1 unchanged articles"), "the old folder is current: " + again.out());
        assertEvidenceAsEarlierText(data);
    }

    @Test
    void aFolderOfANewerFormatIsRefusedWithOneLineAndLeftAlone() throws IOException {
        Path data = unpack(tmp);
        Files.writeString(data.resolve("format"), "diplograph data format 6\n");
        List<Path> before = listing(data);

        for (String[] command : List.of(
                new String[] {"query", "--db", data.toString(), "network"},
                new String[] {"ingest", "--db", data.toString(), "--reextract"},
                new String[] {"recount", "--db", data.toString()})) {
            CommandRun r = CommandRun.of(command);
            assertEquals(1, r.exit(), command[0] + ": " + r.out() + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(": The data folder " + data + " is in data format 6, newer than"), r.err());
            assertTrue(r.err().contains("'diplograph ingest --db NEW_FOLDER PATH...'"), "names the way out: " + r.err());
        }
        assertEquals(before, listing(data), "nothing written into the folder");
        assertEquals("diplograph data format 6", Files.readString(data.resolve("format")).strip());
    }

    @Test
    void aNewFolderIsStampedWhenItIsCreated() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(0, CommandRun.of("ingest", "--db", data.toString(), "src/test/resources/pages/visite.html").exit());
        assertEquals("diplograph data format 5", Files.readString(data.resolve("format")).strip());
    }

    /**
     * A folder of format 2 (office rows, no timeline, evidence or review rows) is brought to format 5
     * by the first command that opens it: the timeline, evidence and review rows and pages are
     * written, and pair-timeline, evidence and review answer as their earlier texts do. The folder is made from the
     * format-1 fixture, upgraded, then stripped of what formats 3 and 4 add and stamped 2, which is
     * what a build of format 2 left.
     */
    @Test
    void aFolderOfFormatTwoGetsItsTimelineRows() throws IOException {
        Path data = olderFolder(2, List.of(DIP.timelineTally, DIP.timelinePage, DIP.evidenceTally, DIP.evidencePage));
        String db = data.toString();
        assertOpensAsCurrent(data);
        assertTrue(Integer.parseInt(count(db, TIMELINE_ROWS)) > 0, "the timeline rows written");
        assertTrue(Integer.parseInt(count(db, REVIEW_ROWS)) > 0, "the review rows written");
        assertTimelinesAsEarlierText(data);
        assertEvidenceAsEarlierText(data);
        assertReviewAsEarlierText(data);
    }

    /**
     * A folder of format 3 (timeline rows, no evidence or review rows) is brought to format 5 by the
     * first command that opens it: the evidence and review rows and pages are written, the timeline
     * rows stay, and evidence and review answer as their earlier texts do. Made as the format-2 folder
     * is, stripped of the evidence and review rows alone.
     */
    @Test
    void aFolderOfFormatThreeGetsItsEvidenceAndReviewRows() throws IOException {
        Path data = olderFolder(3, List.of(DIP.evidenceTally, DIP.evidencePage));
        String db = data.toString();
        assertOpensAsCurrent(data);
        assertTrue(Integer.parseInt(count(db, EVIDENCE_ROWS)) > 0, "the evidence rows written");
        assertTrue(Integer.parseInt(count(db, REVIEW_ROWS)) > 0, "the review rows written");
        assertTrue(Integer.parseInt(count(db, TIMELINE_ROWS)) > 0, "the timeline rows kept");
        assertTimelinesAsEarlierText(data);
        assertEvidenceAsEarlierText(data);
        assertReviewAsEarlierText(data);
    }

    /**
     * The fixture brought to the current format by a first command, then stripped of the rows
     * {@code lacking} links to, of the ministry rows (which format 5 adds) and, below format 4, of
     * the review rows (which format 4 adds), and stamped {@code format}: what a build of that format left.
     */
    private Path olderFolder(int format, List<Node> lacking) throws IOException {
        Path data = unpack(tmp);
        assertEquals(0, CommandRun.of("query", "--db", data.toString(), "network").exit());
        List<Node> links = new java.util.ArrayList<>(lacking);
        links.add(DIP.ministryTally);   // what format 5 adds
        strip(data, links);
        if (format < 4) {
            try (Store store = Store.open(data)) {
                stripReviewRows(store);
            }
        }
        Files.writeString(data.resolve("format"), "diplograph data format " + format + "\n");
        return data;
    }

    /**
     * The next command draws the network as before and stamps the folder with the current format, and
     * ministries, which reads the ministry rows format 5 adds, answers as its earlier text does.
     */
    private static void assertOpensAsCurrent(Path data) throws IOException {
        CommandRun network = CommandRun.of("query", "--db", data.toString(), "--format", "csv", "network");
        assertEquals(0, network.exit(), network.err());
        assertEquals(NETWORK, network.out().lines().toList(), "the network drawn as before");
        assertEquals("diplograph data format 5", Files.readString(data.resolve("format")).strip());
        assertTrue(Integer.parseInt(count(data.toString(), MINISTRY_ROWS)) > 0, "the ministry rows written");
        assertMinistriesAsEarlierText(data);
    }

    /**
     * ministries, which lists a country's ministries and names their counterparts from the rows format
     * 5 keeps on each ministry, answers on the folder as its earlier text (which read every article
     * graph's copy) does, for every country with a ministry, on the first page and on a page inside.
     */
    private static void assertMinistriesAsEarlierText(Path data) throws IOException {
        List<java.util.Map<String, String>> runs = new java.util.ArrayList<>();
        for (String country : objects(data, List.of(DIP.country))) {
            if (!country.contains("/country/")) continue;
            String code = country.substring(country.lastIndexOf('/') + 1);
            runs.add(java.util.Map.of("country", code));
        }
        assertAsEarlierText(data, "ministries", runs);
    }

    /**
     * A folder of format 4 (no ministry rows) is brought to format 5 by the first command that opens
     * it: each ministry's rows are written, and ministries answers as its earlier text does. Made from
     * the format-1 fixture, upgraded, then stripped of the ministry rows alone and stamped 4.
     */
    @Test
    void aFolderOfFormatFourGetsItsMinistryRows() throws IOException {
        Path data = olderFolder(4, List.of());
        assertOpensAsCurrent(data);
        assertTrue(Integer.parseInt(count(data.toString(), REVIEW_ROWS)) > 0, "the review rows kept");
        assertReviewAsEarlierText(data);
    }

    /** Removes from the summary graph what {@code links} link to, and the links: a folder as a build before them left it. */
    private static void strip(Path data, List<Node> links) {
        try (Store store = Store.open(data)) {
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.dataset();
                List<Node> rows = new java.util.ArrayList<>();
                for (Node p : links) {
                    dsg.find(org.diplograph.rdf.Terms.SUMMARY_GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> rows.add(q.getObject()));
                    dsg.deleteAny(org.diplograph.rdf.Terms.SUMMARY_GRAPH, Node.ANY, p, Node.ANY);
                }
                for (Node row : rows) dsg.deleteAny(org.diplograph.rdf.Terms.SUMMARY_GRAPH, row, Node.ANY, Node.ANY);
            });
            for (Node p : links) {
                assertEquals(0L, (long) org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset()
                        .stream(Node.ANY, Node.ANY, p, Node.ANY).count()), "a folder without " + p);
            }
        }
    }

    /** Removes what format 4 adds to the summary graph for review: the review rows, their lists and the lists' pages. */
    private static void stripReviewRows(Store store) {
        org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
            var dsg = store.dataset();
            Node summary = org.diplograph.rdf.Terms.SUMMARY_GRAPH;
            java.util.Set<Node> subjects = new java.util.HashSet<>();
            for (Node p : List.of(DIP.reviewList, DIP.reviewConfidence)) {
                dsg.find(summary, Node.ANY, p, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
            }
            dsg.find(summary, Node.ANY, DIP.reviewPage, Node.ANY).forEachRemaining(q -> subjects.add(q.getObject()));
            for (Node s : subjects) dsg.deleteAny(summary, s, Node.ANY, Node.ANY);
        });
        assertEquals(0L, (long) org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset()
                .stream(Node.ANY, Node.ANY, DIP.reviewList, Node.ANY).count()), "no review rows left");
    }

    /**
     * review, which reads the review rows and pages format 4 keeps on each event and agreement, answers
     * on the folder as its earlier text (which sorted every fact below the threshold) does, at the
     * default threshold and above every confidence, on the first page and on a short page inside.
     */
    private static void assertReviewAsEarlierText(Path data) throws IOException {
        assertAsEarlierText(data, "review", List.of(java.util.Map.of(), java.util.Map.of("below", "1.01"),
                java.util.Map.of("below", "1.01", "limit", "2", "offset", "1")));
    }

    /**
     * evidence, which reads the evidence rows and pages format 4 keeps on each named entity, answers
     * on the folder as its earlier text (which sorted every sentence) does, for every entity a fact
     * names, on the first page and on a short page inside.
     */
    private static void assertEvidenceAsEarlierText(Path data) throws IOException {
        List<java.util.Map<String, String>> runs = new java.util.ArrayList<>();
        for (String entity : objects(data, List.of(DIP.relation, DIP.party, org.apache.jena.vocabulary.ORG.member.asNode(),
                org.apache.jena.vocabulary.ORG.organization.asNode()))) {
            runs.add(java.util.Map.of("entity", entity));
            runs.add(java.util.Map.of("entity", entity, "limit", "3", "offset", "2"));
        }
        assertAsEarlierText(data, "evidence", runs);
    }

    /**
     * pair-timeline, which reads the timeline rows and pages format 3 keeps on each event and
     * agreement, answers on the upgraded folder as its earlier text (which grouped the items) does, for
     * every pair of the folder's relations.
     */
    private static void assertTimelinesAsEarlierText(Path data) throws IOException {
        List<java.util.Map<String, String>> runs = new java.util.ArrayList<>();
        for (String relation : NETWORK.subList(1, NETWORK.size())) {
            String[] cells = relation.split(",");
            runs.add(java.util.Map.of("a", cells[1], "b", cells[3]));
        }
        assertAsEarlierText(data, "pair-timeline", runs);
    }

    /**
     * office-on-date, which reads the office rows format 2 keeps on each person, answers on the
     * upgraded folder as its earlier text (which grouped the offices themselves) does, for every
     * country with an office.
     */
    private static void assertOfficesAsEarlierText(Path data) throws IOException {
        List<java.util.Map<String, String>> runs = new java.util.ArrayList<>();
        for (String iri : objects(data, List.of(DIP.country))) {
            runs.add(java.util.Map.of("country", iri.substring(iri.lastIndexOf('/') + 1), "date", "2100-01-01"));
        }
        assertAsEarlierText(data, "office-on-date", runs);
    }

    /**
     * The canned query {@code name} gives on the folder what its earlier text ({@code scratch/NAME.rq})
     * gives, for each of {@code runs} (parameter values), and some rows in all.
     */
    private static void assertAsEarlierText(Path data, String name, List<java.util.Map<String, String>> runs) throws IOException {
        CannedQuery now = Catalogue.load().get(name);
        CannedQuery earlier = CannedQuery.parse(name, scratch(name));
        try (Store store = Store.open(data)) {
            QueryRunner runner = QueryRunner.local(store.dataset());
            int rows = 0;
            for (java.util.Map<String, String> given : runs) {
                Params p = Params.of(now, given);
                List<String> expected = text(runner.run(earlier, p));
                assertEquals(expected, text(runner.run(now, p)), name + " " + given);
                rows += expected.size();
            }
            assertTrue(rows > 0, name + " rows to compare for " + runs);
        }
    }

    /** The IRIs the folder's quads give as objects of {@code properties}, in order. */
    private static java.util.SortedSet<String> objects(Path data, List<Node> properties) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        try (Store store = Store.open(data)) {
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
                for (Node p : properties) {
                    store.dataset().find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                        if (q.getObject().isURI()) out.add(q.getObject().getURI());
                    });
                }
            });
        }
        return out;
    }

    /** The earlier text of a canned query, kept in {@code scratch/}. */
    private static String scratch(String name) throws IOException {
        try (InputStream in = EarlierDataFolderTest.class.getResourceAsStream("/scratch/" + name + ".rq")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<String> text(ResultTable t) {
        return t.rows().stream().map(b -> t.columns().stream().map(c -> String.valueOf(b.get(org.apache.jena.sparql.core.Var.alloc(c)))).toList().toString()).toList();
    }

    private static String count(String db, String query) {
        CommandRun r = CommandRun.of("sparql", "--db", db, "--format", "csv", query);
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().skip(1).findFirst().orElseThrow().strip();
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(dir::relativize).sorted().toList();
        }
    }

    /**
     * Unpacks the fixture into {@code into} and returns its data folder. Runs of zeros are skipped
     * rather than written (TDB2 sizes its files in whole 8 MB blocks, mostly empty), so the files are
     * sparse where the file system allows.
     */
    static Path unpack(Path into) throws IOException {
        try (InputStream raw = EarlierDataFolderTest.class.getResourceAsStream("/folders/before-stamp.zip");
                ZipInputStream zip = new ZipInputStream(raw)) {
            byte[] chunk = new byte[1 << 16];
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) throw new IOException("entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
                    long at = 0;
                    for (int n; (n = zip.readNBytes(chunk, 0, chunk.length)) > 0; at += n) {
                        if (!zeros(chunk, n)) {
                            f.seek(at);
                            f.write(chunk, 0, n);
                        }
                    }
                    f.setLength(at);
                }
            }
        }
        return into.resolve("data");
    }

    private static boolean zeros(byte[] b, int n) {
        for (int i = 0; i < n; i++) if (b[i] != 0) return false;
        return true;
    }
}
