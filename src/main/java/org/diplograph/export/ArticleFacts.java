package org.diplograph.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the graph holds for one article, in the shape of the facts format that the scorer compares with
 * hand-made answers: one JSON object per article. Absent values are null; lists are never null.
 *
 * @param article       the article's key ({@code dip:key})
 * @param duplicateOf   the key of the story this one repeats, or null
 * @param countries     alpha-2 codes of the countries in the main story, sorted
 * @param pairs         the bilateral pairs the story is about, each sorted, sorted
 * @param persons       sorted by name
 * @param organizations sorted by name, then country
 * @param agreements    signed or concluded agreements, in the article's order
 * @param meetings      events other than signings, in the article's order
 *
 * <p>Each person, organisation, agreement and meeting also names the extractor's rule that produced
 * it in this article ({@code rule}, the {@code dip:rule} of the article's graph; left out for a
 * fact loaded without one, as a graph made by hand). The scorer ignores the field.
 */
@JsonPropertyOrder({"article", "duplicate_of", "countries", "pairs", "persons", "organizations", "agreements", "meetings"})
public record ArticleFacts(String article, @JsonProperty("duplicate_of") String duplicateOf, List<String> countries,
                           List<List<String>> pairs, List<Person> persons, List<Organization> organizations,
                           List<Agreement> agreements, List<Meeting> meetings) {
    public ArticleFacts {
        countries = List.copyOf(countries);
        pairs = List.copyOf(pairs);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        agreements = List.copyOf(agreements);
        meetings = List.copyOf(meetings);
    }

    /** A person: name as written, the country served, the office the article names them by, the rule that found them. */
    @JsonPropertyOrder({"name", "country", "role", "rule"})
    public record Person(String name, String country, String role,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {}

    /** An organisation; kind is the {@code dip:factsKind} of its most specific class. */
    @JsonPropertyOrder({"name", "acronym", "country", "kind", "rule"})
    public record Organization(String name, String acronym, String country, String kind,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {}

    /** An agreement: parties are alpha-2 codes and signatories names, both sorted; date as stored (--MM-DD without a year). */
    @JsonPropertyOrder({"type", "topic", "parties", "date", "place", "signatories", "rule"})
    public record Agreement(String type, String topic, List<String> parties, String date, String place,
                            List<String> signatories, @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {
        public Agreement {
            parties = List.copyOf(parties);
            signatories = List.copyOf(signatories);
        }
    }

    /** A meeting, visit or other event: participants' names sorted; end only for a span of days. */
    @JsonPropertyOrder({"participants", "date", "end", "place", "kind", "rule"})
    public record Meeting(List<String> participants, String date,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String end, String place, String kind,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {
        public Meeting {
            participants = List.copyOf(participants);
        }
    }
}
