package org.diplograph.extract;

/**
 * Where an agreement stands, the concepts of the {@code dip:Modalities} scheme in
 * {@code ontology/schemes.ttl} ({@link #value()} is the notation, the literal of
 * {@code dip:modality}). Only a signed agreement makes its parties a pair the story is about.
 */
public enum Modality implements Notation {
    /** Signed: "ont signé un accord". */
    SIGNED("signed"),
    /** To be signed: "signeront", "devrait signer". */
    TO_BE_SIGNED("to be signed"),
    /** Proposed by one side. */
    PROPOSED("proposed"),
    /** Promised by one side. */
    PROMISED("promised");

    private final String value;

    Modality(String value) {
        this.value = value;
    }

    /** The concept's notation: "signed", "to be signed". */
    @Override
    public String value() {
        return value;
    }

    /**
     * The constant whose notation this is; null for null.
     *
     * @throws IllegalArgumentException for a value no constant has
     */
    public static Modality of(String value) {
        return Notation.parse(values(), value, "agreement modality");
    }
}
