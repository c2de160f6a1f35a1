package org.diplograph.rdf;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * SHACL validation of article graphs against {@code ontology/shapes.ttl}. The article graph is
 * validated together with the ontology graph (read-only union, nothing copied), which supplies the
 * countries, the schemes and the class hierarchy that {@code sh:class} needs. Thread-safe.
 */
public final class Validator {
    private Validator() {}

    private static final class Holder {
        static final Graph ONTOLOGY = Ontology.fullGraph();
        static final Shapes SHAPES = Shapes.parse(Ontology.shapesGraph());
    }

    /** The parsed shapes graph, whose blank nodes are the sources of the report entries. */
    static Graph shapes() {
        return Holder.SHAPES.getGraph();
    }

    /**
     * Validates one article graph (as {@link FactsMapper#map} writes it) merged with the ontology graph.
     *
     * @param g the article's triples; not modified
     * @return the SHACL report; {@link ValidationReport#conforms()} tells whether it passed, and
     *         {@link #describe} makes it readable
     */
    public static ValidationReport validate(Graph g) {
        return ShaclValidator.get().validate(Holder.SHAPES, new Union(g, Holder.ONTOLOGY));
    }

    /**
     * The violations of one article graph given as its quads (graph names ignored), one readable line
     * each as {@link #describe} writes them, sorted; empty when the graph conforms. This is the check
     * every ingest and import runs before it writes an article graph.
     */
    public static List<String> violations(Collection<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return violations(g);
    }

    /**
     * The violations of one article graph given as its quads, as {@link #violations(Collection)} finds
     * them, at a fraction of the cost: only the nodes the article states something about are
     * validated (each against the shapes that target it, with the ontology graph in the data), not
     * every country, place and organisation of the ontology graph again for each article. The lines
     * are the same because those nodes are validated with the same data, and a node the article
     * says nothing about has only the ontology's statements, which conform
     * ({@code ReferenceTablesTest}); the shapes use no inverse paths.
     *
     * <p>Which shapes target a node is decided from its classes: its {@code rdf:type}s closed over
     * the ontology's {@code rdfs:subClassOf}, each class's closure worked out once for the life of
     * the process (the ontology graph never changes), where Jena's validator follows the hierarchy
     * again for every shape and node. An article that states a {@code rdfs:subClassOf} of its own,
     * or a shape targeting otherwise than by class, is decided as Jena decides it. One validation
     * context serves all the article's nodes, so one report is built, not one per node.
     */
    public static List<String> articleViolations(Collection<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        Graph data = new Union(g, Holder.ONTOLOGY);
        Set<Node> subjects = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        boolean ownHierarchy = g.contains(Node.ANY, RDFS.Nodes.subClassOf, Node.ANY);
        ValidationContext context = ValidationContext.create(Holder.SHAPES, data);
        for (Node s : subjects) {
            Set<Node> classes = ownHierarchy ? null : classes(s, data);
            for (Shape shape : Holder.SHAPES.getTargetShapes()) {
                if (classes == null ? VLib.isFocusNode(shape, s, data) : targets(shape, s, classes, data)) {
                    VLib.validateShape(context, data, shape, s);
                }
            }
        }
        ValidationReport report = context.generateReport();
        if (report.conforms()) return List.of();
        return report.getEntries().stream().map(Validator::line).sorted().toList();
    }

    /** Whether {@code shape} targets {@code node}, whose classes (closed over the hierarchy) are {@code classes}. */
    private static boolean targets(Shape shape, Node node, Set<Node> classes, Graph data) {
        for (Target target : shape.getTargets()) {
            TargetType type = target.getTargetType();
            boolean hit = type == TargetType.targetClass || type == TargetType.implicitClass
                    ? classes.contains(target.getObject())
                    : VLib.isFocusNode(target, node, data);
            if (hit) return true;
        }
        return false;
    }

    /** The classes of {@code node} in {@code data}: its types and every class above them in the ontology. */
    private static Set<Node> classes(Node node, Graph data) {
        Set<Node> classes = new HashSet<>();
        data.find(node, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> classes.addAll(ABOVE.computeIfAbsent(t.getObject(), Validator::above)));
        return classes;
    }

    /** Each class with the classes above it in the ontology graph, as they are first asked for. */
    private static final Map<Node, Set<Node>> ABOVE = new ConcurrentHashMap<>();

    /** {@code type} and every class it is a {@code rdfs:subClassOf}, directly or not, in the ontology graph. */
    private static Set<Node> above(Node type) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> next = new ArrayDeque<>(List.of(type));
        while (!next.isEmpty()) {
            Node c = next.pop();
            if (!seen.add(c)) continue;
            Holder.ONTOLOGY.find(c, RDFS.Nodes.subClassOf, Node.ANY).forEachRemaining(t -> next.push(t.getObject()));
        }
        return Set.copyOf(seen);
    }

    /** The violations of one graph, as {@link #violations(Collection)}. */
    public static List<String> violations(Graph g) {
        ValidationReport report = validate(g);
        if (report.conforms()) return List.of();
        return report.getEntries().stream().map(Validator::line).sorted().toList();
    }

    /**
     * One line per violation: {@code focus-node path: message (value)}, IRIs shortened with the
     * prefixes of MODEL.md, sorted; "conforms" when there is none.
     */
    public static String describe(ValidationReport report) {
        if (report.conforms()) return "conforms";
        return report.getEntries().stream().map(Validator::line).sorted().collect(Collectors.joining("\n"));
    }

    private static String line(ReportEntry e) {
        StringBuilder b = new StringBuilder(shortForm(e.focusNode()));
        if (e.resultPath() != null) b.append(' ').append(e.resultPath().toString(new Prologue(Vocab.prefixes())));
        b.append(": ").append(e.message());
        if (e.value() != null) b.append(" (").append(shortForm(e.value())).append(')');
        return b.toString();
    }

    private static String shortForm(Node n) {
        return FmtUtils.stringForNode(n, Vocab.prefixes());
    }
}
