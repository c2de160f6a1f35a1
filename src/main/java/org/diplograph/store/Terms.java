package org.diplograph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Vocab;

/**
 * The terms of the graph's shape (ontology/MODEL.md) that loading and serving depend on, named
 * once here from the project's vocabulary classes.
 */
final class Terms {
    /** Prefix of every article graph's IRI. */
    static final String ARTICLE_GRAPHS = Vocab.ID + "graph/article/";

    static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
    static final Node SUMMARY_GRAPH = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    static final Node RUNS_GRAPH = NodeFactory.createURI(Iris.RUNS_GRAPH);
    static final Node CURATION_GRAPH = NodeFactory.createURI(Iris.CURATION_GRAPH);

    static final Node ARTICLE = DIP.Article;
    static final Node CONTENT_HASH = DIP.contentHash;
    static final Node EXTRACTOR_VERSION = DIP.extractorVersion;
    static final Node SOURCE_FILE = DIP.sourceFile;
    static final Node ABOUT_RELATION = DIP.aboutRelation;
    static final Node RELATION = DIP.relation;
    static final Node BILATERAL_RELATION = DIP.BilateralRelation;
    static final Node ARTICLE_COUNT = DIP.articleCount;
    static final Node EVENT_COUNT = DIP.eventCount;
    static final Node AGREEMENT_COUNT = DIP.agreementCount;
    static final Node INVOLVES_COUNTRY = DIP.involvesCountry;
    static final Node PARTY = DIP.party;
    static final Node ORGANIZATION = org.apache.jena.vocabulary.ORG.organization.asNode();

    static final Node INGEST_RUN = DIP.IngestRun;
    static final Node INPUT_FILE = DIP.inputFile;
    static final Node ARTICLES_NEW = DIP.articlesNew;
    static final Node ARTICLES_CHANGED = DIP.articlesChanged;
    static final Node ARTICLES_UNCHANGED = DIP.articlesUnchanged;
    static final Node ARTICLES_FAILED = DIP.articlesFailed;
    static final Node TRIPLE_COUNT = DIP.tripleCount;
    static final Node STARTED = NodeFactory.createURI(Vocab.PROV.NS + "startedAtTime");
    static final Node ENDED = NodeFactory.createURI(Vocab.PROV.NS + "endedAtTime");
    static final Node ACTIVITY = NodeFactory.createURI(Vocab.PROV.NS + "Activity");

    /** SPARQL prefixes for the queries the store runs. */
    static final String PREFIXES = "PREFIX dip: <" + DIP.NS + ">\n"
            + "PREFIX org: <http://www.w3.org/ns/org#>\n"
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private Terms() {}

    static Node id(String path) {
        return NodeFactory.createURI(Vocab.ID + path);
    }
}
