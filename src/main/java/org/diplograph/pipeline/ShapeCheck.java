package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.article.InputProblem;
import org.diplograph.article.SourceDoc;
import org.diplograph.rdf.Validator;

/**
 * The SHACL check of every article graph an ingest is about to write ({@code ontology/shapes.ttl},
 * through {@link Validator}). Without strictness an article that breaks a shape is still loaded and
 * its violations are reported (to the problem policy, and in {@link IngestReport#violations()});
 * with it, the article is refused and its stored version, if any, is kept. One per run.
 */
final class ShapeCheck {
    private final boolean strict;
    private final InputProblem problems;
    private final List<IngestReport.Problem> violations = new ArrayList<>();

    ShapeCheck(boolean strict, InputProblem problems) {
        this.strict = strict;
        this.problems = problems;
    }

    /** The violations of one article's quads, sorted; reports nothing, so any thread may call it. */
    static List<String> violations(List<Quad> quads) {
        return Validator.articleViolations(quads);
    }

    /**
     * Reports the violations {@code lines} of one article ({@link #violations}).
     *
     * @return null when the article may be written; otherwise why it is refused (strict mode only)
     */
    String refusal(SourceDoc doc, List<String> lines) {
        if (lines.isEmpty()) return null;
        String message = "article \"" + doc.key() + "\" breaks " + lines.size()
                + (lines.size() == 1 ? " shape constraint: " : " shape constraints: ") + String.join("; ", lines);
        if (strict) return message + "; not loaded (strict)";
        violations.add(new IngestReport.Problem(doc.origin(), message));
        problems.report(doc.origin(), message + "; loaded all the same");
        return null;
    }

    /** Articles loaded in spite of violations, each with its violations. */
    List<IngestReport.Problem> violations() {
        return violations;
    }
}
