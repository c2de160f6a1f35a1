package org.diplograph.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.DIP;
import org.diplograph.resolve.Fingerprint;

/**
 * The bands of a {@link Fingerprint}: its 64 words cut into {@link #COUNT} runs of two or three,
 * each written as a literal {@code "NN:hex"} (band number, then its words) on the article with
 * {@code dip:fingerprintBand} in the summary graph.
 *
 * <p>Why this finds every copy: two signatures at least {@link Duplicates#THRESHOLD} similar differ
 * in at most {@code 64 - ceil(0.6 × 64) = 25} words; 26 bands cannot all hold one of 25 differing
 * words, so such a pair shares at least one whole band. A look-up of each band value (an index on
 * graph, property and value) therefore yields every article that may be a copy, and only a few
 * others, which the similarity check drops.
 */
final class Bands {
    /** Bands of three words first, then bands of two, 26 in all over the 64 words. */
    static final int COUNT = 26;
    private static final int TRIPLES = 12;
    private static final int WORD = 8;

    static {
        int differing = Fingerprint.SIZE - (int) Math.ceil(Duplicates.THRESHOLD * Fingerprint.SIZE);
        if (COUNT <= differing || TRIPLES * 3 + (COUNT - TRIPLES) * 2 != Fingerprint.SIZE) {
            throw new IllegalStateException("the bands must outnumber the words two copies may differ in");
        }
    }

    private Bands() {}

    /** The band literals of a signature; none when it is malformed. */
    static List<Node> of(String fingerprint) {
        List<Node> out = new ArrayList<>(COUNT);
        for (String value : values(fingerprint)) out.add(NodeFactory.createLiteralString(value));
        return out;
    }

    /** The lexical forms of {@link #of}. */
    static List<String> values(String fingerprint) {
        List<String> out = new ArrayList<>(COUNT);
        if (fingerprint == null || fingerprint.length() != Fingerprint.SIZE * WORD) return out;
        int word = 0;
        for (int band = 0; band < COUNT; band++) {
            int width = band < TRIPLES ? 3 : 2;
            out.add((band < 10 ? "0" : "") + band + ":" + fingerprint.substring(word * WORD, (word + width) * WORD));
            word += width;
        }
        return out;
    }

    /** Replaces the bands of {@code article} with those of {@code copy} (none when it is null). */
    static void write(DatasetGraph dsg, Node summaryGraph, Node article, Duplicates.Copy copy) {
        dsg.deleteAny(summaryGraph, article, DIP.fingerprintBand, Node.ANY);
        if (copy == null) return;
        for (Node band : of(copy.fingerprint())) dsg.add(new Quad(summaryGraph, article, DIP.fingerprintBand, band));
    }

    /** The articles sharing at least one band with {@code fingerprint}, itself included when stored. */
    static Set<Node> candidates(DatasetGraph dsg, Node summaryGraph, String fingerprint) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node band : of(fingerprint)) {
            dsg.find(summaryGraph, Node.ANY, DIP.fingerprintBand, band).forEachRemaining(q -> out.add(q.getSubject()));
        }
        return out;
    }

    /**
     * Writes the bands of every fingerprinted article when the summary graph holds none yet, as in a
     * dataset loaded before bands were kept: without them its articles could not be found as copies.
     */
    static void backfill(DatasetGraph dsg, Node summaryGraph) {
        if (dsg.find(summaryGraph, Node.ANY, DIP.fingerprintBand, Node.ANY).hasNext()) return;
        List<Quad> add = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, DIP.fingerprint, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && !Duplicates.teaser(dsg, q.getSubject())
                    && dsg.find(Node.ANY, q.getSubject(), DIP.key, Node.ANY).hasNext()) {
                for (Node band : of(q.getObject().getLiteralLexicalForm())) {
                    add.add(new Quad(summaryGraph, q.getSubject(), DIP.fingerprintBand, band));
                }
            }
        });
        add.forEach(dsg::add);
    }
}
