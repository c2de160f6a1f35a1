package org.diplograph.corpus;

import java.util.List;

/**
 * One generated wire story: its parts in reading order and the facts written into it.
 *
 * @param key the article key (the file name without extension)
 * @param duplicateOf the key of the story this one repeats with small changes, or null
 * @param title the headline, or null for a page that starts at its dateline
 * @param summary the lead as shown under the title (null when there is no title)
 * @param dateline the city before {@code (VNA) -}
 * @param body paragraphs and photo captions, the first paragraph being the lead again after the dateline
 * @param teasers the "Voir plus" list of other stories on the page
 * @param facts what the story states, in the answer shape
 */
record Story(String key, String duplicateOf, String title, String summary, String dateline, List<Part> body,
             List<Teaser> teasers, Facts facts) {

    /** A body paragraph stating facts, a paragraph of comment stating none, or a photo caption. */
    record Part(String text, Kind kind) {
        boolean caption() {
            return kind == Kind.CAPTION;
        }
    }

    enum Kind { FACT, COMMENT, CAPTION }

    /** A teaser of another story: an optional photo caption, a title and a lead. */
    record Teaser(String caption, String title, String lead) {}

    /** The facts of a story, as the answers are written (see the facts format). */
    record Facts(List<String> countries, List<List<String>> pairs, List<Person> persons, List<Org> organizations,
                 List<Agreement> agreements, List<Meeting> meetings) {}

    record Person(String name, String country, String role) {}

    record Org(String name, String country, String kind) {}

    record Agreement(String type, String topic, List<String> parties, String date, String place, List<String> signatories) {}

    record Meeting(List<String> participants, String date, String end, String place, String kind) {}
}
