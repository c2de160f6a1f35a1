package org.diplograph.rdf;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.DiplographException;

/**
 * The rule by which namesakes are told apart, as a pure function of what article graphs say of a
 * person: the single-machine path applies it to the graphs a dataset holds, article by article
 * (the pipeline's {@code Homonyms}), and a job that extracts elsewhere replays it on each person's
 * mentions in input order. Both call this class, so they decide alike.
 *
 * <p>A person's IRI is the slug of the name ({@link Iris#person}), so two spellings of one name
 * ({@code Trần Quốc Bảo}, {@code Tran Quoc Bao}) share it, and so may two people
 * ({@code Nguyễn Văn Hùng}, {@code Nguyễn Văn Hưng}). An article's spelling is one person with what
 * the earlier articles say under other spellings ({@link #decide}) when the country they serve
 * agrees and, where both give an office, the offices agree ({@link Facet#samePost}); else it gets an
 * IRI of its own ({@link Decision#own}: the slug and a digest of its spelling and country, which the
 * same spelling of the same country finds again) and the graph says whom it was told apart from
 * ({@code dip:homonymOf}). A spelling merged is marked in its article's graph ({@code skos:altLabel}).
 *
 * <p>The decision for one IRI reads only what the earlier graphs say of that IRI: its labels, the
 * country it serves, and the titles of the holdings it is a member of. A person told apart is
 * written under its own IRI, so that graph no longer speaks of the shared one.
 */
public final class Namesakes {
    private static final Node MEMBER = ORG.member.asNode();
    /** Where the IRIs of persons lie ({@link Iris#person}). */
    private static final String PERSONS = Vocab.ID + "person/";

    private Namesakes() {}

    /**
     * What one article decides of one of its persons: {@code own} is the IRI it is renamed to (null
     * when it stays, one with the earlier spellings), {@code added} the quad its graph gains
     * ({@code dip:homonymOf} or {@code skos:altLabel}).
     */
    public record Decision(Node person, Node own, Quad added) implements Serializable {}

    /**
     * Every person {@code quads} (one article's graph) label, typed {@code dip:Person} or named as
     * persons are ({@code id:person/…}), with what the graph says of each, in order: what a later
     * article's decision on that IRI reads of this one once it is written.
     */
    public static Map<Node, Facet> labelled(List<Quad> quads) {
        Set<Node> typed = persons(quads);
        Map<Node, Facet> out = new java.util.LinkedHashMap<>();
        for (Quad q : quads) {
            Node s = q.getSubject();
            if (q.getPredicate().equals(RDFS.Nodes.label) && q.getObject().isLiteral() && !out.containsKey(s)
                    && (typed.contains(s) || s.isURI() && s.getURI().startsWith(PERSONS))) {
                out.put(s, Facet.of(quads, s));
            }
        }
        return out;
    }

    /** The persons the quads type as such, in order. */
    public static Set<Node> persons(List<Quad> quads) {
        Set<Node> out = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(RDF.Nodes.type) && q.getObject().equals(DIP.Person)) out.add(q.getSubject());
        }
        return out;
    }

    /**
     * The decision for {@code person} of {@code graph}, whose own facet is {@code mine} (with a label),
     * given {@code theirs}: what the earlier graphs spelling it otherwise say of it, taken together
     * ({@link Facet#with}); null when there are none.
     */
    public static Decision decide(Node graph, Node person, Facet mine, Facet theirs) {
        if (theirs == null || mine.label() == null) return null;
        if (!mine.agrees(theirs)) {
            Node own = NodeFactory.createURI(person.getURI() + "-" + digest(mine));
            return new Decision(person, own, Quad.create(graph, own, DIP.homonymOf, person));
        }
        return new Decision(person, null, Quad.create(graph, person, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(mine.label())));
    }

    /** The quads with each person a decision renames under its own IRI, and the decisions' quads added. */
    public static List<Quad> apply(List<Quad> quads, List<Decision> decisions) {
        if (decisions.isEmpty()) return quads;
        Map<Node, Node> renamed = new java.util.HashMap<>();
        for (Decision d : decisions) {
            if (d.own() != null) renamed.put(d.person(), d.own());
        }
        List<Quad> out = new ArrayList<>(quads.size() + decisions.size());
        for (Quad q : quads) {
            out.add(renamed.isEmpty() ? q : Quad.create(q.getGraph(), renamed.getOrDefault(q.getSubject(), q.getSubject()),
                    q.getPredicate(), renamed.getOrDefault(q.getObject(), q.getObject())));
        }
        for (Decision d : decisions) out.add(d.added());
        return out;
    }

    /** Two spellings are the same when they are the same characters once composed alike (NFC). */
    public static boolean same(String a, String b) {
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
     * What one article says of a person: the spelling (its first label), the country served (empty
     * when it gives none), the titles of the offices it gives (folded, lower case).
     */
    public record Facet(String label, Set<Node> countries, Set<String> titles) implements Serializable {
        /** What {@code quads} (one article's graph) say of {@code person}; a null label when they give none. */
        public static Facet of(List<Quad> quads, Node person) {
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

        /** What {@code graph} of {@code dsg} says of {@code person}, whose label there is {@code label}. */
        public static Facet of(DatasetGraph dsg, Node graph, Node person, String label) {
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
        public Facet with(Facet other) {
            Set<Node> c = new LinkedHashSet<>(countries);
            c.addAll(other.countries);
            Set<String> t = new LinkedHashSet<>(titles);
            t.addAll(other.titles);
            return new Facet(label, c, t);
        }

        /** The same person: the countries agree where both give one, and so do the offices. */
        public boolean agrees(Facet other) {
            if (!countries.isEmpty() && !other.countries.isEmpty() && Collections.disjoint(countries, other.countries)) {
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
         * "ministre de l'Industrie" and "ministre de la Santé" are two posts. Both titles folded.
         */
        public static boolean samePost(String a, String b) {
            if (a.contains(b) || b.contains(a)) return true;
            String[] wa = a.split(" ");
            String[] wb = b.split(" ");
            if (!wa[0].equals(wb[0])) return false;
            List<String> ra = significant(wa);
            List<String> rb = significant(wb);
            if (ra.isEmpty() || rb.isEmpty()) return true;
            if (!Collections.disjoint(ra, rb)) return true;
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
