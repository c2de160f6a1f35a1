package org.diplograph.article;

import java.util.List;

/**
 * What an HTML page says about itself outside the story, read from its markup once, when the page is
 * parsed: the extractor reads the day of publication and the outlet from here, never from the raw
 * HTML. A plain-text page has {@link #NONE}.
 *
 * @param published  the machine-readable day of publication, YYYY-MM-DD: the first in the page's
 *                   order of a {@code <meta>} or microdata {@code article:published_time},
 *                   {@code datePublished}, {@code date_published} or {@code pubdate}, a
 *                   {@code datePublished} of a JSON-LD block, or a {@code <time datetime>}; or null
 * @param dateBlocks the texts of the elements whose class or id names a date ({@code post-date},
 *                   {@code meta}, {@code published}...), in the page's order, which print the day of
 *                   posting for people ("Publié le 04/04/2025 à 08:30")
 * @param siteName   the site's name its {@code og:site_name} states, or null
 * @param title      the text of the page's {@code <title>}, entities decoded, or null
 */
public record PageHead(String published, List<String> dateBlocks, String siteName, String title) {
    /** A page with no head: plain text, a JSON record's text. */
    public static final PageHead NONE = new PageHead(null, List.of(), null, null);

    public PageHead {
        dateBlocks = List.copyOf(dateBlocks);
    }
}
