package org.diplograph.summary;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.store.ArticleChange;

/**
 * The duplicate links of a load that writes no transactions (a bulk load into an empty dataset),
 * found in memory as the articles come, in the order written: the same look-up ({@link CopyIndex})
 * and the same rules ({@link Duplicates}) as {@link SummaryObserver} applies at each write, on a
 * summary graph held in memory, so that the links are those the transactional path writes.
 *
 * <p>What the rules write goes two ways: an article's fingerprint bands never change once written
 * (each article is written once), so they go straight to {@code out}; the {@code dip:duplicateOf}
 * links may be remade by a later article (a better copy of the same story), so they are kept here
 * and given by {@link #finish} once the last article is linked. Memory: the copy index (about 2 kB an
 * article) and one quad per copy.
 */
final class LinksInMemory {
    private final CopyIndex index = CopyIndex.empty();
    private final DatasetGraph summary;

    /** {@code out}: where the bands go, as written. */
    LinksInMemory(Consumer<Quad> out) {
        DatasetGraph held = DatasetGraphFactory.createGeneral();
        this.summary = new DatasetGraphWrapper(held) {
            @Override
            public void add(Quad quad) {
                if (quad.getPredicate().equals(DIP.fingerprintBand)) out.accept(quad);
                else super.add(quad);
            }

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                add(Quad.create(g, s, p, o));
            }
        };
    }

    /**
     * Links {@code article}, just written as {@code joined} tells ({@link SummaryObserver#joins}),
     * to the copies written before it.
     */
    void written(Node article, ArticleChange.Joined joined) {
        SummaryUpdate.link(summary, List.of(article), java.util.Collections.singletonMap(article, SummaryObserver.copyOf(joined)),
                index);
    }

    /** Gives the {@code dip:duplicateOf} links as they stand after the last article. */
    void finish(Consumer<Quad> out) {
        summary.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.duplicateOf, Node.ANY).forEachRemaining(out);
    }
}
