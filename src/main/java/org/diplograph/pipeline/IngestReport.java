package org.diplograph.pipeline;

import java.util.List;
import org.diplograph.store.GraphCounts;

/**
 * What one ingest run did and what the dataset holds afterwards.
 *
 * @param articlesNew       articles read for the first time
 * @param articlesChanged   articles read again because their text, source file or the extractor changed
 * @param articlesUnchanged articles skipped because the stored graph is current
 * @param failed            inputs that could not be loaded (files, records or articles), each in {@code problems}
 * @param ontologyLoaded    whether the ontology graph was (re)written
 * @param relationsUpdated  bilateral relations whose summary counts were recomputed
 * @param counts            what the dataset holds after the run; null when the run was built with
 *                          {@code countDataset(false)}
 * @param problems          every input problem, naming its origin
 * @param violations        articles loaded although they break a SHACL shape, with the violations
 *                          (in strict mode such articles are refused and listed in {@code problems})
 */
public record IngestReport(int articlesNew, int articlesChanged, int articlesUnchanged, int failed,
                           boolean ontologyLoaded, int relationsUpdated, GraphCounts counts,
                           List<Problem> problems, List<Problem> violations) {

    public IngestReport {
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
    }

    /** One input that could not be loaded: its origin (file, and record) and what is wrong. */
    public record Problem(String origin, String message) {
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }
}
