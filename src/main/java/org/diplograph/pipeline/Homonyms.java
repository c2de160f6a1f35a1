package org.diplograph.pipeline;

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
 * ({@link Iris#person}), accents dropped, so {@code Trần Quốc Bảo} and {@code Tran Quoc Bao} are one
 * node, and so are {@code Nguyễn Văn Hùng} and {@code Nguyễn Văn Hưng}, who are two people.
 *
 * <p>Before an article's graph is written, each person it names is compared with what the other
 * article graphs state about the same IRI under another spelling: the spellings are one person only
 * when the country they serve agrees and, where both give an office, the offices agree (one post
 * of one is a post of the other, written alike or abbreviated: {@link Facet#samePost}; a title
 * joining posts with "et" gives each). The articles spelling it otherwise are taken together: one may give
 * no office, another a compound title. When
 * they do not, the article's person gets an IRI of its own, the slug followed by a digest of its
 * spelling and country ({@code id:person/nguyen-van-hung-3f2a1c0b}), which the same spelling of the
 * same country finds again in every later article, and the graph says whom it was told apart from
 * ({@code dip:homonymOf}). A spelling merged into a person known under another spelling is marked
 * as such in the graph of the article that brings it ({@code skos:altLabel}), next to its
 * {@code rdfs:label}: every article keeps its own spelling as evidence.
 *
 * <p>Nothing changes for a name no other article spells differently, nor for one whose spellings
 * agree on country and office: the IRIs of existing data stay as they were, and a data folder from
 * an earlier build opens as it is. The comparison reads only the graphs that hold the IRI with
 * another label, by index, inside the write transaction, so each article sees those written before it;
 * within one write ({@link #reading}) each person's spellings and each graph's facet of a person are
 * read once, and a graph written since is read again, so a batch naming one minister in every
 * article does not read every earlier article once per article.
 */
final class Homonyms {
    private static final Node PERSON = DIP.Person;
    private static final Node MEMBER = org.apache.jena.vocabulary.ORG.member.asNode();

    private final DatasetGraph dsg;
    /** Person to the article graphs labelling it and the first label each gives, as read so far. */
    private final Map<Node, Map<Node, String>> spellings = new HashMap<>();
    /** Article graph to what it says of each person read in it so far. */
    private final Map<Node, Map<Node, Facet>> facets = new HashMap<>();

    private Homonyms(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * A reader of {@code dsg} for one write transaction: what it reads of the article graphs (the
     * spellings of a person, what an article says of them) is kept, so that a person named by many
     * articles of a batch is looked up once, not once per article naming them. Use it inside that
     * one transaction only, and call {@link #written} after each article graph it is told of is
     * replaced, so that the next article sees it as written.
     */
    static Homonyms reading(DatasetGraph dsg) {
        return new Homonyms(dsg);
    }

    /** {@link #tellApart(Node, List)} with nothing kept from earlier reads. */
    static List<Quad> tellApart(DatasetGraph dsg, Node graph, List<Quad> quads) {
        return reading(dsg).tellApart(graph, quads);
    }

    /**
     * The quads of {@code graph} with each person told apart from the homonyms the other graphs of
     * the dataset hold, and the spellings it merges marked. Call inside the write transaction, before
     * the article graph is replaced (then {@link #written}).
     */
    List<Quad> tellApart(Node graph, List<Quad> quads) {
        Map<Node, Node> renamed = new HashMap<>();
        List<Quad> added = new ArrayList<>();
        for (Node person : persons(quads)) {
            Facet mine = Facet.of(quads, person);
            if (mine.label() == null) continue;
            // what the articles spelling it otherwise say, taken together: one of them may give no
            // office, another a compound title; the same spelling is the same person already
            Facet theirs = null;
            for (Map.Entry<Node, String> other : spellings(person).entrySet()) {
                if (other.getKey().equals(graph) || same(other.getValue(), mine.label())) continue;
                Facet one = facet(other.getKey(), person, other.getValue());
                theirs = theirs == null ? one : theirs.with(one);
            }
            if (theirs == null) continue;
            if (!mine.agrees(theirs)) {
                Node own = NodeFactory.createURI(person.getURI() + "-" + digest(mine));
                renamed.put(person, own);
                added.add(Quad.create(graph, own, DIP.homonymOf, person));
            } else {
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

    /**
     * Takes {@code graph} as it now stands in the dataset (replaced, corrected): what was read of it
     * is read again from it, by one look-up of its labels, when next needed.
     */
    void written(Node graph) {
        facets.remove(graph);
        if (spellings.isEmpty()) return;
        for (Map<Node, String> labels : spellings.values()) labels.remove(graph);
        dsg.find(graph, Node.ANY, RDFS.Nodes.label, Node.ANY).forEachRemaining(q -> {
            Map<Node, String> labels = spellings.get(q.getSubject());
            if (labels != null && q.getObject().isLiteral()) labels.putIfAbsent(graph, q.getObject().getLiteralLexicalForm());
        });
    }

    /** The article graphs labelling {@code person}, each with the first label it gives, read once. */
    private Map<Node, String> spellings(Node person) {
        return spellings.computeIfAbsent(person, p -> {
            Map<Node, String> labels = new LinkedHashMap<>();
            dsg.find(Node.ANY, p, RDFS.Nodes.label, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) labels.putIfAbsent(q.getGraph(), q.getObject().getLiteralLexicalForm());
            });
            return labels;
        });
    }

    /** What {@code graph} says of {@code person} under {@code label}, read once. */
    private Facet facet(Node graph, Node person, String label) {
        Map<Node, Facet> read = facets.computeIfAbsent(graph, g -> new HashMap<>());
        Facet f = read.get(person);
        if (f == null || !f.label().equals(label)) {
            f = Facet.of(dsg, graph, person, label);
            read.put(person, f);
        }
        return f;
    }

    /** Whether two folded titles name one post ({@link Facet#samePost}). */
    static boolean samePost(String a, String b) {
        return Facet.samePost(a, b);
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
                    + "|" + f.countries().stream().map(Node::getURI).sorted().reduce("", String::concat)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new DiplographException("no SHA-256 in this Java", e);
        }
    }

    /**
     * What one article says of a person: the spelling, the country served (null when it gives none),
     * the titles of the offices it gives (folded, lower case).
     */
    private record Facet(String label, Set<Node> countries, Set<String> titles) {
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
            return new Facet(label, country == null ? Set.of() : Set.of(country), titles);
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
            return new Facet(label, country == null ? Set.of() : Set.of(country), titles);
        }

        /** This and {@code other} taken together, under this spelling. */
        Facet with(Facet other) {
            Set<Node> c = new LinkedHashSet<>(countries);
            c.addAll(other.countries);
            Set<String> t = new LinkedHashSet<>(titles);
            t.addAll(other.titles);
            return new Facet(label, c, t);
        }

        /** The same person: the countries agree where both give one, and so do the offices. */
        boolean agrees(Facet other) {
            if (!countries.isEmpty() && !other.countries.isEmpty() && java.util.Collections.disjoint(countries, other.countries)) {
                return false;
            }
            if (titles.isEmpty() || other.titles.isEmpty()) return true;
            for (String a : posts(titles)) {
                for (String b : posts(other.titles)) {
                    if (samePost(a, b)) return true;
                }
            }
            return false;
        }

        /**
         * One post written twice: one holds the other ("ministre" in "ministre de la Santé"), or the
         * same head word (ministre, gouverneur) with a word of four letters or more in common, or one
         * side abbreviating the other ("ministre des AE", "ministre des Affaires étrangères").
         * "ministre de l'Industrie" and "ministre de la Santé" are two posts.
         */
        static boolean samePost(String a, String b) {
            if (a.contains(b) || b.contains(a)) return true;
            String[] wa = a.split(" ");
            String[] wb = b.split(" ");
            if (!wa[0].equals(wb[0])) return false;
            List<String> ra = significant(wa);
            List<String> rb = significant(wb);
            if (ra.isEmpty() || rb.isEmpty()) return true;
            if (!java.util.Collections.disjoint(ra, rb)) return true;
            return abbreviates(wa, rb) || abbreviates(wb, ra);
        }

        /** The words after the head of four letters or more. */
        private static List<String> significant(String[] words) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                if (words[i].length() >= 4) out.add(words[i]);
            }
            return out;
        }

        /** True when a short word of {@code words} is the initials of {@code full} ("ae": affaires etrangeres). */
        private static boolean abbreviates(String[] words, List<String> full) {
            StringBuilder initials = new StringBuilder();
            for (String w : full) initials.append(w.charAt(0));
            for (int i = 1; i < words.length; i++) {
                if (words[i].length() >= 2 && words[i].length() <= 4 && initials.indexOf(words[i]) >= 0) return true;
            }
            return false;
        }

        /** The posts a title joins ("secrétaire du Comité central et ministre des Affaires étrangères": two). */
        private static Set<String> posts(Set<String> titles) {
            Set<String> out = new LinkedHashSet<>();
            for (String t : titles) {
                for (String part : t.split(" et ")) {
                    if (!part.isBlank()) out.add(part.strip());
                }
            }
            return out;
        }

        private static String fold(String s) {
            return Iris.slug(s).replace('-', ' ').toLowerCase(Locale.ROOT);
        }
    }
}
