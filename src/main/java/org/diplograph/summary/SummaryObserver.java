package org.diplograph.summary;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.extract.Facts;
import org.diplograph.rdf.Terms;
import org.diplograph.store.ArticleChange;
import org.diplograph.store.ArticleObserver;
import org.diplograph.store.Store;

/**
 * Keeps the summary graph current as an {@link org.diplograph.store.ArticleSink} writes: the counts
 * of the keys each change touches and the duplicate links of the articles it touches, inside the
 * sink's transaction, so that every commit holds counts and links that agree with its articles.
 *
 * <p>What a change touches: the keys the article left (read from what was stored, by index,
 * {@link SummaryKeys#of}), the keys it joins (from its facts, {@link #joins}, or read back when a
 * correction changed it after it was written, or when it was edited in place), and the keys reached
 * through the items it shares with other articles ({@link SummaryKeys#shared}: those need the
 * dataset, since another article gives them their keys). An article written is linked to its copies
 * as soon as it is written, as if committed alone, compared as its facts say unless a correction
 * changed it; articles removed or edited in place are linked together before the commit, as one
 * change. The counts are then taken once per transaction.
 *
 * <p>Made for how the run shares the dataset: {@link #live()} counts in each transaction;
 * {@link #exclusive()}, for a run that is the dataset's sole user, marks what lags instead
 * ({@link PendingCounts}) and counts it once, at {@link #countPending}, and finds the candidate copies
 * in an in-memory index ({@link CopyIndex}) loaded at its first write and dropped when a transaction
 * fails (it may hold what the aborted transaction wrote); {@link #bulk}, for a load that writes no
 * transactions, links in memory and leaves the counts to a count of the whole graph after the load.
 * One observer serves one run: it is not thread-safe.
 */
public final class SummaryObserver implements ArticleObserver {
    private static final Node PUBLISHED = org.apache.jena.vocabulary.SchemaDO.datePublished.asNode();

    private final boolean exclusive;
    /** The links found in memory, for a load that writes no transactions ({@link #bulk}); null otherwise. */
    private final LinksInMemory memory;
    /** The candidate copies, in the exclusive mode only: loaded at the first write, dropped when one fails. */
    private CopyIndex copies;

    /** The transaction's keys to count, articles whose rows to take again, articles edited or removed. */
    private final Set<Node> keys = new LinkedHashSet<>();
    private final Set<Node> linked = new LinkedHashSet<>();
    private final Set<Node> together = new LinkedHashSet<>();
    private final Set<Node> removed = new LinkedHashSet<>();
    private boolean written;
    private boolean anyRemoved;
    /** The evidence rows the transaction's articles bear on, counted at its commit, in every mode but the bulk one. */
    private final EvidenceRows evidence = new EvidenceRows();
    /** The bilateral relations whose counts the written articles of committed transactions touched. */
    private final Set<Node> relations = new LinkedHashSet<>();

    private SummaryObserver(boolean exclusive, LinksInMemory memory) {
        this.exclusive = exclusive;
        this.memory = memory;
    }

    /** Counts and links in every transaction: others may read and write the dataset meanwhile. */
    public static SummaryObserver live() {
        return new SummaryObserver(false, null);
    }

    /**
     * Links in every transaction and marks the counts, which {@link #countPending} takes at the end
     * of the run: only for a run that is the dataset's sole user.
     */
    public static SummaryObserver exclusive() {
        return new SummaryObserver(true, null);
    }

    /**
     * For a load that writes no transactions (Jena's bulk loader fed a stream of quads, into a dataset
     * without articles): each article written ({@link ArticleChange.Kind#WRITTEN}, the only kind it
     * takes) is linked to its copies in memory, as the other forms link it in the dataset; the bands it
     * writes go to {@code out} as they come, the links at {@link #endBulk}, and the counts are taken
     * once the load is complete ({@link #countAll}). The dataset given to {@link #changed} is not read.
     */
    public static SummaryObserver bulk(java.util.function.Consumer<Quad> out) {
        return new SummaryObserver(true, new LinksInMemory(out));
    }

    /** In the {@link #bulk} form, once the last article is written: gives the duplicate links, as they stand, to {@code out}. */
    public void endBulk(java.util.function.Consumer<Quad> out) {
        if (memory == null) throw new IllegalStateException("not the bulk form");
        memory.finish(out);
    }

    /**
     * Counts the whole summary graph from the article graphs ({@link SummaryRebuild}): after a load
     * by other means than the sink's transactions (a bulk load), or to repair the counts.
     */
    public static void countAll(Store store) {
        SummaryRebuild.run(store);
    }

    /**
     * What an article about to be written joins, from its {@code facts}: the keys its quads name
     * ({@link SummaryKeys#ofFacts}, which holds for the standard mapper's quads) and what it is
     * compared by for copies; its date is the one written in {@code quads} (the mapper leaves out a
     * date that is not valid), as it would be read back.
     */
    public static ArticleChange.Joined joins(Node article, Facts.Article facts, List<Quad> quads) {
        return new Joins(SummaryKeys.ofFacts(facts), copy(article, facts, quads));
    }

    /**
     * As {@link #joins}, for quads another mapper made: the keys are those its quads name
     * ({@link SummaryKeys#in}), since the facts give only the standard mapper's.
     */
    public static ArticleChange.Joined joinsAsMapped(Node article, Facts.Article facts, List<Quad> quads) {
        return new Joins(SummaryKeys.in(quads.iterator()), copy(article, facts, quads));
    }

    /** What {@code joined} (made by {@link #joins} or {@link #joinsAsMapped}) is compared by for copies (null: never a copy). */
    static Duplicates.Copy copyOf(ArticleChange.Joined joined) {
        return joined instanceof Joins j ? j.copy() : null;
    }

    /** The keys an article joins and what the duplicate rules compare of it (null: never a copy). */
    private record Joins(Set<Node> keys, Duplicates.Copy copy) implements ArticleChange.Joined {}

    private static Duplicates.Copy copy(Node article, Facts.Article facts, List<Quad> quads) {
        String published = null;
        for (Quad q : quads) {
            if (q.getSubject().equals(article) && q.getPredicate().equals(PUBLISHED) && q.getObject().isLiteral()) {
                published = q.getObject().getLiteralLexicalForm();
                break;
            }
        }
        return Duplicates.Copy.of(article, facts.source().key(), facts.fingerprint(), facts.repairs(), published, facts.teaser());
    }

    @Override
    public Set<Node> leaving(DatasetGraph dsg, Node graph) {
        if (memory == null) evidence.touched(dsg, graph);
        return SummaryKeys.of(dsg, graph);
    }

    @Override
    public void changed(DatasetGraph dsg, ArticleChange c) {
        if (memory != null) {
            if (c.kind() != ArticleChange.Kind.WRITTEN) throw new IllegalStateException("a bulk load only writes: " + c.kind());
            memory.written(c.article(), c.joined());
            relations.addAll(SummaryKeys.relations(c.joined().keys()));
            return;
        }
        keys.addAll(c.left());
        if (c.kind() != ArticleChange.Kind.REMOVED) evidence.touched(dsg, c.graph());
        switch (c.kind()) {
            case WRITTEN, CORRECTED -> {
                if (exclusive && copies == null) copies = CopyIndex.load(dsg, Terms.SUMMARY_GRAPH);
                keys.addAll(c.joined().keys());
                // a correction may change any value compared but the key, so a corrected article is read back
                if (c.kind() == ArticleChange.Kind.CORRECTED) keys.addAll(SummaryKeys.of(dsg, c.graph()));
                keys.addAll(SummaryKeys.shared(dsg, c.quads().iterator()));
                // a person told apart from a homonym is named in the quads by another IRI than its facts give
                keys.addAll(SummaryKeys.members(c.quads().iterator()));
                // the events and agreements it tells, each keeping its own timeline rows
                keys.addAll(SummaryKeys.items(c.quads().iterator()));
                Map<Node, Duplicates.Copy> known = new HashMap<>();
                if (c.kind() == ArticleChange.Kind.WRITTEN && c.joined() instanceof Joins j) known.put(c.article(), j.copy());
                linked.addAll(SummaryUpdate.link(dsg, List.of(c.article()), known, copies));
                written = true;
            }
            case EDITED -> {
                keys.addAll(SummaryKeys.of(dsg, c.graph()));
                if (c.article() != null) together.add(c.article());
            }
            case REMOVED -> {
                anyRemoved = true;
                if (c.article() != null) {
                    together.add(c.article());
                    removed.add(c.article());
                }
            }
        }
    }

    @Override
    public void committing(DatasetGraph dsg) {
        try {
            // cheap per article, so counted in the transaction in the exclusive mode too: nothing left pending
            evidence.write(dsg);
            // an edit that left no article behind counts nothing unless something else changed
            if (!written && !anyRemoved && together.isEmpty()) return;
            if (anyRemoved || !together.isEmpty()) linked.addAll(SummaryUpdate.link(dsg, together));
            if (copies != null) removed.forEach(copies::forget);
            if (exclusive) PendingCounts.mark(dsg, keys, linked);
            else SummaryUpdate.recount(dsg, keys, linked);
            if (written) relations.addAll(SummaryKeys.relations(keys));
        } finally {
            clear();
        }
    }

    @Override
    public void aborted() {
        copies = null;
        clear();
    }

    private void clear() {
        evidence.clear();
        keys.clear();
        linked.clear();
        together.clear();
        removed.clear();
        written = false;
        anyRemoved = false;
    }

    /**
     * Counts what the run put off ({@link PendingCounts#resolve}), in the exclusive mode; nothing in
     * the live mode, which counted at every commit. Call once the run's last article is written.
     */
    public void countPending(Store store) {
        if (exclusive) PendingCounts.resolve(store);
    }

    /** The bilateral relations whose counts the written articles touched, over the committed transactions. */
    public Set<Node> relations() {
        return java.util.Collections.unmodifiableSet(relations);
    }
}
