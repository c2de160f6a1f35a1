package org.diplograph.text;

/**
 * Text as the extractor reads it, with a map back to the source.
 *
 * <p>Repairs only normalise characters one for one (no-break spaces, typographic apostrophes) or
 * insert spaces between glued words, so every character of the clean text either comes from one
 * source character or was inserted before one. {@link #sourceOffset(int)} gives, for a char index
 * into {@link #text()}, the code point index into the source text; an inserted space maps to the
 * source character that follows it.
 */
public final class CleanText {
    private final String text;
    private final int[] toSource; // char index in text -> code point index in source; length text.length()+1

    CleanText(String text, int[] toSource) {
        if (toSource.length != text.length() + 1) throw new IllegalArgumentException("offset map length");
        this.text = text;
        this.toSource = toSource;
    }

    public String text() {
        return text;
    }

    /** Code point offset in the source of the clean char index {@code i} (0..length inclusive). */
    public int sourceOffset(int i) {
        return toSource[i];
    }

    /**
     * The same text with every offset passed through {@code toSource}: for text read out of another
     * (the text content of an HTML page), to point into that other text's source.
     */
    public CleanText mapped(java.util.function.IntUnaryOperator toSource) {
        int[] m = new int[this.toSource.length];
        for (int i = 0; i < m.length; i++) m[i] = toSource.applyAsInt(this.toSource[i]);
        return new CleanText(text, m);
    }

    /** Number of chars inserted by repair between clean indices {@code begin} and {@code end}. */
    public int insertions(int begin, int end) {
        int n = 0;
        for (int i = begin; i < end; i++) {
            if (toSource[i] == toSource[i + 1]) n++;
        }
        return n;
    }
}
