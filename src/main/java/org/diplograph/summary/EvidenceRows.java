package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Terms;
import org.diplograph.rdf.Vocab;

/**
 * The rows the query evidence reads a page from: for each entity a fact names (the object of one of
 * {@link #NAMING}), one row per article whose sentences it rests on ({@code ENTITY dip:evidenceTally
 * ROW . ROW dip:articleKeys KEY ; dip:evidenceCount N ; dip:evidenceFact FACT... ; dip:evidenceSpan
 * SPAN...}), N the number of the query's rows that article gives it: its own evidence and that of
 * the facts naming it, each distinct (fact, begin, end, sentence) once, as the query counts them over
 * the union of the graphs; FACT each fact naming it whose evidence the article holds, SPAN each
 * evidence span of the article that it or such a fact rests on, so that the query reads those
 * sentences alone rather than every sentence of the article. The rows are ranked in
 * the order of the article keys, a row's rank the position of its first result, and filed in pages
 * of {@link #SIZE} ranks ({@code dip:evidencePage}, {@link RankedPages}): a page of the query reads
 * the one or few articles holding its positions and sorts their spans alone.
 *
 * <p>What a change of an article graph touches: the rows of its own key for every fact whose evidence
 * it holds and every entity those facts name (in any graph), and, for a fact it names an entity by
 * and that other articles tell (a reported event or agreement is one node in each), the rows of
 * that entity for those articles' keys. {@link #touched} gathers them from a graph before it
 * changes and after; {@link #write} counts those rows again, once per transaction. An entity no
 * fact names any more loses its rows (the query then reads its own evidence directly, as it does for
 * a fact); one newly named has all of its articles counted. Rows are named by entity and key, so a
 * new article (the last key, most often) adds its rows at the end of the order and moves no other.
 *
 * <p>One instance gathers what one transaction touched: not thread-safe.
 */
final class EvidenceRows {
    /** The ranks a page holds. The query evidence divides by the same number. */
    static final int SIZE = 200;
    private static final RankedPages PAGES = new RankedPages(DIP.evidencePage, "tally/evidence-page/", SIZE);
    /** How a fact names an entity, as the query evidence reads it. */
    static final List<Node> NAMING = List.of(ORG.member.asNode(), ORG.organization.asNode(), Vocab.SEM.hasActor,
            Vocab.SEM.hasPlace, DIP.signatory, DIP.party, DIP.signedAt, DIP.relation);
    private static final String ROWS = Vocab.ID + "tally/evidence/";
    /** The rows' order: their article keys, compared as SPARQL compares simple literals. */
    private static final Comparator<Node> ORDER = Comparator.comparing(EvidenceRows::keyOf);

    /** Entity → the article keys whose rows to count again, over the transaction. */
    private final Map<Node, Set<String>> touched = new LinkedHashMap<>();

    /**
     * Notes the rows the stored article graph {@code graph} bears on, as it stands: call before the
     * graph changes or goes away, and again after it changed, inside the transaction.
     */
    void touched(DatasetGraph dsg, Node graph) {
        Map<Node, Set<String>> keys = new HashMap<>();
        dsg.find(graph, Node.ANY, DIP.evidence, Node.ANY).forEachRemaining(q -> {
            Set<String> of = keysOf(dsg, q.getObject(), keys);
            note(q.getSubject(), of);
            for (Node x : named(dsg, q.getSubject())) note(x, of);
        });
        for (Node p : NAMING) {
            dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                Set<String> of = new LinkedHashSet<>();
                dsg.findNG(Node.ANY, q.getSubject(), DIP.evidence, Node.ANY).forEachRemaining(e -> of.addAll(keysOf(dsg, e.getObject(), keys)));
                note(q.getObject(), of);
            });
        }
    }

    private void note(Node entity, Set<String> keys) {
        if (entity.isURI()) touched.computeIfAbsent(entity, k -> new LinkedHashSet<>()).addAll(keys);
    }

    /** Forgets what was gathered: the transaction failed. */
    void clear() {
        touched.clear();
    }

    /** Counts again the rows gathered since the last call and files them. Call inside the write transaction. */
    void write(DatasetGraph dsg) {
        try {
            Map<String, Map<Node, Tally>> counted = new HashMap<>();
            for (Map.Entry<Node, Set<String>> e : touched.entrySet()) {
                Node entity = e.getKey();
                boolean had = dsg.find(Terms.SUMMARY_GRAPH, entity, DIP.evidenceTally, Node.ANY).hasNext();
                if (!isNamed(dsg, entity)) {
                    if (had) drop(dsg, entity);
                    continue;
                }
                Collection<String> keys = had ? e.getValue() : allKeys(dsg, entity);
                List<Node> changed = new ArrayList<>();
                for (String key : keys) {
                    Tally t = counted.computeIfAbsent(key, k -> counts(dsg, k)).getOrDefault(entity, Tally.NONE);
                    Node row = row(entity, key);
                    if (set(dsg, entity, row, key, t)) changed.add(row);
                }
                PAGES.refile(dsg, entity, ORDER, changed, row -> width(dsg, row),
                        row -> dsg.contains(Terms.SUMMARY_GRAPH, entity, DIP.evidenceTally, row));
            }
        } finally {
            touched.clear();
        }
    }

    /**
     * Writes every entity's rows from scratch, from the article graphs: for a rebuild of the summary
     * graph and for a folder of a format without them (any evidence rows and pages already there are
     * removed first). Call inside a write transaction. Reads each article's evidence once, by index.
     *
     * <p>Memory is bounded by the entities, not the rows: each article's rows are written as its
     * evidence is counted, added outright since none is there to compare with, and ranked and filed
     * at once ({@link RankedPages.Appending}): the articles are read in key order, the rows' reading
     * order, so each row comes after every row of its entity so far. Nothing is read back; two
     * numbers per entity are kept.
     *
     * @return the number of entities given rows
     */
    static int rebuild(DatasetGraph dsg) {
        Set<Node> old = new HashSet<>();
        dsg.find(Terms.SUMMARY_GRAPH, Node.ANY, DIP.evidenceTally, Node.ANY).forEachRemaining(q -> old.add(q.getSubject()));
        old.forEach(entity -> drop(dsg, entity));
        Set<Node> named = new HashSet<>();
        for (Node p : NAMING) dsg.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) named.add(q.getObject());
        });
        Set<String> keys = new TreeSet<>();
        dsg.findNG(Node.ANY, Node.ANY, DIP.key, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) keys.add(q.getObject().getLiteralLexicalForm());
        });
        // the keys in ORDER's order (both compare the keys as strings): each entity's rows come in
        // reading order, so each is ranked and filed as it is written
        RankedPages.Appending filed = PAGES.new Appending();
        Set<Node> given = new HashSet<>();
        for (String key : keys) {
            counts(dsg, key).forEach((entity, t) -> {
                if (!named.contains(entity)) return;
                Node row = row(entity, key);
                add(dsg, entity, row, key, t);
                filed.add(dsg, entity, row, t.count());
                given.add(entity);
            });
        }
        return given.size();
    }

    /** Removes every row and page of {@code entity}. */
    private static void drop(DatasetGraph dsg, Node entity) {
        List<Node> gone = new ArrayList<>();
        for (Node p : List.of(DIP.evidenceTally, DIP.evidencePage)) {
            dsg.find(Terms.SUMMARY_GRAPH, entity, p, Node.ANY).forEachRemaining(q -> gone.add(q.getObject()));
            dsg.deleteAny(Terms.SUMMARY_GRAPH, entity, p, Node.ANY);
        }
        for (Node n : gone) dsg.deleteAny(Terms.SUMMARY_GRAPH, n, Node.ANY, Node.ANY);
    }

    /**
     * Makes {@code row} hold {@code t} (no row when its count is 0).
     *
     * @return whether its count changed (its rank and the ranks after it then move)
     */
    private static boolean set(DatasetGraph dsg, Node entity, Node row, String key, Tally t) {
        Long was = count(dsg, row);
        long n = t.count();
        if (n == 0) {
            if (was == null) return false;
            dsg.deleteAny(Terms.SUMMARY_GRAPH, row, Node.ANY, Node.ANY);
            dsg.delete(Terms.SUMMARY_GRAPH, entity, DIP.evidenceTally, row);
            return true;
        }
        if (was == null) {
            add(dsg, entity, row, key, t);
            return true;
        }
        list(dsg, row, DIP.evidenceFact, t.facts());
        list(dsg, row, DIP.evidenceSpan, t.spans());
        if (was == n) return false;
        dsg.deleteAny(Terms.SUMMARY_GRAPH, row, DIP.evidenceCount, Node.ANY);
        dsg.add(Terms.SUMMARY_GRAPH, row, DIP.evidenceCount, KeyCounts.integer(n));
        return true;
    }

    /** Writes {@code row}, which is not there, holding {@code t} (a count above 0). */
    private static void add(DatasetGraph dsg, Node entity, Node row, String key, Tally t) {
        dsg.add(Terms.SUMMARY_GRAPH, entity, DIP.evidenceTally, row);
        dsg.add(Terms.SUMMARY_GRAPH, row, RDF.Nodes.type, DIP.Tally);
        dsg.add(Terms.SUMMARY_GRAPH, row, DIP.articleKeys, NodeFactory.createLiteralString(key));
        dsg.add(Terms.SUMMARY_GRAPH, row, DIP.evidenceCount, KeyCounts.integer(t.count()));
        t.facts().forEach(f -> dsg.add(Terms.SUMMARY_GRAPH, row, DIP.evidenceFact, f));
        t.spans().forEach(span -> dsg.add(Terms.SUMMARY_GRAPH, row, DIP.evidenceSpan, span));
    }

    /** Makes {@code row} link to {@code want} by {@code link}, and to nothing else. */
    private static void list(DatasetGraph dsg, Node row, Node link, Set<Node> want) {
        Set<Node> have = objects(dsg.find(Terms.SUMMARY_GRAPH, row, link, Node.ANY));
        for (Node n : have) if (!want.contains(n)) dsg.delete(Terms.SUMMARY_GRAPH, row, link, n);
        for (Node n : want) if (!have.contains(n)) dsg.add(Terms.SUMMARY_GRAPH, row, link, n);
    }

    private static Long count(DatasetGraph dsg, Node row) {
        return RankedPages.number(dsg, row, DIP.evidenceCount);
    }

    private static long width(DatasetGraph dsg, Node row) {
        Long n = count(dsg, row);
        return n == null ? 0 : n;
    }

    /**
     * For the article key {@code key}: how many rows of the query evidence each node gives, as the
     * query's entity (named or not: the caller keeps the named ones), each distinct fact, begin, end
     * and sentence of the article's evidence once, over the union of the graphs.
     */
    static Map<Node, Tally> counts(DatasetGraph dsg, String key) {
        Map<Node, Set<List<Node>>> rows = new HashMap<>();
        Map<Node, Set<Node>> naming = new HashMap<>();
        Map<Node, Set<Node>> spansOf = new HashMap<>();
        Set<Node> spans = new LinkedHashSet<>();
        subjects(dsg.findNG(Node.ANY, Node.ANY, DIP.key, NodeFactory.createLiteralString(key))).forEach(source ->
                spans.addAll(subjects(dsg.findNG(Node.ANY, Node.ANY, Vocab.NIF.referenceContext, source))));
        Map<Node, Set<Node>> namedBy = new HashMap<>();
        for (Node span : spans) {
            Set<Node> begins = objects(dsg.findNG(Node.ANY, span, Vocab.NIF.beginIndex, Node.ANY));
            Set<Node> ends = objects(dsg.findNG(Node.ANY, span, Vocab.NIF.endIndex, Node.ANY));
            Set<Node> sentences = objects(dsg.findNG(Node.ANY, span, Vocab.NIF.anchorOf, Node.ANY));
            if (begins.isEmpty() || ends.isEmpty() || sentences.isEmpty()) continue;
            for (Node fact : subjects(dsg.findNG(Node.ANY, Node.ANY, DIP.evidence, span))) {
                Set<Node> entities = new LinkedHashSet<>(namedBy.computeIfAbsent(fact, f -> named(dsg, f)));
                for (Node entity : entities) naming.computeIfAbsent(entity, k -> new HashSet<>()).add(fact);
                entities.add(fact);
                for (Node entity : entities) {
                    spansOf.computeIfAbsent(entity, k -> new HashSet<>()).add(span);
                    Set<List<Node>> of = rows.computeIfAbsent(entity, k -> new HashSet<>());
                    for (Node b : begins) for (Node e : ends) for (Node s : sentences) of.add(List.of(fact, b, e, s));
                }
            }
        }
        Map<Node, Tally> out = new HashMap<>();
        rows.forEach((entity, r) -> out.put(entity, new Tally(r.size(), naming.getOrDefault(entity, Set.of()), spansOf.get(entity))));
        return out;
    }

    /**
     * What an article gives an entity: how many rows of the query, the facts naming the entity whose
     * evidence it holds ({@code dip:evidenceFact}) and the evidence spans of the entity and of those
     * facts ({@code dip:evidenceSpan}), from which the query reads its rows without looking at every
     * sentence of the article.
     */
    record Tally(long count, Set<Node> facts, Set<Node> spans) {
        static final Tally NONE = new Tally(0, Set.of(), Set.of());
    }

    /** The entities {@code fact} names, in any graph. */
    private static Set<Node> named(DatasetGraph dsg, Node fact) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : NAMING) out.addAll(objects(dsg.findNG(Node.ANY, fact, p, Node.ANY)));
        return out;
    }

    private static boolean isNamed(DatasetGraph dsg, Node entity) {
        for (Node p : NAMING) if (dsg.findNG(Node.ANY, Node.ANY, p, entity).hasNext()) return true;
        return false;
    }

    /** Every article key the entity may have a row for: of its own evidence and of the facts naming it. */
    private static Set<String> allKeys(DatasetGraph dsg, Node entity) {
        Map<Node, Set<String>> cache = new HashMap<>();
        Set<String> out = new LinkedHashSet<>();
        Set<Node> facts = new LinkedHashSet<>();
        facts.add(entity);
        for (Node p : NAMING) facts.addAll(subjects(dsg.findNG(Node.ANY, Node.ANY, p, entity)));
        for (Node f : facts) {
            dsg.findNG(Node.ANY, f, DIP.evidence, Node.ANY).forEachRemaining(q -> out.addAll(keysOf(dsg, q.getObject(), cache)));
        }
        return out;
    }

    /** The article keys of an evidence span's sources. */
    private static Set<String> keysOf(DatasetGraph dsg, Node span, Map<Node, Set<String>> cache) {
        return cache.computeIfAbsent(span, s -> {
            Set<String> out = new LinkedHashSet<>();
            for (Node source : objects(dsg.findNG(Node.ANY, s, Vocab.NIF.referenceContext, Node.ANY))) {
                for (Node k : objects(dsg.findNG(Node.ANY, source, DIP.key, Node.ANY))) {
                    if (k.isLiteral()) out.add(k.getLiteralLexicalForm());
                }
            }
            return out;
        });
    }

    /** The row of {@code entity} for the article key {@code key}. */
    static Node row(Node entity, String key) {
        return NodeFactory.createURI(ROWS + CountedRows.path(entity) + "/" + Iris.articleSegment(key));
    }

    /** The article key a row was named by ({@link #row}). */
    static String keyOf(Node row) {
        String iri = row.getURI();
        return Iris.articleKeyOf(Vocab.ID + "article/" + iri.substring(iri.lastIndexOf('/') + 1));
    }

    private static Set<Node> subjects(java.util.Iterator<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private static Set<Node> objects(java.util.Iterator<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        quads.forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }
}
