package org.diplograph.article;

/**
 * Receives what is wrong with an input (a file that cannot be read, a record without an id...).
 * Reading goes on with the other inputs after a report.
 */
@FunctionalInterface
public interface InputProblem {
    /** @param origin the file (and record) at fault; @param message what is wrong with it */
    void report(String origin, String message);

    /** Logs each problem at WARN and goes on. */
    static InputProblem logging() {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SourceReader.class);
        return (origin, message) -> log.warn("{}: {}", origin, message);
    }
}
