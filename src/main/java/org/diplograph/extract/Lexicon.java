package org.diplograph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * French words the recognisers rely on, folded (lower case, no diacritics), loaded from the word
 * lists and tables beside {@link WordLists} (each file says what its entries are). These are general
 * French and institutional vocabulary, not names from any article; this class only loads them.
 */
final class Lexicon {
    private Lexicon() {}

    /** Heads of titles that people hold, multi-word ones written with spaces. Longest first when matched. */
    static final List<String> TITLE_HEADS = WordLists.list("title-heads");

    /** Heads that alone do not make an office worth reporting (they need a complement). */
    static final Set<String> WEAK_TITLE_HEADS = WordLists.load("weak-title-heads");

    /** Heads of organisation names, with the kind they usually give. */
    static final Map<String, String> ORG_HEADS = WordLists.table("org-heads");

    /** Words that, inside an organisation's name, decide its kind whatever the head. */
    static final Map<String, String> KIND_MARKERS = WordLists.table("kind-markers");

    /** Capitalised words that never start or belong to a person's name. */
    static final Set<String> NOT_NAME = WordLists.load("not-name");

    /** Month names, January first. */
    static final List<String> MONTHS = WordLists.list("months");

    /** Weekday names, Monday first. */
    static final List<String> WEEKDAYS = WordLists.list("weekdays");

    /**
     * News agencies that write datelines as "City (CODE) -", by their code in capitals, with the
     * country whose officials they leave unqualified.
     */
    static final Map<String, String> AGENCY_COUNTRY = WordLists.table("agency-countries").entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
}
