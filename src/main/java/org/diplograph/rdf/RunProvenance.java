package org.diplograph.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.diplograph.rdf.Vocab.PROV;

/**
 * What a run node says about the software that made it, besides its times, inputs and extractor
 * version: {@code prov:wasAssociatedWith} a {@code prov:SoftwareAgent} named with its version, and a
 * label for the run itself, so that the runs graph reads like the rest. The agent's triples are the
 * same for every run of one version, so re-running adds nothing but the new run's own.
 */
public final class RunProvenance {
    /** The version of this software, as the command line reports it. */
    public static final String VERSION = "0.1.0";

    /** {@code id:software/diplograph/{version}}. */
    public static final String SOFTWARE = Vocab.ID + "software/diplograph/" + VERSION;

    private RunProvenance() {}

    /**
     * The triples to add for one run.
     *
     * @param run     the run node
     * @param started its start time as xsd:dateTime lexical form
     */
    public static List<Triple> of(Node run, String started) {
        Node agent = NodeFactory.createURI(SOFTWARE);
        return List.of(
                Triple.create(run, RDFS.label.asNode(), NodeFactory.createLiteralLang("lecture du " + started, "fr")),
                Triple.create(run, RDFS.label.asNode(), NodeFactory.createLiteralLang("ingest run of " + started, "en")),
                Triple.create(run, PROV.wasAssociatedWith, agent),
                Triple.create(agent, RDF.Nodes.type, PROV.SoftwareAgent),
                Triple.create(agent, RDFS.label.asNode(), NodeFactory.createLiteralString("Diplograph " + VERSION)),
                Triple.create(agent, SchemaDO.softwareVersion.asNode(), NodeFactory.createLiteralString(VERSION)));
    }
}
