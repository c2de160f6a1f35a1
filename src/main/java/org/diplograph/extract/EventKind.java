package org.diplograph.extract;

/**
 * The kinds of diplomatic event, the concepts of the {@code dip:EventTypes} scheme in
 * {@code ontology/schemes.ttl}: each constant's {@link #value()} is its concept's
 * {@code skos:notation}, the kind the graph and the facts export give. A closed list, so that a
 * misspelt kind fails where it is made rather than giving an event no type; the scheme and this
 * enum are checked against each other both ways.
 */
public enum EventKind implements Notation {
    CEREMONY("ceremony"),
    CONFERENCE("conference"),
    MEETING("meeting"),
    PHONE_CALL("phone call"),
    RECEPTION("reception"),
    /** The scheme's signing: the agreement itself is an {@link Facts.Agreement}; no rule makes a signing event today. */
    SIGNING("signing"),
    TALKS("talks"),
    VISIT("visit");

    private final String value;

    EventKind(String value) {
        this.value = value;
    }

    /** The concept's notation: "phone call", "visit". */
    @Override
    public String value() {
        return value;
    }

    /**
     * The constant whose notation this is; null for null.
     *
     * @throws IllegalArgumentException for a value no constant has
     */
    public static EventKind of(String value) {
        return Notation.parse(values(), value, "event kind");
    }
}
