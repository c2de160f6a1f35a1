package org.diplograph.rdf;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * What the ontology ({@code ontology/diplograph.ttl}, {@code ontology/schemes.ttl}) says of a
 * property: whether it declares it, and its range. Read from the files the jar carries, so a command
 * that works through an endpoint knows them as well as one on the data folder.
 */
public final class PropertyRanges {
    private PropertyRanges() {}

    /** Whether {@code p} is a {@code dip:} property the ontology declares. */
    public static boolean declared(Node p) {
        return p.isURI() && Ontology.get().declaresProperty(p);
    }

    /** The {@code rdfs:range} the ontology gives {@code p}, if any. */
    public static Optional<Node> range(Node p) {
        return p.isURI() ? Ontology.get().range(p) : Optional.empty();
    }
}
