package org.diplograph.article;

import java.util.List;

/**
 * A page cut into its parts.
 *
 * <p>Unit ranges are char indices into {@link #text()}, the page as read: the source text itself for
 * a plain-text page, the text content of an HTML page (its markup left out) otherwise. For an HTML
 * page {@link #sourceOffset(int)} maps a code point of {@code text} back to the code point of the
 * source it was read from, so that evidence still points into the source.
 *
 * @param source   the page
 * @param units    the parts of the main story and of the page around it, in order
 * @param dateline the place of the dateline ("Tokyo" in "Tokyo (VNA) -"), or null
 * @param agency   the news agency of the dateline ("VNA"), or null
 * @param text     the text the units index into
 * @param toSource for each code point of {@code text} (and one past its end), the source code point it
 *                 comes from; null when {@code text} is the source text
 * @param teasers  the teasers listed on the page, each as its own units (TITLE, LEAD, CAPTION) over
 *                 {@code text}
 * @param head     what the page's markup says about it (day of publication, site's name), {@link PageHead#NONE}
 *                 for a page without markup
 */
public record Page(SourceDoc source, List<Unit> units, String dateline, String agency, String text, int[] toSource,
                   List<List<Unit>> teasers, PageHead head) {

    /** A plain-text page whose units index into the source text. */
    public Page(SourceDoc source, List<Unit> units, String dateline, String agency) {
        this(source, units, dateline, agency, source.text(), null, List.of());
    }

    /** A page without markup of its own: nothing read from a head. */
    public Page(SourceDoc source, List<Unit> units, String dateline, String agency, String text, int[] toSource,
                List<List<Unit>> teasers) {
        this(source, units, dateline, agency, text, toSource, teasers, PageHead.NONE);
    }

    /** What a part of the page is. Only TITLE, LEAD and BODY may state events and agreements. */
    public enum Kind {
        TITLE, LEAD, BODY, CAPTION,
        /** a teaser for another story, after "Voir plus" and similar lists */
        TEASER,
        /** bylines, link lists, footers: read by nothing */
        BOILERPLATE
    }

    /** One part. */
    public record Unit(Kind kind, int begin, int end) {
        public String text(String source) {
            return source.substring(begin, end);
        }
    }

    /** Source code point of the code point {@code cp} of {@link #text()}. */
    public int sourceOffset(int cp) {
        return toSource == null ? cp : toSource[cp];
    }

    /** The teaser {@code index} as a page of its own: its title, lead and caption over the same text. */
    public Page teaser(int index) {
        return teaser(index, source);
    }

    /** The teaser {@code index} as the page of {@code article}, the teaser read as an article of its own. */
    Page teaser(int index, SourceDoc article) {
        List<Unit> own = index < teasers.size() ? teasers.get(index) : List.of();
        return new Page(article, own, null, agency, text, toSource, List.of(), head);
    }

    /** The title's text, or null. */
    public String title() {
        return units.stream().filter(u -> u.kind() == Kind.TITLE).findFirst()
                .map(u -> u.text(text).strip()).orElse(source.title());
    }
}
