package org.diplograph.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Runs a query written for one key ({@code ?var} standing for it) for many keys in one execution:
 * the key variable is added to the result and to the grouping, so that each key gets the rows its own
 * query gives. Why: the summary's keys are counted by the thousand at the end of a load, and one
 * query per key costs a parse, a plan and an index walk each; one grouped pass costs one.
 *
 * <p>The rows of a key are those of the query for that key alone, because every query this is used
 * for binds the key in its required part (never only inside {@code OPTIONAL} or {@code EXISTS}): the
 * key is then a plain join variable, and grouping by it splits the solutions as the per-key queries do.
 * A key without solutions gets no row here, where an aggregate without {@code GROUP BY} gives one row
 * of zeros: callers read a missing key as zero.
 */
final class ManyKeysQuery {
    /** How the keys are given to the query. */
    enum Scope {
        /** One query per key: the cheapest for a handful of keys (a live load's transaction). */
        PER_KEY,
        /** One query, the keys listed first ({@code VALUES}), each looked up by index. */
        LISTED,
        /** One query over the whole graph, the rows of other keys dropped: when most keys are counted. */
        WHOLE_GRAPH
    }

    private ManyKeysQuery() {}

    /** The rows of each of {@code keys}, in the order the query gives them; a key without rows is absent. */
    static Map<Node, List<Binding>> select(DatasetGraph dsg, Query perKey, String var, Collection<Node> keys, Scope scope) {
        Map<Node, List<Binding>> out = new HashMap<>();
        if (keys.isEmpty()) return out;
        if (scope == Scope.PER_KEY) {
            for (Node key : keys) {
                try (QueryExec qe = QueryExec.dataset(dsg).query(perKey).substitution(var, key).build()) {
                    List<Binding> rows = qe.select().materialize().stream().toList();
                    if (!rows.isEmpty()) out.put(key, rows);
                }
            }
            return out;
        }
        Var v = Var.alloc(var);
        Set<Node> wanted = new HashSet<>(keys);
        try (QueryExec qe = QueryExec.dataset(dsg).query(grouped(perKey, v, scope == Scope.LISTED ? keys : null)).build()) {
            qe.select().forEachRemaining(b -> {
                Node key = b.get(v);
                if (key != null && wanted.contains(key)) out.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
            });
        }
        return out;
    }

    /** {@code perKey} with {@code v} projected and grouped on, and when {@code keys} is not null, bound to them first. */
    static Query grouped(Query perKey, Var v, Collection<Node> keys) {
        Query q = perKey.cloneQuery();
        if (q.hasAggregators() || q.hasGroupBy()) q.addGroupBy(v);
        q.getProject().add(v);
        q.setLimit(Query.NOLIMIT);
        if (keys != null) {
            ElementData data = new ElementData();
            data.add(v);
            keys.forEach(k -> data.add(BindingFactory.binding(v, k)));
            ElementGroup body = new ElementGroup();
            body.addElement(data);
            Element where = q.getQueryPattern();
            if (where instanceof ElementGroup g) g.getElements().forEach(body::addElement);
            else body.addElement(where);
            q.setQueryPattern(body);
        }
        q.resetResultVars();
        return q;
    }
}
