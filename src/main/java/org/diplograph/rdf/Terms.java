package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Vocab;

/**
 * The terms of the graph's shape (ontology/MODEL.md) that loading and serving depend on, named
 * once here from the project's vocabulary classes.
 */
public final class Terms {
    /** Prefix of every article graph's IRI. */
    public static final String ARTICLE_GRAPHS = Iris.ARTICLE_GRAPHS;

    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
    public static final Node SUMMARY_GRAPH = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    public static final Node RUNS_GRAPH = NodeFactory.createURI(Iris.RUNS_GRAPH);
    public static final Node CURATION_GRAPH = NodeFactory.createURI(Iris.CURATION_GRAPH);

    public static final Node ARTICLE = DIP.Article;
    public static final Node CONTENT_HASH = DIP.contentHash;
    public static final Node EXTRACTOR_VERSION = DIP.extractorVersion;
    public static final Node SOURCE_FILE = DIP.sourceFile;
    public static final Node ABOUT_RELATION = DIP.aboutRelation;
    public static final Node RELATION = DIP.relation;
    public static final Node BILATERAL_RELATION = DIP.BilateralRelation;
    public static final Node ARTICLE_COUNT = DIP.articleCount;
    public static final Node EVENT_COUNT = DIP.eventCount;
    public static final Node AGREEMENT_COUNT = DIP.agreementCount;
    public static final Node INVOLVES_COUNTRY = DIP.involvesCountry;
    public static final Node PARTY = DIP.party;
    public static final Node ORGANIZATION = org.apache.jena.vocabulary.ORG.organization.asNode();

    /**
     * Whether {@code graph} is an article's graph (named under {@link #ARTICLE_GRAPHS}), as opposed to
     * the ontology, summary, runs and curation graphs or any graph a user imported.
     */
    public static boolean isArticleGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(ARTICLE_GRAPHS);
    }

    public static final Node INGEST_RUN = DIP.IngestRun;
    public static final Node INPUT_FILE = DIP.inputFile;
    public static final Node ARTICLES_NEW = DIP.articlesNew;
    public static final Node ARTICLES_CHANGED = DIP.articlesChanged;
    public static final Node ARTICLES_UNCHANGED = DIP.articlesUnchanged;
    public static final Node ARTICLES_FAILED = DIP.articlesFailed;
    public static final Node TRIPLE_COUNT = DIP.tripleCount;
    public static final Node STARTED = NodeFactory.createURI(Vocab.PROV.NS + "startedAtTime");
    public static final Node ENDED = NodeFactory.createURI(Vocab.PROV.NS + "endedAtTime");
    public static final Node ACTIVITY = NodeFactory.createURI(Vocab.PROV.NS + "Activity");

    /** SPARQL prefixes for the queries the store runs. */
    public static final String PREFIXES = "PREFIX dip: <" + DIP.NS + ">\n"
            + "PREFIX org: <http://www.w3.org/ns/org#>\n"
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private Terms() {}

    public static Node id(String path) {
        return NodeFactory.createURI(Vocab.ID + path);
    }
}
