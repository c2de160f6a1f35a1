package org.diplograph.article;

import java.util.List;

/**
 * A page cut into its parts. Ranges are char indices into the source text.
 *
 * @param source   the page
 * @param units    the parts of the main story and of the page around it, in order
 * @param dateline the place of the dateline ("Tokyo" in "Tokyo (VNA) -"), or null
 * @param agency   the news agency of the dateline ("VNA"), or null
 */
public record Page(SourceDoc source, List<Unit> units, String dateline, String agency) {

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

    /** The title's text, or null. */
    public String title() {
        return units.stream().filter(u -> u.kind() == Kind.TITLE).findFirst()
                .map(u -> u.text(source.text()).strip()).orElse(source.title());
    }
}
