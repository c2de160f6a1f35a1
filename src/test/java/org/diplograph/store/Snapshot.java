package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** The named graphs of a dataset copied out, to compare a dataset before and after something. */
public final class Snapshot {
    private Snapshot() {}

    /** Every named graph except {@code leaveOut} (may be null), copied, by graph name. */
    public static Map<Node, Graph> of(DatasetGraph dsg, Node leaveOut) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Graph> out = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.equals(leaveOut)) return;
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(copy::add);
                out.put(g, copy);
            });
            return out;
        });
    }

    /** The same graph names, each graph isomorphic to the expected one. */
    public static void assertSame(Map<Node, Graph> expected, Map<Node, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(actual.get(g)), "graph " + g + " differs"));
    }
}
