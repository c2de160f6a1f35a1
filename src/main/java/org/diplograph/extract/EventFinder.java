package org.diplograph.extract;

import java.util.Set;

/**
 * One kind of event (or agreements) found sentence by sentence. {@link Happenings#FINDERS} runs
 * the finders on each sentence of the main story in a declared order of precedence; a finder may
 * take the sentence's one encounter ({@link Reading#claimed}), and a finder that tells encounters
 * leaves a sentence another has taken.
 */
interface EventFinder {
    /** Reads one sentence, adding the events or agreements it tells to the document. */
    void find(Reading r);

    /** The rules this finder emits by: every event and agreement rule is exactly one finder's. */
    Set<Rule> rules();
}
