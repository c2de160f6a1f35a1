package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.rdf.ArticleMapper;
import org.diplograph.rdf.Terms;
import org.diplograph.summary.SummaryKeys;
import org.diplograph.summary.SummaryUpdate;
import org.diplograph.store.Store;
import org.diplograph.store.StoreWrite;

/**
 * Takes articles out of a store.
 *
 * <pre>
 *   boolean removed = Removal.create().store(store).build().remove("some-key");
 * </pre>
 *
 * <p>An article's graph holds everything it states, entities included, so removing the graph removes
 * every entity no other article states. In the same write transaction the summary counts of the
 * relations it spoke of are recomputed (a relation no article supports any more loses its counts) and
 * the duplicate links of the article and of its copies are remade ({@link SummaryUpdate}). Ingesting two
 * articles and removing one therefore leaves the dataset that ingesting the other alone gives, the
 * runs graph aside.
 */
public final class Removal {
    private static final Logger LOG = LoggerFactory.getLogger(Removal.class);

    private final Store store;
    private final ArticleMapper mapper;

    private Removal(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.mapper = b.mapper;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a removal; {@code store} is required. */
    public static final class Builder {
        private Store store;
        private ArticleMapper mapper = ArticleMapper.standard();

        private Builder() {}

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** The mapper that names article graphs (default: {@link ArticleMapper#standard()}). */
        public Builder mapper(ArticleMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper);
            return this;
        }

        public Removal build() {
            return new Removal(this);
        }
    }

    /**
     * Removes the article with this key, and the teasers its page listed (keys {@code KEY~teaser-N});
     * false when the store holds no such article.
     */
    public boolean remove(String key) {
        DatasetGraph dsg = store.dataset();
        Node graph = mapper.graphFor(key);
        String teaserGraphs = mapper.graphFor(key + "~teaser-").getURI();
        AtomicBoolean found = new AtomicBoolean();
        StoreWrite.run(store, "the removal of article \"" + key + "\"", () -> {
            if (!dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) return;
            List<Node> graphs = new ArrayList<>(List.of(graph));
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(teaserGraphs)) graphs.add(g);
            });
            Set<Node> relations = new java.util.HashSet<>();
            List<Node> articles = new ArrayList<>();
            for (Node g : graphs) {
                relations.addAll(SummaryKeys.of(dsg, g));
                dsg.find(g, Node.ANY, RDF.Nodes.type, Terms.ARTICLE).forEachRemaining(q -> articles.add(q.getSubject()));
            }
            for (Node g : graphs) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            Curation.forget(dsg, articles);
            SummaryUpdate.update(dsg, relations, articles);
            found.set(true);
        });
        if (found.get()) LOG.info("Removed article {}", key);
        else LOG.debug("No article {} to remove", key);
        return found.get();
    }
}
