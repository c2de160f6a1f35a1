package org.diplograph.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.diplograph.pipeline.IngestReport;

/**
 * The closing line of a load that skipped inputs: how many, grouped by why. Each problem was
 * already printed with its file and line as it came; this line is the tally.
 */
final class ReadSummary {
    /** What makes one message differ from another of the same kind: record ids, numbers, quoted values, details. */
    private static final Pattern RECORD = Pattern.compile("^record \\S+?:? ");
    private static final Pattern DETAIL = Pattern.compile("\\s*(?:\\(.*?\\)|;.*|: .*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private ReadSummary() {}

    static String skipped(List<IngestReport.Problem> problems) {
        Map<String, Integer> why = new TreeMap<>();
        for (IngestReport.Problem p : problems) why.merge(reason(p.message()), 1, Integer::sum);
        StringBuilder b = new StringBuilder("Skipped ").append(problems.size())
                .append(problems.size() == 1 ? " input: " : " inputs: ");
        why.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(e -> b.append(e.getValue()).append(" × ").append(e.getKey()).append(", "));
        b.setLength(b.length() - 2);
        return b.toString();
    }

    /**
     * The dip:duplicateOf links of the dataset, each with its graph: taken before and after a load,
     * they tell which links that load made or changed ({@link #duplicates(java.util.Set, java.util.Set)}).
     */
    static java.util.Set<org.apache.jena.sparql.core.Quad> duplicateLinks(org.apache.jena.sparql.core.DatasetGraph dsg) {
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            java.util.Set<org.apache.jena.sparql.core.Quad> links = new java.util.HashSet<>();
            dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.diplograph.rdf.DIP.duplicateOf,
                    org.apache.jena.graph.Node.ANY).forEachRemaining(links::add);
            return links;
        });
    }

    /** Articles with a dip:duplicateOf link in {@code after} that {@code before} lacked: the copies a load linked. */
    static long duplicates(java.util.Set<org.apache.jena.sparql.core.Quad> before,
                           java.util.Set<org.apache.jena.sparql.core.Quad> after) {
        return after.stream().filter(q -> !before.contains(q)).map(org.apache.jena.sparql.core.Quad::getSubject)
                .distinct().count();
    }

    static String reason(String message) {
        String r = RECORD.matcher(message).replaceFirst("");
        String before;
        do {
            before = r;
            r = DETAIL.matcher(r).replaceFirst("");
        } while (!r.equals(before));
        r = NUMBER.matcher(r).replaceAll("N");
        return r.isBlank() ? message : r.strip();
    }
}
