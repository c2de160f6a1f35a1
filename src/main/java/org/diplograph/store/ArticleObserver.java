package org.diplograph.store;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Keeps derived data current as an {@link ArticleSink} writes: called inside the sink's write
 * transaction, so that what it derives commits with the articles or not at all.
 *
 * <p>Contract, for each transaction: {@link #leaving} for each graph about to be replaced, edited or
 * removed (before it changes), {@link #changed} after each article graph changed, in the order
 * written, then {@link #committing} once before the commit; {@link #aborted} instead when the
 * transaction failed, so that state the observer keeps outside the dataset (an index, the changes
 * of the transaction) is dropped. The store defines this interface and calls it; it knows nothing
 * of what the observer derives.
 */
public interface ArticleObserver {
    /** An observer that derives nothing. */
    ArticleObserver NONE = new ArticleObserver() {
        @Override
        public Set<Node> leaving(DatasetGraph dsg, Node graph) {
            return Set.of();
        }

        @Override
        public void changed(DatasetGraph dsg, ArticleChange change) {}

        @Override
        public void committing(DatasetGraph dsg) {}
    };

    /** What the stored {@code graph} gives the observer before it changes: the keys the article leaves. */
    Set<Node> leaving(DatasetGraph dsg, Node graph);

    /** After one article graph changed, inside the transaction. */
    void changed(DatasetGraph dsg, ArticleChange change);

    /** Once per transaction, after its last change and before it commits. */
    void committing(DatasetGraph dsg);

    /** The transaction failed and was aborted: nothing it changed was kept. */
    default void aborted() {}
}
