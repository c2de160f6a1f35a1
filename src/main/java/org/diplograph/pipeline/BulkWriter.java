package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Terms;
import org.diplograph.rdf.Vocab;
import org.diplograph.store.ArticleChange;
import org.diplograph.store.BulkLoad;
import org.diplograph.store.Store;
import org.diplograph.summary.SummaryObserver;

/**
 * Where the articles of an {@link Ingest.Mode#BULK} run go: a stream of quads into Jena's parallel
 * loader ({@link BulkLoad}), fed by the writing thread in the order read, while the workers extract.
 *
 * <p>What the transactional path reads back from the dataset at each write is kept in memory
 * instead, so that the dataset loaded is the one it writes, quad for quad: the quads by which a
 * person is told apart from a homonym ({@link Homonyms}: labels and country of persons, members and
 * titles of holdings, a few per article) in a small dataset of their own, and the duplicate links
 * ({@link SummaryObserver#bulk}). The summary counts are taken once, after the load, by the
 * {@link AfterLoad} steps, on the new database before it is put in place.
 *
 * <p>A bulk run writes into a dataset that holds no article, no summary and no correction
 * ({@link #refusal}): what it holds (the ontology and runs graphs) is copied into the new database
 * first, so the run adds to it as the transactional path would.
 */
final class BulkWriter {
    private static final String PERSONS = Vocab.ID + "person/";
    private static final Node MEMBER = ORG.member.asNode();

    private final BulkLoad load;
    private final StreamRDF out;
    /** The labels of persons by person, for the look-up across graphs that {@link Homonyms} makes. */
    private final Map<Node, List<Quad>> labels = new HashMap<>();
    /**
     * What {@link Homonyms} reads of the articles written so far: one small graph per article that
     * names a person, and its look-up of a person's labels in every graph answered from {@link #labels}
     * (a dataset of graphs in a map would ask each graph in turn).
     */
    private final DatasetGraph persons = new DatasetGraphWrapper(DatasetGraphFactory.createGeneral()) {
        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if ((g == null || g == Node.ANY) && s != null && s.isConcrete() && RDFS.Nodes.label.equals(p) && (o == null || o == Node.ANY)) {
                return labels.getOrDefault(s, List.of()).iterator();
            }
            return super.find(g, s, p, o);
        }
    };
    private final Homonyms homonyms = Homonyms.reading(persons);
    /** Links the copies in memory and gathers the relations written. */
    private final SummaryObserver links;
    private long quads;

    private BulkWriter(BulkLoad load) {
        this.load = load;
        this.out = load.stream();
        this.links = SummaryObserver.bulk(this::quad);
    }

    /**
     * Why {@code store} cannot take a bulk load, or null when it can: only the ontology and runs
     * graphs may be stored (a dataset holding articles, counts or corrections takes the
     * transactional path, which replaces and corrects articles in place).
     */
    static String refusal(Store store) {
        DatasetGraph dsg = store.dataset();
        List<Node> held = Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(Terms.ONTOLOGY_GRAPH) && !g.equals(Terms.RUNS_GRAPH)) out.add(g);
            });
            return out;
        });
        if (held.isEmpty()) return null;
        long articles = held.stream().filter(Terms::isArticleGraph).count();
        return "the dataset in " + store.folder() + " is not empty (" + (articles > 0 ? articles + " article graphs"
                : held.size() + " graphs besides the ontology and the runs") + "): a bulk load fills an empty dataset only";
    }

    /**
     * Starts the load, the store's graphs copied into it first; {@code ontology}, when not null, is
     * loaded in place of the stored ontology graph (as the transactional path replaces it).
     */
    static BulkWriter start(Store store, List<Quad> ontology) {
        BulkWriter w = new BulkWriter(BulkLoad.start(store));
        DatasetGraph dsg = store.dataset();
        try {
            Map<Node, List<Quad>> copied = new LinkedHashMap<>();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
                if (ontology != null && q.getGraph().equals(Terms.ONTOLOGY_GRAPH)) return;
                w.quad(q);
                copied.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
            }));
            if (ontology != null) {
                ontology.forEach(w::quad);
                copied.put(Terms.ONTOLOGY_GRAPH, ontology);
            }
            copied.values().forEach(w.load::indexText);   // the names of the ontology's countries among them
        } catch (RuntimeException e) {
            w.abort(e);
            throw e;
        }
        return w;
    }

    /**
     * Writes one article, as the transactional path writes it into a dataset without corrections:
     * told apart from the homonyms written before it, then linked to its copies.
     */
    void write(Node graph, Node article, List<Quad> mapped, ArticleChange.Joined joined) {
        List<Quad> written = homonyms.tellApart(graph, mapped);
        written.forEach(this::quad);
        load.indexText(written);
        keepPersons(written);
        homonyms.written(graph);
        links.changed(persons, new ArticleChange(ArticleChange.Kind.WRITTEN, graph, article, Set.of(), joined, List.of()));
    }

    /** Ends the stream with the duplicate links, runs the after-load steps and puts the dataset in place. */
    void finish() {
        try {
            links.endBulk(this::quad);
        } catch (RuntimeException e) {
            abort(e);
            throw e;
        }
        load.finish(AfterLoad::run);
    }

    /** Stops after a failure: the store's dataset is left as it was. */
    void abort(Exception cause) {
        load.abort(cause);
    }

    /** The bilateral relations the articles written join. */
    Set<Node> relations() {
        return links.relations();
    }

    /** Quads streamed so far. */
    long quads() {
        return quads;
    }

    private void quad(Quad q) {
        out.quad(q);
        quads++;
    }

    /**
     * The quads of an article that {@link Homonyms} may read again for a later article: the labels
     * and country of its persons (typed so, or named as persons are), the holdings whose member is
     * one of them and the titles of those holdings.
     */
    private void keepPersons(List<Quad> written) {
        Set<Node> typed = new HashSet<>();
        for (Quad q : written) {
            if (q.getPredicate().equals(RDF.Nodes.type) && q.getObject().equals(DIP.Person)) typed.add(q.getSubject());
        }
        Set<Node> holdings = new HashSet<>();
        for (Quad q : written) {
            if (q.getPredicate().equals(MEMBER) && person(q.getObject(), typed)) {
                holdings.add(q.getSubject());
                persons.add(q);
            }
        }
        for (Quad q : written) {
            Node p = q.getPredicate();
            if (p.equals(DIP.title) && holdings.contains(q.getSubject())) {
                persons.add(q);
            } else if ((p.equals(RDFS.Nodes.label) || p.equals(DIP.servesCountry)) && person(q.getSubject(), typed)) {
                persons.add(q);
                if (p.equals(RDFS.Nodes.label)) labels.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(2)).add(q);
            }
        }
    }

    private static boolean person(Node n, Set<Node> typed) {
        return typed.contains(n) || n.isURI() && n.getURI().startsWith(PERSONS);
    }
}
