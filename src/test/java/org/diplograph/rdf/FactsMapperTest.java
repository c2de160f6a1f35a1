package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.DiplographException;
import org.diplograph.article.SourceDoc;
import org.diplograph.extract.DateValue;
import org.diplograph.extract.EventKind;
import org.diplograph.extract.Facts;
import org.diplograph.extract.Modality;
import org.diplograph.extract.ParticipantRole;
import org.diplograph.extract.Standing;
import org.diplograph.extract.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests: each hand-built {@link Facts.Article} is mapped and compared, as a set of quads,
 * with the hand-written TriG file of the same stem under {@code src/test/resources/mapper/}.
 */
class FactsMapperTest {
    static final String T1 = "Tokyo (VNA) - Le Viêt Nam et le Japon ont signé le 7 août à Tokyo un protocole "
            + "d'accord sur l'e-gouvernement. Du 5 au 7 août, le ministre Tran Van An, chef du Bureau du gouvernement, "
            + "a effectué une visite au Japon, où il a rencontré le Premier ministre Kenji Sato.";
    static final String T3 = "🇫🇷 Paris - La France, le Laos et le Viêt Nam ont tenu un entretien téléphonique en avril 2021.";

    static Facts.Article visitAndAgreementFacts() {
        SourceDoc doc = new SourceDoc("t1", "test/t1.txt", T1, "2019-08-09", null, null);
        Span s1 = new Span(14, 109, "Le Viêt Nam et le Japon ont signé le 7 août à Tokyo un protocole d'accord sur l'e-gouvernement.");
        Span s2 = new Span(110, 213, "Du 5 au 7 août, le ministre Tran Van An, chef du Bureau du gouvernement, a effectué une visite au Japon");
        Span s3 = new Span(215, 263, "où il a rencontré le Premier ministre Kenji Sato");
        Facts.Place tokyo = new Facts.Place("tokyo", "Tokyo", "JP");
        List<Facts.Person> persons = List.of(
                new Facts.Person("tran-van-an", "Tran Van An", "VN", List.of(new Facts.Office(
                        "ministre, chef du Bureau du gouvernement", "vn/bureau-du-gouvernement", "VN", s2)), s2, 0.9),
                new Facts.Person("kenji-sato", "Kenji Sato", "JP",
                        List.of(new Facts.Office("Premier ministre", null, "JP", s3)), s3, 0.9));
        List<Facts.Org> orgs = List.of(
                new Facts.Org("vn/bureau-du-gouvernement", "Bureau du gouvernement", null, "VN", "government", s2, 0.8),
                new Facts.Org("jp/agence-de-test", "Agence japonaise de test", "AJT", "JP", "agency", null, 0.7));
        List<Facts.Event> events = List.of(
                new Facts.Event(EventKind.VISIT, List.of(new Facts.Participant("tran-van-an", ParticipantRole.VISITOR)), List.of("VN", "JP"),
                        null, new DateValue("2019-08-05", "Du 5 au 7 août", "publication date"),
                        new DateValue("2019-08-07", "Du 5 au 7 août", "publication date"), -1, null, s2, 0.8),
                new Facts.Event(EventKind.MEETING, List.of(new Facts.Participant("tran-van-an", ParticipantRole.VISITOR),
                        new Facts.Participant("kenji-sato", ParticipantRole.HOST)), List.of("JP", "VN"), tokyo, null, null, 0,
                        "e-government", s3, 0.75));
        List<Facts.Agreement> agreements = List.of(new Facts.Agreement("protocole d'accord", "e-government",
                "e-gouvernement", List.of("VN", "JP"), List.of("tran-van-an"), new DateValue("--08-07", "le 7 août", null),
                tokyo, Modality.SIGNED, s1, 0.9));
        return new Facts.Article(doc, "Le Japon et le Viêt Nam coopèrent", "2019-08-09", List.of("JP", "VN"),
                List.of(new Facts.Pair("VN", "JP", "partenariat stratégique élargi")), persons, orgs, events,
                agreements, null);
    }

    static Facts.Article bareRecordFacts() {
        String url = "https://news.example.org/a/1?id=2";
        SourceDoc doc = new SourceDoc(url, "in/records.jsonl:3", "Texte sans faits.\nDeuxième ligne.", "2021-04", url, null);
        return new Facts.Article(doc, null, "2021-04", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "t1");
    }

    static Facts.Article rolesAndEdgesFacts() {
        SourceDoc doc = SourceDoc.of("t3", "test/t3.txt", T3);
        List<Facts.Participant> roles = List.of(new Facts.Participant("alpha-test", ParticipantRole.PARTICIPANT),
                new Facts.Participant("beta-test", ParticipantRole.ORGANISER), new Facts.Participant("gamma-test", ParticipantRole.ATTENDEE),
                new Facts.Participant("delta-test", ParticipantRole.SIGNATORY));
        List<Facts.Event> events = List.of(
                new Facts.Event(EventKind.PHONE_CALL, roles, List.of("FR", "LA", "VN"), null,
                        new DateValue("2021-04", "en avril 2021", "stated"), null, -1, "pêche au thon",
                        new Span(11, 44, null), 1.0),
                new Facts.Event(EventKind.CEREMONY, List.of(), List.of(), null, new DateValue("2021-13-45", null, null), null, 1, null,
                        null, Double.NaN, Standing.BACKGROUND));
        List<Facts.Org> orgs = List.of(
                new Facts.Org("la/province-de-test", "Province de test", null, "LA", "local", null, 0.5),
                new Facts.Org("int/organisation-de-test", "Organisation de test", "ODT", null, "international", null, 0.5),
                new Facts.Org("FR/Club de test", "Club de test", "", "FR", "club", null, 0.5));
        List<Facts.Agreement> agreements = List.of(new Facts.Agreement(null, null, null, List.of("VN", "FR"), List.of(),
                new DateValue("2021", null, null), null, Modality.PROPOSED, null, 0.5));
        return new Facts.Article(doc, null, "2021", List.of("FR", "LA", "VN"),
                List.of(new Facts.Pair("VN", "LA", "amitié sans pareille")),
                List.of(new Facts.Person("alpha-test", "Alpha Test", null, List.of(), null, 0.6)), orgs, events,
                agreements, null);
    }

    @Test
    void visitAndAgreement() {
        assertGolden("visit-and-agreement", visitAndAgreementFacts(), "test/t1.txt", "0123abcd");
    }

    @Test
    void bareRecord() {
        assertGolden("bare-record", bareRecordFacts(), "in/records.jsonl", "ffff");
    }

    @Test
    void rolesAndEdges() {
        assertGolden("roles-and-edges", rolesAndEdgesFacts(), "test/t3.txt", "33");
    }

    @Test
    void anArticleThatCannotBeMappedEmitsNothingAndNamesItsOrigin() {
        Facts.Article a = visitAndAgreementFacts();
        Facts.Article broken = new Facts.Article(a.source(), a.title(), a.published(), a.countries(), a.pairs(),
                List.of(new Facts.Person(" – ", "?", null, List.of(), null, 0.1)), a.orgs(), a.events(),
                a.agreements(), null);
        DatasetGraph dsg = DatasetGraphFactory.create();
        DiplographException e = assertThrows(DiplographException.class,
                () -> FactsMapper.map(broken, "test/t1.txt", "x", StreamRDFLib.dataset(dsg)));
        assertTrue(e.getMessage().contains("test/t1.txt") && e.getMessage().contains("t1"), e.getMessage());
        assertTrue(dsg.isEmpty(), "nothing emitted");
    }

    @Test
    void ontologyGoesIntoItsGraph() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        FactsMapper.loadOntology(StreamRDFLib.dataset(dsg));
        Node g = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        assertEquals(List.of(g), iterToList(dsg.listGraphNodes()));
        assertTrue(dsg.getDefaultGraph().isEmpty());
        assertTrue(dsg.contains(g, DIP.Country, RDFS.label.asNode(), NodeFactory.createLiteralLang("pays", "fr")));
        assertTrue(dsg.contains(g, NodeFactory.createURI(Iris.country("VN")), DIP.alpha3, NodeFactory.createLiteralString("VNM")));
        assertTrue(dsg.contains(g, NodeFactory.createURI(Iris.eventType("meeting")), RDF.type.asNode(),
                org.apache.jena.vocabulary.SKOS.Concept.asNode()));
    }

    /** Two articles about one person in TDB2: one node, and dropping one article's graph keeps the other's statements. */
    @Test
    void sharedEntitiesSurviveReplacingOneArticle(@TempDir Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Facts.Article first = visitAndAgreementFacts();
        SourceDoc other = new SourceDoc("t2", "test/t2.txt", T1, null, null, null);
        Facts.Article second = new Facts.Article(other, null, null, List.of("JP", "VN"), first.pairs(),
                first.persons(), List.of(), List.of(), List.of(), "t1");
        Txn.executeWrite(dsg, () -> {
            StreamRDF out = StreamRDFLib.dataset(dsg);
            FactsMapper.map(first, "test/t1.txt", "a", out);
            FactsMapper.map(second, "test/t2.txt", "b", out);
        });
        Node person = NodeFactory.createURI(Iris.person("tran-van-an"));
        Txn.executeWrite(dsg, () -> {
            assertEquals(2, iterToList(dsg.find(Node.ANY, person, RDF.type.asNode(), DIP.Person)).size());
            dsg.removeGraph(NodeFactory.createURI(Iris.articleGraph("t1")));
        });
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(NodeFactory.createURI(Iris.articleGraph("t2")), person, RDF.type.asNode(), DIP.Person));
            assertFalse(dsg.contains(Node.ANY, NodeFactory.createURI(Iris.article("t1")), Node.ANY, Node.ANY));
            assertTrue(dsg.contains(Node.ANY, NodeFactory.createURI(Iris.relation("JP", "VN")), RDF.type.asNode(), DIP.BilateralRelation));
        });
    }

    static DatasetGraph expected(String stem) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        String resource = "mapper/" + stem + ".trig";
        try (InputStream in = FactsMapperTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) fail("missing " + resource);
            // the extractor version changes with every rule change; the golden files name it by placeholder
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("@EXTRACTOR_VERSION@", org.diplograph.extract.Extractor.VERSION);
            RDFParser.fromString(text, Lang.TRIG).parse(dsg);
        } catch (java.io.IOException e) {
            throw new AssertionError(resource, e);
        }
        return dsg;
    }

    static DatasetGraph mapped(Facts.Article article, String sourceFile, String hash) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        FactsMapper.map(article, sourceFile, hash, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /** Compares as sets of quads (the graphs have no blank nodes) and lists what is missing and what is extra. */
    static void assertGolden(String stem, Facts.Article article, String sourceFile, String hash) {
        Set<String> want = quads(expected(stem));
        Set<String> got = quads(mapped(article, sourceFile, hash));
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> surplus = new TreeSet<>(got);
        surplus.removeAll(want);
        if (!missing.isEmpty() || !surplus.isEmpty()) {
            fail(stem + ".trig differs from the mapper's output.\nmissing (" + missing.size() + "):\n  "
                    + String.join("\n  ", missing) + "\nsurplus (" + surplus.size() + "):\n  " + String.join("\n  ", surplus));
        }
        assertFalse(want.isEmpty());
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> out.add(FmtUtils.stringForQuad(q, Vocab.prefixes())));
        return out;
    }

    private static <T> List<T> iterToList(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
