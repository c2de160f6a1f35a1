package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.TDB2;
import org.diplograph.rdf.DIP;

/**
 * Finds articles that tell the same story and links each copy to the original with
 * {@code dip:duplicateOf}, in the summary graph: the link is a fact about two articles, so it is
 * kept apart from what either article states and is remade when either changes.
 *
 * <p>Two articles are copies when their {@link Fingerprint}s are at least {@link #THRESHOLD}
 * similar. Of a group of copies, the original is the best copy: the one whose text needed the
 * fewest repairs; on a tie, the one loaded first (an article already in the store before those
 * now being written), then the one published first, then the smallest key.
 */
public final class Duplicates {
    public static final double THRESHOLD = 0.6;

    private static final Query ARTICLES = QueryFactory.create("""
            PREFIX dip: <https://w3id.org/diplograph/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?a ?key ?fp ?repairs ?published WHERE {
              ?a dip:fingerprint ?fp ; dip:key ?key .
              OPTIONAL { ?a dip:repairCount ?repairs }
              OPTIONAL { ?a schema:datePublished ?published }
              FILTER NOT EXISTS { ?a dip:isTeaser true }
            }""");

    private Duplicates() {}

    record Copy(Node article, String key, String fingerprint, long repairs, String published) {}

    /**
     * Remakes the duplicate links of the given articles and of their copies. Call inside a write
     * transaction on {@code dsg}.
     *
     * @return the number of links now held for those articles
     */
    public static int link(DatasetGraph dsg, Node summaryGraph, Collection<Node> touched) {
        return link(dsg, summaryGraph, touched, touched);
    }

    /**
     * As {@link #link(DatasetGraph, Node, Collection)}; {@code written}: the articles being written
     * now, which lose a tie to copies loaded before them.
     */
    public static int link(DatasetGraph dsg, Node summaryGraph, Collection<Node> touched, Collection<Node> written) {
        if (touched.isEmpty()) return 0;
        List<Copy> all = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(ARTICLES)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                all.add(new Copy(s.get("a").asNode(), s.getLiteral("key").getLexicalForm(),
                        s.getLiteral("fp").getLexicalForm(),
                        s.contains("repairs") ? s.getLiteral("repairs").getLong() : Long.MAX_VALUE,
                        s.contains("published") ? s.getLiteral("published").getLexicalForm() : null));
            }
        }
        Set<Node> done = new HashSet<>();
        int links = 0;
        for (Node t : touched) {
            dsg.deleteAny(summaryGraph, t, DIP.duplicateOf, Node.ANY);
            dsg.deleteAny(summaryGraph, Node.ANY, DIP.duplicateOf, t);
        }
        for (Copy c : all) {
            if (!touched.contains(c.article()) || done.contains(c.article())) continue;
            List<Copy> group = new ArrayList<>();
            group.add(c);
            for (Copy o : all) {
                if (o != c && Fingerprint.similarity(c.fingerprint(), o.fingerprint()) >= THRESHOLD) group.add(o);
            }
            if (group.size() < 2) continue;
            group.sort(Comparator.comparingLong(Copy::repairs)
                    .thenComparingInt(g -> written.contains(g.article()) ? 1 : 0)
                    .thenComparing(Copy::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Copy::key));
            Copy original = group.get(0);
            for (Copy g : group) {
                done.add(g.article());
                dsg.deleteAny(summaryGraph, g.article(), DIP.duplicateOf, Node.ANY);
                if (g == original) continue;
                dsg.add(new Quad(summaryGraph, g.article(), DIP.duplicateOf, original.article()));
                links++;
            }
        }
        return links;
    }
}
