package org.diplograph.article;

import java.util.Objects;

/**
 * One article as read from its source, before any cleaning.
 *
 * <p>{@code text} is the source text that evidence offsets point into: the decoded file without its
 * BOM, a JSON record's {@code text} (or its {@code html}), or the decoded HTML source of an HTML
 * page. Offsets everywhere in the project are Unicode code points from 0 into this string.
 *
 * @param key       the article's identity: the JSON record's id, else its URL, else the file name
 *                  without extension; a teaser's is its page's key followed by {@code ~teaser-n}
 * @param origin    where it was read from (a path as given on the command line, plus "#n" for records)
 * @param text      the source text
 * @param published the publication date as precise as the source gives it (YYYY-MM-DD, YYYY-MM,
 *                  YYYY), or null
 * @param url       the article's URL, or null
 * @param title     a title given by the record, or null (the page's own title is found by the splitter)
 * @param language  the language the record declares ("fr", "fr-FR"), or null when it says nothing
 * @param format    how {@code text} is written: plain text or HTML
 * @param teaser    for a teaser read as its own article: its page and its place in the page's
 *                  teaser list; null for a page's main story
 */
public record SourceDoc(String key, String origin, String text, String published, String url, String title,
                        String language, Format format, Teaser teaser) {

    /** How the source text is written. */
    public enum Format { TEXT, HTML }

    /** A teaser of a page: the page's key and the teaser's index (0 for the first) in its list. */
    public record Teaser(String pageKey, int index) {}

    public SourceDoc {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }

    /** A plain-text article of unknown language, not a teaser. */
    public SourceDoc(String key, String origin, String text, String published, String url, String title) {
        this(key, origin, text, published, url, title, null, Format.TEXT, null);
    }

    public static SourceDoc of(String key, String origin, String text) {
        return new SourceDoc(key, origin, text, null, null, null);
    }

    /** The teaser {@code index} (0-based) of this page, as an article of its own over the same source text. */
    public SourceDoc teaser(int index) {
        return new SourceDoc(key + "~teaser-" + (index + 1), origin + " (teaser " + (index + 1) + ")", text, published,
                null, null, language, format, new Teaser(key, index));
    }

    public boolean isTeaser() {
        return teaser != null;
    }
}
