package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every export format through RDF4J Rio and back, on the terms that break naive converters: blank
 * nodes shared across statements, language tags, xsd:gMonthDay, characters outside the BMP, IRIs
 * with accents.
 */
class RioRoundTripTest {
    private static final String EX = "https://w3id.org/diplograph/id/";
    private static final Node G1 = NodeFactory.createURI(EX + "graph/article/hué-été");
    private static final Node G2 = NodeFactory.createURI(EX + "graph/summary");
    private static final Node PLACE = NodeFactory.createURI(EX + "place/hué");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final String OUTSIDE_BMP = "Musée \uD83C\uDFDB\uFE0F et \uD840\uDC0B";

    @TempDir Path dir;
    private DatasetGraph tdb;

    @BeforeEach
    void fill() {
        tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("db").toString());
        Txn.executeWrite(tdb, () -> {
            Node b = NodeFactory.createBlankNode();
            Node event = NodeFactory.createURI(EX + "event/hué-été/1");
            tdb.add(G1, PLACE, LABEL, NodeFactory.createLiteralLang("Hué", "fr"));
            tdb.add(G1, PLACE, LABEL, NodeFactory.createLiteralLang("Hue", "en"));
            tdb.add(G1, PLACE, LABEL, NodeFactory.createLiteralLang("フエ", "ja"));
            tdb.add(G1, event, DIP.signedOn, NodeFactory.createLiteralDT("--08-07", XSDDatatype.XSDgMonthDay));
            tdb.add(G1, event, DIP.dateText, NodeFactory.createLiteralString(OUTSIDE_BMP));
            tdb.add(G1, event, DIP.evidence, b);
            tdb.add(G1, b, DIP.confidence, NodeFactory.createLiteralDT("0.75", XSDDatatype.XSDdecimal));
            tdb.add(G1, b, DIP.partOf, NodeFactory.createBlankNode());
            tdb.add(G2, PLACE, DIP.country, NodeFactory.createURI(EX + "country/VN"));
        });
    }

    private Path export(RdfFormats f) {
        Path out = dir.resolve("out." + f.extension());
        RdfExport.Builder b = RdfExport.create().format(f);
        if (!f.quads()) b.graph(G1.getURI());
        RdfExport e = b.build();
        e.write(tdb, out);
        assertEquals(List.of(), e.verify(tdb, out), f + ": read back with Rio, the file differs");
        return out;
    }

    @ParameterizedTest
    @EnumSource(RdfFormats.class)
    void everyFormatComesBackAsTheSameGraphs(RdfFormats f) throws IOException {
        Path out = export(f);
        DatasetGraph back = RdfImport.read(out);
        Node graph = f.quads() ? G1 : Quad.defaultGraphIRI;
        Txn.executeRead(tdb, () -> {
            assertTrue(back.getGraph(graph).isIsomorphicWith(tdb.getGraph(G1)), f + ": " + back.getGraph(graph));
            if (f.quads()) assertTrue(back.getGraph(G2).isIsomorphicWith(tdb.getGraph(G2)), f + ": summary graph");
        });
        // Checked apart from our own adapter too: Rio's model of the file holds the literal as written.
        Model model;
        try (InputStream in = Files.newInputStream(out)) {
            model = Rio.parse(in, out.toUri().toString(), f.rio());
        }
        Literal text = Models.objectLiteral(model.filter(null, iri(DIP.dateText), null)).orElseThrow();
        assertEquals(OUTSIDE_BMP, text.getLabel(), f.name());
        assertEquals(2, text.getLabel().codePoints().filter(c -> c > 0xFFFF).count(), f + ": characters outside the BMP");
        Literal day = Models.objectLiteral(model.filter(null, iri(DIP.signedOn), null)).orElseThrow();
        assertEquals("http://www.w3.org/2001/XMLSchema#gMonthDay", day.getDatatype().stringValue(), f.name());
        assertTrue(model.subjects().stream().anyMatch(s -> s.stringValue().equals(EX + "place/hué")), f + ": accented IRI");
        Model expected = new LinkedHashModel();
        Txn.executeRead(tdb, () -> tdb.find(G1, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> expected.add(RioTerms.statement(q, f.quads()))));
        assertTrue(Models.isomorphic(expected, f.quads() ? model.filter(null, null, null, (org.eclipse.rdf4j.model.Resource) RioTerms.value(G1)) : model),
                f + ": isomorphic as RDF4J models");
    }

    private static org.eclipse.rdf4j.model.IRI iri(Node n) {
        return (org.eclipse.rdf4j.model.IRI) RioTerms.value(n);
    }

    @Test
    void verifyReportsAFileThatNoLongerMatches() {
        RdfExport e = RdfExport.create().format(RdfFormats.BINARY).build();
        Path out = dir.resolve("out.brf");
        e.write(tdb, out);
        Txn.executeWrite(tdb, () -> tdb.add(G2, PLACE, LABEL, NodeFactory.createLiteralLang("Huế", "vi")));
        List<String> differences = e.verify(tdb, out);
        assertEquals(List.of("graph " + G2.getURI() + ": 2 triples in the dataset, 1 in the file"), differences);
    }
}
