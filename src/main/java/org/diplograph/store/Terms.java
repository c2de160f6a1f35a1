package org.diplograph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The few terms of the graph's shape (ontology/MODEL.md) that loading and serving depend on. */
final class Terms {
    static final String DIP = "https://w3id.org/diplograph/ontology#";
    static final String ID = "https://w3id.org/diplograph/id/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ORG = "http://www.w3.org/ns/org#";

    /** Prefix of every article graph's IRI. */
    static final String ARTICLE_GRAPHS = ID + "graph/article/";

    static final Node ONTOLOGY_GRAPH = id("graph/ontology");
    static final Node SUMMARY_GRAPH = id("graph/summary");
    static final Node RUNS_GRAPH = id("graph/runs");

    static final Node ARTICLE = dip("Article");
    static final Node CONTENT_HASH = dip("contentHash");
    static final Node EXTRACTOR_VERSION = dip("extractorVersion");
    static final Node SOURCE_FILE = dip("sourceFile");
    static final Node ABOUT_RELATION = dip("aboutRelation");
    static final Node RELATION = dip("relation");
    static final Node BILATERAL_RELATION = dip("BilateralRelation");
    static final Node ARTICLE_COUNT = dip("articleCount");
    static final Node EVENT_COUNT = dip("eventCount");
    static final Node AGREEMENT_COUNT = dip("agreementCount");

    static final Node INGEST_RUN = dip("IngestRun");
    static final Node INPUT_FILE = dip("inputFile");
    static final Node ARTICLES_NEW = dip("articlesNew");
    static final Node ARTICLES_CHANGED = dip("articlesChanged");
    static final Node ARTICLES_UNCHANGED = dip("articlesUnchanged");
    static final Node ARTICLES_FAILED = dip("articlesFailed");
    static final Node TRIPLE_COUNT = dip("tripleCount");
    static final Node STARTED = NodeFactory.createURI(PROV + "startedAtTime");
    static final Node ENDED = NodeFactory.createURI(PROV + "endedAtTime");
    static final Node ACTIVITY = NodeFactory.createURI(PROV + "Activity");

    /** SPARQL prefixes for the queries the store runs. */
    static final String PREFIXES = "PREFIX dip: <" + DIP + ">\n"
            + "PREFIX org: <" + ORG + ">\n"
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private Terms() {}

    static Node dip(String local) {
        return NodeFactory.createURI(DIP + local);
    }

    static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }
}
