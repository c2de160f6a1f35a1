package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.diplograph.DiplographException;
import org.junit.jupiter.api.Test;

/** The four output formats on a small table written by hand. */
class ResultFormatTest {
    static final ResultTable TABLE = new ResultTable(List.of("partner", "label", "events"), List.of(
            BindingFactory.builder()
                    .add(Var.alloc("partner"), NodeFactory.createURI(Fixture.ID + "country/JP"))
                    .add(Var.alloc("label"), NodeFactory.createLiteralLang("Japon | Nippon", "fr"))
                    .add(Var.alloc("events"), NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)).build(),
            BindingFactory.builder()
                    .add(Var.alloc("partner"), NodeFactory.createURI("urn:x:LA")).build()));
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefix("id", Fixture.ID);

    static String write(ResultFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(TABLE, PREFIXES, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markdownShowsLabelsAndShortIris() {
        assertEquals("""
                | partner | label | events |
                |---|---|---|
                | id:country/JP | Japon \\| Nippon | 4 |
                | <urn:x:LA> |  |  |
                """, write(ResultFormat.MD));
    }

    @Test
    void csvCarriesFullIris() {
        assertEquals("partner,label,events\r\n" + Fixture.ID + "country/JP,Japon | Nippon,4\r\nurn:x:LA,,\r\n",
                write(ResultFormat.CSV));
    }

    @Test
    void jsonIsSparqlResults() {
        String json = write(ResultFormat.JSON);
        assertTrue(json.contains("\"vars\": [ \"partner\" , \"label\" , \"events\" ]"), json);
        assertTrue(json.contains("\"xml:lang\": \"fr\""), json);
    }

    @Test
    void tableIsAlignedAndShowsTextNotSyntax() {
        assertEquals("""
                partner        label           events
                -------------  --------------  ------
                id:country/JP  Japon | Nippon  4
                <urn:x:LA>
                """, write(ResultFormat.TABLE));
    }

    @Test
    void namesAreReadInAnyCase() {
        assertEquals(ResultFormat.MD, ResultFormat.of("md"));
        assertEquals(ResultFormat.TABLE, ResultFormat.of("Table"));
        assertEquals("unknown format 'xml' (known: table, csv, json, md)",
                assertThrows(DiplographException.class, () -> ResultFormat.of("xml")).getMessage());
    }
}
