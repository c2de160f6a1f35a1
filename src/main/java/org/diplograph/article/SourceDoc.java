package org.diplograph.article;

import java.util.Objects;

/**
 * One article as read from its source, before any cleaning.
 *
 * <p>{@code text} is the source text that evidence offsets point into: the decoded file without its
 * BOM, or a JSON record's {@code text}. Offsets everywhere in the project are Unicode code points
 * from 0 into this string.
 *
 * @param key       the article's identity: the JSON record's id, else its URL, else the file name
 *                  without extension
 * @param origin    where it was read from (a path as given on the command line, plus "#n" for records)
 * @param text      the source text
 * @param published the publication date as precise as the source gives it (YYYY-MM-DD, YYYY-MM,
 *                  YYYY), or null
 * @param url       the article's URL, or null
 * @param title     a title given by the record, or null (the page's own title is found by the splitter)
 */
public record SourceDoc(String key, String origin, String text, String published, String url, String title) {
    public SourceDoc {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
    }

    public static SourceDoc of(String key, String origin, String text) {
        return new SourceDoc(key, origin, text, null, null, null);
    }
}
