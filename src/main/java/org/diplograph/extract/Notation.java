package org.diplograph.extract;

/**
 * A closed vocabulary of the facts whose constants are written as the notation of their concept
 * in a SKOS scheme of {@code ontology/schemes.ttl}: the graph and the facts export hold the
 * notation, the code the constant.
 */
interface Notation {
    /** The concept's {@code skos:notation}, as the graph writes it. */
    String value();

    /**
     * The constant whose notation this is; null for null.
     *
     * @throws IllegalArgumentException for a value no constant has
     */
    static <E extends Enum<E> & Notation> E parse(E[] constants, String value, String vocabulary) {
        if (value == null) return null;
        for (E e : constants) if (e.value().equals(value)) return e;
        throw new IllegalArgumentException("no " + vocabulary + " \"" + value + "\"");
    }
}
