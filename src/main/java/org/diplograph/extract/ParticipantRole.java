package org.diplograph.extract;

/**
 * The part a person plays in an event, the concepts of the {@code dip:ParticipantRoles} scheme in
 * {@code ontology/schemes.ttl} ({@link #value()} is the notation). The graph states the first five
 * with a property of their own ({@code dip:visitor}, ...); a participant is an actor only.
 */
public enum ParticipantRole implements Notation {
    /** Who travels to the other country, or is received. */
    VISITOR("visitor"),
    /** Who receives the visitor. */
    HOST("host"),
    /** Who signs an agreement at the event. */
    SIGNATORY("signatory"),
    /** Who organises a conference or ceremony. */
    ORGANISER("organiser"),
    /** Who attends a conference or ceremony. */
    ATTENDEE("attendee"),
    /** Who meets or talks with others, no one of them the host. */
    PARTICIPANT("participant");

    private final String value;

    ParticipantRole(String value) {
        this.value = value;
    }

    /** The concept's notation: "visitor", "host". */
    @Override
    public String value() {
        return value;
    }

    /**
     * The constant whose notation this is; null for null.
     *
     * @throws IllegalArgumentException for a value no constant has
     */
    public static ParticipantRole of(String value) {
        return Notation.parse(values(), value, "participant role");
    }
}
