package org.diplograph.pipeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PropertyRanges;
import org.diplograph.rdf.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.diplograph.rdf.Terms;
import org.diplograph.summary.SummaryObserver;
import org.diplograph.store.ArticleSink;
import org.diplograph.store.Store;
import org.diplograph.store.StoreWrite;

/**
 * Editors' corrections and retractions, kept in the curation graph ({@code id:graph/curation}) and
 * applied to the article graphs, so that every query, the console, the report and the facts export
 * read the corrected graph.
 *
 * <p>A record ({@link Change}) names its target by subject, property and value, never by article:
 * <ul>
 *   <li>a {@code dip:Correction} replaces the values of {@code S P} (only {@code OLD}, when
 *       {@code dip:oldValue} is given) by {@code dip:newValue}, in each article graph that states one of them;</li>
 *   <li>a {@code dip:Retraction} deletes {@code S P V}, or every value of {@code S P}, or, without
 *       a property, every statement of the node {@code S} as subject or object (a whole fact).</li>
 * </ul>
 * It says who made it ({@code dip:correctedBy}), when ({@code prov:generatedAtTime}, xsd:dateTime)
 * and why ({@code rdfs:comment}, optional). Its IRI is a digest of what it targets and its new value
 * ({@code id:correction/HEX}), so recording the same correction again changes nothing.
 *
 * <p>When they apply: every time an article graph is written ({@link Ingest}: ingest, re-ingest,
 * {@code --reextract}, the watcher, HTTP ingest), after the extractor's quads and in the same
 * transaction, every record is applied in the order made; and at once when one is made
 * ({@link #correct}, {@link #retract}) or arrives through SPARQL Update ({@link #sync}), to every
 * article graph that holds its subject, in one transaction of the store's {@link ArticleSink}. Each time
 * the summary counts and duplicate links the change touches are taken again by the sink's observer
 * ({@link SummaryObserver}), so they equal a full
 * {@code recount}. Each article graph a record changed is listed on it ({@code dip:appliedTo}),
 * kept current when the article is written again or removed: {@code explain} shows the record beside
 * the article's facts, and {@link #undo} knows which articles to extract again.
 *
 * <p>Why records and not edits of the article graphs: an article graph is replaced whole each time
 * it is read again, so an edit made in it would be lost at the next re-extraction.
 */
public final class Curation {
    private static final Logger LOG = LoggerFactory.getLogger(Curation.class);
    private static final Node GENERATED_AT = Vocab.PROV.generatedAtTime;
    private static final Node COMMENT = RDFS.comment.asNode();
    /** The article's own record, which decides whether it is read again: not the editors' to change. */
    private static final Set<Node> STAMP = Set.of(DIP.contentHash, DIP.extractorVersion, DIP.sourceFile, DIP.sourceText, DIP.key);
    private static final String ARTICLES = Vocab.ID + "article/";
    /** Where the records live: {@code id:correction/HEX}. */
    public static final String CORRECTIONS = Vocab.ID + "correction/";

    private Curation() {}

    /** A correction replaces a value; a retraction withdraws statements. */
    public enum Kind {
        CORRECTION(DIP.Correction), RETRACTION(DIP.Retraction);

        private final Node type;

        Kind(Node type) {
            this.type = type;
        }

        /** The record's {@code rdf:type}. */
        public Node type() {
            return type;
        }
    }

    /**
     * One record of the curation graph. {@code property} is null for a retraction of a whole node,
     * {@code oldValue} when every value is aimed at, {@code newValue} for a retraction; {@code by},
     * {@code when} and {@code note} may be null for a record inserted through SPARQL before the
     * server filled them in. {@code appliedTo}: the articles whose graph it changed.
     */
    public record Change(Node id, Kind kind, Node subject, Node property, Node oldValue, Node newValue,
                         String by, String when, String note, List<Node> appliedTo) {
        /** A record not yet stored: its IRI is the digest of its target and new value. */
        public static Change of(Kind kind, Node subject, Node property, Node oldValue, Node newValue, String by, String note) {
            return new Change(idOf(kind, subject, property, oldValue, newValue), kind, subject, property, oldValue, newValue,
                    by, null, note, List.of());
        }

        /** The record's quads in the curation graph, {@code when} included when set. */
        public List<Quad> quads() {
            List<Quad> out = new ArrayList<>();
            Node g = CURATION_GRAPH;
            out.add(Quad.create(g, id, RDF.Nodes.type, kind.type()));
            out.add(Quad.create(g, id, DIP.correctsSubject, subject));
            if (property != null) out.add(Quad.create(g, id, DIP.correctsProperty, property));
            if (oldValue != null) out.add(Quad.create(g, id, DIP.oldValue, oldValue));
            if (newValue != null) out.add(Quad.create(g, id, DIP.newValue, newValue));
            if (by != null) out.add(Quad.create(g, id, DIP.correctedBy, NodeFactory.createLiteralString(by)));
            if (when != null) out.add(Quad.create(g, id, GENERATED_AT, NodeFactory.createLiteralDT(when, XSDDatatype.XSDdateTime)));
            if (note != null && !note.isBlank()) out.add(Quad.create(g, id, COMMENT, NodeFactory.createLiteralString(note)));
            return out;
        }

        /**
         * Whether it can be applied: it has a subject, a property and new value for a correction, and
         * touches neither an article's own record nor a whole article (a record inserted through SPARQL
         * is not checked by {@link #refusal} and may ask for either).
         */
        boolean applicable() {
            boolean complete = subject != null && (kind == Kind.RETRACTION ? property != null || oldValue == null
                    : property != null && newValue != null);
            boolean article = subject != null && subject.isURI() && subject.getURI().startsWith(ARTICLES);
            return complete && !(article && (property == null || STAMP.contains(property)));
        }
    }

    /** What {@link #correct} or {@link #retract} did: the record, whether it was new, and how many articles it changed. */
    public record Recorded(Change change, boolean added, int articles) {}

    /** Asks a SPARQL ASK with some variables bound: on the data folder or through an endpoint. */
    @FunctionalInterface
    public interface Asker {
        boolean ask(Query query, Binding bound);
    }

    /** {@code id:graph/curation}. */
    public static final Node CURATION_GRAPH = Terms.CURATION_GRAPH;

    private static final Query STATED = QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
            + Terms.ARTICLE_GRAPHS + "\")) }");
    private static final Query IS_ARTICLE = QueryFactory.create(Terms.PREFIXES + "ASK { GRAPH ?g { ?s a dip:Article } }");
    private static final Query RECORDED = QueryFactory.create("ASK { GRAPH <" + Iris.CURATION_GRAPH + "> { ?s ?p ?o } }");

    /**
     * Why {@code change} cannot be made, or null: a subject no article states, the record of an article
     * itself, a property neither the ontology declares nor an article states of the subject, an old value
     * no article states. A record already made is never refused (making it again changes nothing).
     */
    public static String refusal(Asker ask, Change c) {
        if (ask.ask(RECORDED, bind("s", c.id()))) return null;
        if (!c.subject().isURI()) return "the subject must be an IRI";
        if (!ask.ask(STATED, bind("s", c.subject()))) return "no article states anything of " + shortForm(c.subject());
        boolean article = ask.ask(IS_ARTICLE, bind("s", c.subject()));
        if (article && c.property() == null) return shortForm(c.subject()) + " is an article: take it out with remove";
        if (c.property() == null) return null;
        if (article && STAMP.contains(c.property())) {
            return shortForm(c.property()) + " is the article's own record, which says when it is read again; it cannot be corrected";
        }
        if (!PropertyRanges.declared(c.property()) && !ask.ask(STATED, bind("s", c.subject(), "p", c.property()))) {
            return "property " + shortForm(c.property()) + " is not in the ontology, and no article states it of " + shortForm(c.subject());
        }
        if (c.oldValue() != null && !ask.ask(STATED, bind("s", c.subject(), "p", c.property(), "o", c.oldValue()))) {
            return "no article states " + shortForm(c.subject()) + " " + shortForm(c.property()) + " " + shortForm(c.oldValue());
        }
        if (c.kind() == Kind.RETRACTION && c.oldValue() == null && !ask.ask(STATED, bind("s", c.subject(), "p", c.property()))) {
            return "no article states " + shortForm(c.property()) + " of " + shortForm(c.subject());
        }
        return null;
    }

    /** The asker of a local dataset; call inside a transaction. */
    static Asker local(DatasetGraph dsg) {
        return (q, b) -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution(b).build()) {
                return qe.ask();
            }
        };
    }

    /**
     * Records a correction ({@code property}'s values of {@code subject} become {@code newValue}; only
     * {@code oldValue} when not null) made by {@code by}, and applies it to every article graph that
     * states one of them, counts kept right, in one transaction.
     *
     * @throws DiplographException with one line saying why when it cannot be made ({@link #refusal})
     */
    public static Recorded correct(Store store, Node subject, Node property, Node newValue, Node oldValue, String by, String note) {
        return record(store, Change.of(Kind.CORRECTION, subject, property, oldValue, newValue, by, note));
    }

    /**
     * Records a retraction of {@code subject property value} ({@code value}, or {@code property} and
     * {@code value}, null for all) and applies it, as {@link #correct} does.
     */
    public static Recorded retract(Store store, Node subject, Node property, Node value, String by, String note) {
        return record(store, Change.of(Kind.RETRACTION, subject, property, value, null, by, note));
    }

    /**
     * Records {@code given} (made by its {@code by}, now) and applies it, as {@link #correct} does;
     * a record already made is left as it is ({@link Recorded#added} false).
     */
    public static Recorded record(Store store, Change given) {
        DatasetGraph dsg = store.dataset();
        Recorded[] out = new Recorded[1];
        articles(store).write("the correction " + shortForm(given.id()), batch -> {
            Change fitted = fit(dsg, given);
            if (dsg.find(CURATION_GRAPH, fitted.id(), RDF.Nodes.type, Node.ANY).hasNext()) {
                out[0] = new Recorded(read(dsg, fitted.id()), false, 0);
                return;
            }
            String refused = refusal(local(dsg), fitted);
            if (refused != null) throw new DiplographException(refused);
            Change stamped = new Change(fitted.id(), fitted.kind(), fitted.subject(), fitted.property(), fitted.oldValue(),
                    fitted.newValue(), fitted.by(), now(), fitted.note(), List.of());
            stamped.quads().forEach(dsg::add);
            int articles = applyEverywhere(batch, List.of(stamped));
            out[0] = new Recorded(read(dsg, stamped.id()), true, articles);
        });
        LOG.debug("{} {}: {} articles changed", out[0].added() ? "Recorded" : "Already recorded", shortForm(out[0].change().id()),
                out[0].articles());
        return out[0];
    }

    /**
     * The record with a plain text value given the form of the values the articles state of the same
     * subject and property: {@code "Tokyo"} becomes {@code "Tokyo"@fr} where those are French, a number
     * the datatype they have. What the user typed in full ({@code "…"@en}, {@code "…"^^xsd:…}) is kept.
     */
    private static Change fit(DatasetGraph dsg, Change c) {
        if (c.property() == null) return c;
        Node like = null;
        for (var it = dsg.find(Node.ANY, c.subject(), c.property(), Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                like = o;
                break;
            }
        }
        if (like == null) return c;
        Node old = fitted(c.oldValue(), like);
        Node fresh = fitted(c.newValue(), like);
        if (old == c.oldValue() && fresh == c.newValue()) return c;
        return Change.of(c.kind(), c.subject(), c.property(), old, fresh, c.by(), c.note());
    }

    private static Node fitted(Node typed, Node like) {
        if (typed == null || !typed.isLiteral() || !typed.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) return typed;
        String text = typed.getLiteralLexicalForm();
        if (!like.getLiteralLanguage().isEmpty()) return NodeFactory.createLiteralLang(text, like.getLiteralLanguage());
        if (like.getLiteralDatatype() != null && !like.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())
                && like.getLiteralDatatype().isValid(text)) {
            return NodeFactory.createLiteralDT(text, like.getLiteralDatatype());
        }
        return typed;
    }

    /** Every record, oldest first; of a local store. */
    public static List<Change> list(Store store) {
        return Txn.calculateRead(store.dataset(), () -> all(store.dataset()));
    }

    /**
     * Removes the record {@code id} ({@code id:correction/HEX}, its IRI or HEX alone) and extracts
     * again, from their stored text, the articles it changed, so that they read as the extractor and
     * the remaining records make them. Empty when there is no such record.
     */
    public static Optional<Change> undo(Store store, String id) {
        DatasetGraph dsg = store.dataset();
        Node node = idNode(id);
        Optional<Change> found = Txn.calculateRead(dsg, () ->
                dsg.find(CURATION_GRAPH, node, RDF.Nodes.type, Node.ANY).hasNext() ? Optional.of(read(dsg, node)) : Optional.empty());
        if (found.isEmpty()) return found;
        StoreWrite.run(store, "the removal of the correction " + shortForm(node), () -> dsg.deleteAny(CURATION_GRAPH, node, Node.ANY, Node.ANY));
        Set<String> keys = new LinkedHashSet<>();
        for (Node a : found.get().appliedTo()) keys.add(Iris.articleKeyOf(a.getURI()));
        if (!keys.isEmpty()) Ingest.create().store(store).teasers(true).build().reextract(keys);
        LOG.info("Removed {} and read {} articles again", shortForm(node), keys.size());
        return found;
    }

    /** The record IRI for what a user typed: {@code id:correction/HEX}, the full IRI, {@code <…>} or HEX. */
    static Node idNode(String typed) {
        String t = typed.strip();
        if (t.startsWith("<") && t.endsWith(">")) t = t.substring(1, t.length() - 1);
        if (t.startsWith("id:")) t = Vocab.ID + t.substring(3);
        if (!t.contains(":")) t = CORRECTIONS + t;
        return NodeFactory.createURI(t);
    }

    /**
     * After a SPARQL update or an import: records that lack who or when get {@code user} (the
     * authenticated one; null leaves who unsaid) and the present time, and every complete record is applied to the article graphs that hold its subject,
     * counts kept right, in one transaction. Applying a record twice changes nothing, so this may run
     * after any update.
     *
     * @return the number of article graphs changed
     */
    public static int sync(Store store, String user) {
        DatasetGraph dsg = store.dataset();
        int[] changed = new int[1];
        articles(store).write("the corrections", batch -> {
            String now = now();
            for (Kind k : Kind.values()) {
                List<Node> ids = new ArrayList<>();
                dsg.find(CURATION_GRAPH, Node.ANY, RDF.Nodes.type, k.type()).forEachRemaining(q -> ids.add(q.getSubject()));
                for (Node id : ids) {
                    if (user != null && !dsg.find(CURATION_GRAPH, id, DIP.correctedBy, Node.ANY).hasNext()) {
                        dsg.add(CURATION_GRAPH, id, DIP.correctedBy, NodeFactory.createLiteralString(user));
                    }
                    if (!dsg.find(CURATION_GRAPH, id, GENERATED_AT, Node.ANY).hasNext()) {
                        dsg.add(CURATION_GRAPH, id, GENERATED_AT, NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime));
                    }
                }
            }
            List<Change> changes = all(dsg);
            for (Change c : changes) {
                if (!c.applicable()) LOG.warn("{} in the curation graph cannot be applied: it lacks its target or new value, or"
                        + " aims at an article's own record; it is left as it is", shortForm(c.id()));
            }
            changed[0] = applyEverywhere(batch, changes);
        });
        if (changed[0] > 0) LOG.info("Corrections made through SPARQL Update changed {} article graphs", changed[0]);
        return changed[0];
    }

    /** The sink corrections change article graphs through, its summary counted at each commit. */
    private static ArticleSink articles(Store store) {
        return ArticleSink.create().store(store).observer(SummaryObserver.live()).build();
    }

    /**
     * Applies {@code changes}, in order, to every article graph holding their subjects, lists the
     * graphs each changed on it; each graph is changed through {@code batch}, whose observer takes
     * again the counts and links of what changed. Call inside the batch's body.
     *
     * @return the number of articles changed
     */
    private static int applyEverywhere(ArticleSink.Batch batch, List<Change> changes) {
        DatasetGraph dsg = batch.dataset();
        Set<Node> articles = new LinkedHashSet<>();
        for (Change c : changes) {
            if (!c.applicable()) continue;
            Set<Node> graphs = new LinkedHashSet<>();
            dsg.find(Node.ANY, c.subject(), Node.ANY, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
            if (c.kind() == Kind.RETRACTION && c.property() == null) {
                dsg.find(Node.ANY, Node.ANY, Node.ANY, c.subject()).forEachRemaining(q -> graphs.add(q.getGraph()));
            }
            for (Node g : graphs) {
                if (!Terms.isArticleGraph(g)) continue;
                if (!batch.edit(g, () -> applyOne(dsg, g, c) == Effect.CHANGED)) continue;
                Node article = articleOf(dsg, g);
                if (article == null) continue;
                articles.add(article);
                dsg.add(CURATION_GRAPH, c.id(), DIP.appliedTo, article);
            }
        }
        return articles.size();
    }

    /**
     * Applies every record of {@code changes}, in order, to the article graph {@code graph} just
     * written from the extractor's quads, and lists {@code article} on each record that matched, and
     * on no other. Call inside the write transaction that wrote the graph.
     *
     * @return whether some record matched (the graph's summary keys must then be read again)
     */
    static boolean apply(DatasetGraph dsg, Node graph, Node article, List<Change> changes) {
        dsg.deleteAny(CURATION_GRAPH, Node.ANY, DIP.appliedTo, article);
        boolean any = false;
        for (Change c : changes) {
            if (c.applicable() && applyOne(dsg, graph, c) != Effect.NONE) {
                dsg.add(CURATION_GRAPH, c.id(), DIP.appliedTo, article);
                any = true;
            }
        }
        return any;
    }

    /** Takes the removed {@code articles} off every record's list. Call inside the removal's transaction. */
    static void forget(DatasetGraph dsg, Collection<Node> articles) {
        for (Node a : articles) dsg.deleteAny(CURATION_GRAPH, Node.ANY, DIP.appliedTo, a);
    }

    /** What one record did to one graph: nothing to match, matched but it already read so, changed. */
    private enum Effect { NONE, SAME, CHANGED }

    private static Effect applyOne(DatasetGraph dsg, Node g, Change c) {
        List<Quad> hits = new ArrayList<>();
        if (c.kind() == Kind.CORRECTION) {
            dsg.find(g, c.subject(), c.property(), c.oldValue() == null ? Node.ANY : c.oldValue()).forEachRemaining(hits::add);
            if (hits.isEmpty()) return Effect.NONE;
            if (hits.size() == 1 && hits.get(0).getObject().equals(c.newValue())) return Effect.SAME;
            hits.forEach(dsg::delete);
            dsg.add(g, c.subject(), c.property(), c.newValue());
            return Effect.CHANGED;
        }
        if (c.property() == null) {
            dsg.find(g, c.subject(), Node.ANY, Node.ANY).forEachRemaining(hits::add);
            dsg.find(g, Node.ANY, Node.ANY, c.subject()).forEachRemaining(hits::add);
        } else {
            dsg.find(g, c.subject(), c.property(), c.oldValue() == null ? Node.ANY : c.oldValue()).forEachRemaining(hits::add);
        }
        hits.forEach(dsg::delete);
        return hits.isEmpty() ? Effect.NONE : Effect.CHANGED;
    }

    private static Node articleOf(DatasetGraph dsg, Node graph) {
        var it = dsg.find(graph, Node.ANY, RDF.Nodes.type, Terms.ARTICLE);
        return it.hasNext() ? it.next().getSubject() : null;
    }

    /** Every record of the curation graph, oldest first (then by IRI). Call inside a transaction. */
    static List<Change> all(DatasetGraph dsg) {
        List<Change> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            dsg.find(CURATION_GRAPH, Node.ANY, RDF.Nodes.type, k.type()).forEachRemaining(q -> out.add(read(dsg, q.getSubject())));
        }
        out.sort(Comparator.comparing((Change c) -> c.when() == null ? "" : c.when()).thenComparing(c -> NodeFmtLib.strNT(c.id())));
        return out;
    }

    private static Change read(DatasetGraph dsg, Node id) {
        Kind kind = dsg.contains(CURATION_GRAPH, id, RDF.Nodes.type, DIP.Retraction) ? Kind.RETRACTION : Kind.CORRECTION;
        List<Node> applied = new ArrayList<>();
        dsg.find(CURATION_GRAPH, id, DIP.appliedTo, Node.ANY).forEachRemaining(q -> applied.add(q.getObject()));
        applied.sort(Comparator.comparing(Node::getURI));
        Node when = one(dsg, id, GENERATED_AT);
        Node by = one(dsg, id, DIP.correctedBy);
        Node note = one(dsg, id, COMMENT);
        return new Change(id, kind, one(dsg, id, DIP.correctsSubject), one(dsg, id, DIP.correctsProperty), one(dsg, id, DIP.oldValue),
                one(dsg, id, DIP.newValue), by == null ? null : by.getLiteralLexicalForm(),
                when == null ? null : when.getLiteralLexicalForm(), note == null ? null : note.getLiteralLexicalForm(), List.copyOf(applied));
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(CURATION_GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** {@code id:correction/HEX}: a digest of the kind, target and new value, in N-Triples form. */
    static Node idOf(Kind kind, Node subject, Node property, Node oldValue, Node newValue) {
        StringBuilder b = new StringBuilder(kind.name());
        for (Node n : new Node[] {subject, property, oldValue, newValue}) b.append('\n').append(n == null ? "" : NodeFmtLib.strNT(n));
        return NodeFactory.createURI(CORRECTIONS + Ingest.sha256(b.toString()).substring(0, 16));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A term as the tables print it ({@link Vocab#shortForm}). */
    public static String shortForm(Node n) {
        return Vocab.shortForm(n);
    }

    private static Binding bind(String v, Node n) {
        return BindingBuilder.create().add(Var.alloc(v), n).build();
    }

    private static Binding bind(String v1, Node n1, String v2, Node n2) {
        return BindingBuilder.create().add(Var.alloc(v1), n1).add(Var.alloc(v2), n2).build();
    }

    private static Binding bind(String v1, Node n1, String v2, Node n2, String v3, Node n3) {
        return BindingBuilder.create().add(Var.alloc(v1), n1).add(Var.alloc(v2), n2).add(Var.alloc(v3), n3).build();
    }
}
