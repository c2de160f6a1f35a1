package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/**
 * Terms of the reused vocabularies that Jena does not ship (PROV-O, SEM, NIF), as {@link Node}
 * constants, and the prefixes of {@code ontology/MODEL.md}. For RDF, RDFS, OWL, SKOS, Dublin Core
 * terms, W3C ORG, FOAF and schema.org use Jena's own classes ({@link RDF}, {@link RDFS}, {@link OWL},
 * {@link SKOS}, {@link DCTerms}, {@link ORG}, {@link FOAF}, {@link SchemaDO}).
 */
public final class Vocab {
    private Vocab() {}

    /** W3C PROV-O. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Node Entity = NodeFactory.createURI(NS + "Entity");
        public static final Node SoftwareAgent = NodeFactory.createURI(NS + "SoftwareAgent");
        public static final Node wasAssociatedWith = NodeFactory.createURI(NS + "wasAssociatedWith");
        public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
        public static final Node generatedAtTime = NodeFactory.createURI(NS + "generatedAtTime");

        private PROV() {}
    }

    /** The Simple Event Model. */
    public static final class SEM {
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        public static final Node Event = NodeFactory.createURI(NS + "Event");
        public static final Node hasActor = NodeFactory.createURI(NS + "hasActor");
        public static final Node hasPlace = NodeFactory.createURI(NS + "hasPlace");
        public static final Node hasBeginTimeStamp = NodeFactory.createURI(NS + "hasBeginTimeStamp");
        public static final Node hasEndTimeStamp = NodeFactory.createURI(NS + "hasEndTimeStamp");

        private SEM() {}
    }

    /** NIF 2.0 Core. */
    public static final class NIF {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Node referenceContext = NodeFactory.createURI(NS + "referenceContext");
        public static final Node beginIndex = NodeFactory.createURI(NS + "beginIndex");
        public static final Node endIndex = NodeFactory.createURI(NS + "endIndex");
        public static final Node anchorOf = NodeFactory.createURI(NS + "anchorOf");

        private NIF() {}
    }

    /** The resource namespace: {@code https://w3id.org/diplograph/id/}. */
    public static final String ID = "https://w3id.org/diplograph/id/";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix(DIP.PREFIX, DIP.NS)
            .setNsPrefix("id", ID)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("sem", SEM.NS)
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .lock();

    /**
     * A term as the tables print it: an IRI with one of {@link #prefixes()} as {@code id:…} or
     * {@code dip:…}, another in angle brackets, a literal in N-Triples form; "" for null.
     */
    public static String shortForm(Node n) {
        if (n == null) return "";
        if (n.isURI()) {
            String s = PREFIXES.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        return org.apache.jena.riot.out.NodeFmtLib.strNT(n);
    }

    /** The prefixes of MODEL.md plus rdf, rdfs, owl and xsd; locked. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }
}
