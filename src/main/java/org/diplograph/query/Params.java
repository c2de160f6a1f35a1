package org.diplograph.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.diplograph.DiplographException;

/**
 * Parameter values as typed RDF terms, keyed by variable name (without {@code ?}).
 *
 * <p>Values enter a query only through {@link #applyTo}: the terms replace the variables in the
 * parsed query's syntax tree. The query text is never assembled from user text, so a value cannot
 * add a clause, and a local run and a run against an endpoint (which is sent the serialised,
 * substituted tree) see the same query.
 *
 * @param values terms by variable name, in the order given
 */
public record Params(Map<String, Node> values) {
    public Params {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No parameters: the query runs as written. */
    public static Params none() {
        return new Params(Map.of());
    }

    /** One parameter, for programmatic callers that already hold the term. */
    public static Params of(String name, Node value) {
        return new Params(Map.of(name, value));
    }

    /**
     * Reads {@code name=value} assignments for {@code query}, fills in defaults, and checks that every
     * required parameter is there; an optional parameter not given is left out, its variable unbound.
     *
     * @throws DiplographException naming the query and the parameter for a malformed assignment, an
     *                             unknown or repeated parameter, a value of the wrong type, or a missing
     *                             required parameter
     */
    public static Params parse(CannedQuery query, List<String> assignments) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new DiplographException("query '" + query.name() + "': expected NAME=VALUE, got '" + a + "'");
            String name = a.substring(0, eq).strip();
            if (given.put(name, a.substring(eq + 1)) != null) {
                throw new DiplographException("query '" + query.name() + "': parameter '" + name + "' given twice");
            }
        }
        return of(query, given);
    }

    /**
     * The defaults {@code query} declares, as typed terms; a required or optional parameter (no
     * default) is left out, so its variable stays open. For showing a query ready to run, as the
     * console's examples do.
     */
    public static Params defaults(CannedQuery query) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (ParamSpec p : query.params()) {
            if (p.defaultValue() != null) out.put(p.name(), p.type().parse(p.defaultValue()));
        }
        return new Params(out);
    }

    /**
     * Reads values given by parameter name for {@code query}; see {@link #parse}. An IRI may be
     * given as the result tables print it, a name with one of the query's prefixes or {@code id:}
     * ({@link CannedQuery#prefixes}) or an IRI in angle brackets, so that what a table shows goes
     * back in as it is ({@link ParamType#parse(String, PrefixMapping)}).
     */
    public static Params of(CannedQuery query, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (query.header().param(name) == null) {
                String known = query.params().isEmpty() ? "it takes none"
                        : "known: " + query.params().stream().map(ParamSpec::name).collect(Collectors.joining(", "));
                throw new DiplographException("query '" + query.name() + "': unknown parameter '" + name + "' (" + known + ")");
            }
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (ParamSpec p : query.params()) {
            String text = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
            if (text == null && p.optional()) continue;
            if (text == null) {
                throw new DiplographException("query '" + query.name() + "' needs parameter '" + p.name() + "' ("
                        + p.type().expected() + "): give --param " + p.name() + "=VALUE");
            }
            try {
                Node value = p.type().parse(text, query.prefixes());
                if (Paging.isPaging(p.name())) Paging.check(value, text);
                out.put(p.name(), value);
            } catch (IllegalArgumentException e) {
                throw new DiplographException("query '" + query.name() + "': parameter '" + p.name() + "' "
                        + e.getMessage(), e);
            }
        }
        return new Params(out);
    }

    /**
     * A copy of {@code query} with each parameter's variable replaced by its term, and {@code limit}
     * and {@code offset} put in the LIMIT and OFFSET the query writes ({@link Paging}), and in
     * {@code ?limit} and {@code ?offset} where it uses them (a query choosing its page from ranks kept
     * at ingest); {@code query} is unchanged.
     */
    public Query applyTo(Query query) {
        if (values.isEmpty()) return query.cloneQuery();
        Map<Var, Node> byVar = new HashMap<>();
        // limit and offset bind ?limit and ?offset too, for a query that picks its page by rank
        values.forEach((k, v) -> byVar.put(Var.alloc(k), v));
        Query out = QueryTransformOps.replaceVars(query, byVar);
        Node limit = values.get(Paging.LIMIT);
        Node offset = values.get(Paging.OFFSET);
        return limit == null && offset == null ? out : Paging.apply(out, limit, offset);
    }
}
