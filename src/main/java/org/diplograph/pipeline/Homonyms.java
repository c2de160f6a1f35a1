package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Namesakes;
import org.diplograph.rdf.Namesakes.Facet;

/**
 * One person across spellings, but not across people. A person's IRI is the slug of the name
 * ({@link Iris#person}), accents dropped, so {@code Trần Quốc Bảo} and {@code Tran Quoc Bao} are one
 * node, and so are {@code Nguyễn Văn Hùng} and {@code Nguyễn Văn Hưng}, who are two people.
 *
 * <p>Before an article's graph is written, each person it names is compared with what the other
 * article graphs state about the same IRI under another spelling, by the rule of {@link Namesakes}
 * (shared with the Spark job, which replays it in input order): the spellings are one person only
 * when the country they serve agrees and, where both give an office, the offices agree (one post
 * of one is a post of the other, written alike or abbreviated: {@link Facet#samePost}; a title
 * joining posts with "et" gives each). The articles spelling it otherwise are taken together: one may give
 * no office, another a compound title. When
 * they do not, the article's person gets an IRI of its own, the slug followed by a digest of its
 * spelling and country ({@code id:person/nguyen-van-hung-3f2a1c0b}), which the same spelling of the
 * same country finds again in every later article, and the graph says whom it was told apart from
 * ({@code dip:homonymOf}). A spelling merged into a person known under another spelling is marked
 * as such in the graph of the article that brings it ({@code skos:altLabel}), next to its
 * {@code rdfs:label}: every article keeps its own spelling as evidence.
 *
 * <p>Nothing changes for a name no other article spells differently, nor for one whose spellings
 * agree on country and office: the IRIs of existing data stay as they were, and a data folder from
 * an earlier build opens as it is. The comparison reads only the graphs that hold the IRI with
 * another label, by index, inside the write transaction, so each article sees those written before it;
 * within one write ({@link #reading}) each person's spellings and each graph's facet of a person are
 * read once, and a graph written since is read again, so a batch naming one minister in every
 * article does not read every earlier article once per article.
 */
final class Homonyms {
    private final DatasetGraph dsg;
    /** Person to the article graphs labelling it and the first label each gives, as read so far. */
    private final Map<Node, Map<Node, String>> spellings = new HashMap<>();
    /**
     * Article graph to the persons whose {@link #spellings} hold it: what {@link #written} updates.
     * Without it, each article written would visit every person read so far (137,000 at 100,000
     * articles, read by one reader for the whole of a bulk load), a cost that grows with the load.
     */
    private final Map<Node, Set<Node>> spelledIn = new HashMap<>();
    /** Article graph to what it says of each person read in it so far. */
    private final Map<Node, Map<Node, Facet>> facets = new HashMap<>();

    private Homonyms(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * A reader of {@code dsg} for one write transaction: what it reads of the article graphs (the
     * spellings of a person, what an article says of them) is kept, so that a person named by many
     * articles of a batch is looked up once, not once per article naming them. Use it inside that
     * one transaction only, and call {@link #written} after each article graph it is told of is
     * replaced, so that the next article sees it as written.
     */
    static Homonyms reading(DatasetGraph dsg) {
        return new Homonyms(dsg);
    }

    /** {@link #tellApart(Node, List)} with nothing kept from earlier reads. */
    static List<Quad> tellApart(DatasetGraph dsg, Node graph, List<Quad> quads) {
        return reading(dsg).tellApart(graph, quads);
    }

    /**
     * The quads of {@code graph} with each person told apart from the homonyms the other graphs of
     * the dataset hold, and the spellings it merges marked ({@link Namesakes#decide}). Call inside the
     * write transaction, before the article graph is replaced (then {@link #written}).
     */
    List<Quad> tellApart(Node graph, List<Quad> quads) {
        List<Namesakes.Decision> decisions = new ArrayList<>();
        for (Node person : Namesakes.persons(quads)) {
            Facet mine = Facet.of(quads, person);
            if (mine.label() == null) continue;
            // what the articles spelling it otherwise say, taken together: one of them may give no
            // office, another a compound title; the same spelling is the same person already
            Facet theirs = null;
            for (Map.Entry<Node, String> other : spellings(person).entrySet()) {
                if (other.getKey().equals(graph) || Namesakes.same(other.getValue(), mine.label())) continue;
                Facet one = facet(other.getKey(), person, other.getValue());
                theirs = theirs == null ? one : theirs.with(one);
            }
            Namesakes.Decision d = Namesakes.decide(graph, person, mine, theirs);
            if (d != null) decisions.add(d);
        }
        return Namesakes.apply(quads, decisions);
    }

    /**
     * Takes {@code graph} as it now stands in the dataset (replaced, corrected): what was read of it
     * is read again from it, by one look-up of its labels, when next needed.
     */
    void written(Node graph) {
        facets.remove(graph);
        if (spellings.isEmpty()) return;
        Set<Node> had = spelledIn.remove(graph);
        if (had != null) for (Node person : had) spellings.get(person).remove(graph);
        dsg.find(graph, Node.ANY, RDFS.Nodes.label, Node.ANY).forEachRemaining(q -> {
            Map<Node, String> labels = spellings.get(q.getSubject());
            if (labels != null && q.getObject().isLiteral() && labels.putIfAbsent(graph, q.getObject().getLiteralLexicalForm()) == null) {
                spelledIn.computeIfAbsent(graph, g -> new HashSet<>()).add(q.getSubject());
            }
        });
    }

    /** The article graphs labelling {@code person}, each with the first label it gives, read once. */
    private Map<Node, String> spellings(Node person) {
        return spellings.computeIfAbsent(person, p -> {
            Map<Node, String> labels = new LinkedHashMap<>();
            dsg.find(Node.ANY, p, RDFS.Nodes.label, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) labels.putIfAbsent(q.getGraph(), q.getObject().getLiteralLexicalForm());
            });
            for (Node g : labels.keySet()) spelledIn.computeIfAbsent(g, k -> new HashSet<>()).add(p);
            return labels;
        });
    }

    /** What {@code graph} says of {@code person} under {@code label}, read once. */
    private Facet facet(Node graph, Node person, String label) {
        Map<Node, Facet> read = facets.computeIfAbsent(graph, g -> new HashMap<>());
        Facet f = read.get(person);
        if (f == null || !f.label().equals(label)) {
            f = Facet.of(dsg, graph, person, label);
            read.put(person, f);
        }
        return f;
    }

    /** Whether two folded titles name one post ({@link Facet#samePost}). */
    static boolean samePost(String a, String b) {
        return Facet.samePost(a, b);
    }
}
