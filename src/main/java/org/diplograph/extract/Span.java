package org.diplograph.extract;

/**
 * Evidence: a stretch of the source text, in Unicode code points from 0 into
 * {@link org.diplograph.article.SourceDoc#text()}, and the (possibly repaired) sentence it reads as.
 *
 * @param begin first code point, inclusive
 * @param end   last code point, exclusive
 * @param text  the sentence as the extractor read it (after repair of glued words)
 */
public record Span(int begin, int end, String text) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
}
