package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DIP;

/**
 * Cooperation topics by the French words that signal them, read from the SKOS topic scheme in
 * {@code ontology/schemes.ttl} ({@code dip:keyword}), so the scheme is the one place topics are
 * defined. Longer keywords are tried first: "gouvernement électronique" before "gouvernement".
 */
final class Topics {
    private static final String RESOURCE = "ontology/schemes.ttl";
    private static final String TOPIC_BASE = "https://w3id.org/diplograph/id/topic/";

    private record Keyword(String folded, String topic) {}

    private final List<Keyword> keywords;

    private Topics(List<Keyword> keywords) {
        this.keywords = keywords;
    }

    static Topics load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Topics.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new DiplographException("Topic scheme not on the class path: " + RESOURCE);
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/diplograph/id/").parse(g);
        } catch (IOException e) {
            throw new DiplographException("Cannot read " + RESOURCE, e);
        }
        List<Keyword> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, DIP.keyword, Node.ANY).toList()) {
            String iri = t.getSubject().getURI();
            if (!iri.startsWith(TOPIC_BASE)) continue;
            out.add(new Keyword(Fold.fold(t.getObject().getLiteralLexicalForm()), iri.substring(TOPIC_BASE.length())));
        }
        out.sort(Comparator.comparingInt((Keyword k) -> -k.folded().length()).thenComparing(Keyword::folded));
        return new Topics(List.copyOf(out));
    }

    /** The topic (slug) of the first keyword found in {@code text}, or null. */
    String of(String text) {
        if (text == null) return null;
        String t = Fold.fold(text);
        for (Keyword k : keywords) if (t.contains(k.folded())) return k.topic();
        return null;
    }
}
