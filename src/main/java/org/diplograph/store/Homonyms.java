package org.diplograph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.DiplographException;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.Iris;

/**
 * One person across spellings, but not across people. A person's IRI is the slug of the name
 * ({@link Iris#person}), accents dropped, so {@code Lê Hoài Trung} and {@code Le Hoai Trung} are one
 * node, and so are {@code Nguyễn Văn Hùng} and {@code Nguyễn Văn Hưng}, who are two people.
 *
 * <p>Before an article's graph is written, each person it names is compared with what the other
 * article graphs state about the same IRI under another spelling: the spellings are one person only
 * when the country they serve agrees and, where both articles give an office, the offices agree
 * (one title holds the other, or both name the same post: their first words are the same). When
 * they do not, the article's person gets an IRI of its own, the slug followed by a digest of its
 * spelling and country ({@code id:person/nguyen-van-hung-3f2a1c0b}), which the same spelling of the
 * same country finds again in every later article, and the graph says whom it was told apart from
 * ({@code dip:homonymOf}). A spelling merged into a person known under another spelling is marked
 * as such in the article's graph ({@code skos:altLabel}), next to its {@code rdfs:label}: every
 * article keeps its own spelling as evidence.
 *
 * <p>Nothing changes for a name no other article spells differently, nor for one whose spellings
 * agree on country and office: the IRIs of existing data stay as they were, and a data folder from
 * an earlier build opens as it is. The comparison reads only the graphs that hold the IRI with
 * another label, by index, inside the write transaction, so each article sees those written before it.
 */
final class Homonyms {
    private static final Node PERSON = DIP.Person;
    private static final Node MEMBER = org.apache.jena.vocabulary.ORG.member.asNode();

    private Homonyms() {}

    /**
     * The quads of {@code graph} with each person told apart from the homonyms the other graphs of
     * {@code dsg} hold, and the spellings it merges marked. Call inside the write transaction, before
     * the article graph is replaced.
     */
    static List<Quad> tellApart(DatasetGraph dsg, Node graph, List<Quad> quads) {
        Map<Node, Node> renamed = new HashMap<>();
        List<Quad> added = new ArrayList<>();
        for (Node person : persons(quads)) {
            Facet mine = Facet.of(quads, person);
            if (mine.label() == null) continue;
            Map<Node, String> others = new LinkedHashMap<>();
            dsg.find(Node.ANY, person, RDFS.Nodes.label, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(graph) && q.getObject().isLiteral()) {
                    others.putIfAbsent(q.getGraph(), q.getObject().getLiteralLexicalForm());
                }
            });
            boolean merged = false;
            boolean apart = false;
            for (Map.Entry<Node, String> other : others.entrySet()) {
                if (same(other.getValue(), mine.label())) continue;
                Facet theirs = Facet.of(dsg, other.getKey(), person, other.getValue());
                if (mine.agrees(theirs)) merged = true;
                else apart = true;
            }
            if (apart) {
                Node own = NodeFactory.createURI(person.getURI() + "-" + digest(mine));
                renamed.put(person, own);
                added.add(Quad.create(graph, own, DIP.homonymOf, person));
            } else if (merged) {
                added.add(Quad.create(graph, person, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(mine.label())));
            }
        }
        if (renamed.isEmpty() && added.isEmpty()) return quads;
        List<Quad> out = new ArrayList<>(quads.size() + added.size());
        for (Quad q : quads) {
            out.add(Quad.create(q.getGraph(), renamed.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                    renamed.getOrDefault(q.getObject(), q.getObject())));
        }
        out.addAll(added);
        return out;
    }

    /** The persons the quads type as such, in order. */
    private static Set<Node> persons(List<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(RDF.Nodes.type) && q.getObject().equals(PERSON)) out.add(q.getSubject());
        }
        return out;
    }

    /** Two spellings are the same when they are the same characters once composed alike (NFC). */
    private static boolean same(String a, String b) {
        return Normalizer.normalize(a, Normalizer.Form.NFC).equals(Normalizer.normalize(b, Normalizer.Form.NFC));
    }

    /** Eight hex digits of the spelling and the country: the same in every article that gives both alike. */
    private static String digest(Facet f) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((Normalizer.normalize(f.label(), Normalizer.Form.NFC)
                    + "|" + (f.country() == null ? "" : f.country().getURI())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new DiplographException("no SHA-256 in this Java", e);
        }
    }

    /**
     * What one article says of a person: the spelling, the country served (null when it gives none),
     * the titles of the offices it gives (folded, lower case).
     */
    private record Facet(String label, Node country, Set<String> titles) {
        static Facet of(List<Quad> quads, Node person) {
            String label = null;
            Node country = null;
            Set<Node> holdings = new LinkedHashSet<>();
            for (Quad q : quads) {
                if (q.getSubject().equals(person)) {
                    if (q.getPredicate().equals(RDFS.Nodes.label) && q.getObject().isLiteral() && label == null) {
                        label = q.getObject().getLiteralLexicalForm();
                    } else if (q.getPredicate().equals(DIP.servesCountry) && country == null) {
                        country = q.getObject();
                    }
                } else if (q.getPredicate().equals(MEMBER) && q.getObject().equals(person)) {
                    holdings.add(q.getSubject());
                }
            }
            Set<String> titles = new LinkedHashSet<>();
            for (Quad q : quads) {
                if (holdings.contains(q.getSubject()) && q.getPredicate().equals(DIP.title) && q.getObject().isLiteral()) {
                    titles.add(fold(q.getObject().getLiteralLexicalForm()));
                }
            }
            return new Facet(label, country, titles);
        }

        static Facet of(DatasetGraph dsg, Node graph, Node person, String label) {
            Node country = null;
            var served = dsg.find(graph, person, DIP.servesCountry, Node.ANY);
            if (served.hasNext()) country = served.next().getObject();
            Set<String> titles = new LinkedHashSet<>();
            dsg.find(graph, Node.ANY, MEMBER, person).forEachRemaining(h ->
                    dsg.find(graph, h.getSubject(), DIP.title, Node.ANY).forEachRemaining(t -> {
                        if (t.getObject().isLiteral()) titles.add(fold(t.getObject().getLiteralLexicalForm()));
                    }));
            return new Facet(label, country, titles);
        }

        /** The same person: the countries agree where both give one, and so do the offices. */
        boolean agrees(Facet other) {
            if (country != null && other.country != null && !country.equals(other.country)) return false;
            if (titles.isEmpty() || other.titles.isEmpty()) return true;
            for (String a : titles) {
                for (String b : other.titles) {
                    if (a.contains(b) || b.contains(a) || firstWord(a).equals(firstWord(b))) return true;
                }
            }
            return false;
        }

        private static String firstWord(String title) {
            int space = title.indexOf(' ');
            return space < 0 ? title : title.substring(0, space);
        }

        private static String fold(String s) {
            return Iris.slug(s).replace('-', ' ').toLowerCase(Locale.ROOT);
        }
    }
}
