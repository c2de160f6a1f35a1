package org.diplograph.store;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What one write did to one article graph, as the {@link ArticleSink} tells its {@link ArticleObserver}.
 *
 * @param kind    how the graph changed
 * @param graph   the article graph
 * @param article the article node it holds, or null when it holds none (a graph an edit left without
 *                its {@code dip:Article} type)
 * @param left    what the observer read of the graph before the change ({@link ArticleObserver#leaving});
 *                empty for a graph that was not stored
 * @param joined  what the writer knows the article joins, from its facts ({@link Kind#WRITTEN} and
 *                {@link Kind#CORRECTED}); null for the other kinds, whose new state must be read back
 * @param quads   the quads written, for the two kinds that replace the graph; empty otherwise
 */
public record ArticleChange(Kind kind, Node graph, Node article, Set<Node> left, Joined joined, List<Quad> quads) {
    public ArticleChange {
        left = ArticleSink.frozen(left);
        quads = List.copyOf(quads);
    }

    /** How an article graph changed. */
    public enum Kind {
        /** Replaced whole by {@code quads}, which the graph now holds as they are. */
        WRITTEN,
        /**
         * Replaced whole by {@code quads}, then changed in place by a step of the same write (an
         * editor's correction): what it holds now must be read back, as it may differ from {@code quads}.
         */
        CORRECTED,
        /** Changed in place, not replaced (a correction made later): read back. */
        EDITED,
        /** Taken out. */
        REMOVED
    }

    /**
     * What the writer of an article knows of it beyond its quads: the summary keys it joins, as its
     * facts give them. An observer may hand the writer a richer kind of its own (one that also carries
     * what it compares the article by) and find it again here.
     */
    public interface Joined {
        /** The keys the article joins. */
        Set<Node> keys();
    }
}
