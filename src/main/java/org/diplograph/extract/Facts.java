package org.diplograph.extract;

import java.util.List;
import org.diplograph.article.SourceDoc;

/**
 * Everything the extractor found in one article. Values only; the RDF mapper turns it into quads.
 * Closed vocabularies (event kinds, roles, modalities, standings) are enums whose values are the
 * notations of their SKOS schemes.
 *
 * <p>Keys ({@code Person.key}, {@code Org.key}) are stable, readable slugs: the same person or
 * organisation in two articles gets the same key, so both articles describe one node.
 */
public final class Facts {
    private Facts() {}

    /**
     * A person and what the article says they are. key: slug of the folded name ("jean-dupont");
     * rule: the id of the {@link Rule} that found the person first, or null for hand-made facts.
     */
    public record Person(String key, String name, String country, List<Office> offices, Span evidence,
                         double confidence, String rule) {
        /** A person no rule is named for. */
        public Person(String key, String name, String country, List<Office> offices, Span evidence, double confidence) {
            this(key, name, country, offices, evidence, confidence, null);
        }
    }

    /**
     * An office as the text gives it: "ministre des Affaires étrangères"; orgKey may be null; rule:
     * the id of the {@link Rule} that read the title as this person's, or null.
     */
    public record Office(String title, String orgKey, String country, Span evidence, String rule) {
        /** An office no rule is named for. */
        public Office(String title, String orgKey, String country, Span evidence) {
            this(title, orgKey, country, evidence, null);
        }
    }

    /**
     * An organisation. key: "{CC or int}/{slug}". kind: one of ministry, agency, party, parliament,
     * government, embassy, local, military, company, association, university, international, other.
     * rule: the id of the {@link Rule} that found it first, or null.
     */
    public record Org(String key, String name, String acronym, String country, String kind, Span evidence,
                      double confidence, boolean named, String rule) {
        /** An organisation no rule is named for. */
        public Org(String key, String name, String acronym, String country, String kind, Span evidence,
                   double confidence, boolean named) {
            this(key, name, acronym, country, kind, evidence, confidence, named, null);
        }

        /** An organisation the text names. */
        public Org(String key, String name, String acronym, String country, String kind, Span evidence, double confidence) {
            this(key, name, acronym, country, kind, evidence, confidence, true);
        }
    }

    /** A place named by the article; country may be null. key: slug of the name. */
    public record Place(String key, String name, String country) {}

    /** Who took part and in which role. */
    public record Participant(String personKey, ParticipantRole role) {}

    /**
     * An event. kind: may be null for hand-made facts. partOf: index in {@link Article#events()} of the visit it belongs to, or -1.
     * countries: ISO alpha-2 codes of the countries taking part.
     * standing: see {@link Standing}; only what happened is
     * the story's news, the rest is kept apart. restated: the other spans that tell the same event
     * (title, lead and body), evidence as much as {@code evidence}. rule: the id of the {@link Rule}
     * that decided the event and its kind (the first telling's, when restatements were merged), or null.
     */
    public record Event(EventKind kind, List<Participant> participants, List<String> countries, Place place,
                        DateValue date, DateValue end, int partOf, String topic, Span evidence,
                        double confidence, Standing standing, List<Span> restated, String rule) {
        /** An event no rule is named for. */
        public Event(EventKind kind, List<Participant> participants, List<String> countries, Place place,
                     DateValue date, DateValue end, int partOf, String topic, Span evidence, double confidence,
                     Standing standing, List<Span> restated) {
            this(kind, participants, countries, place, date, end, partOf, topic, evidence, confidence, standing, restated, null);
        }

        /** An event the story reports as done. */
        public Event(EventKind kind, List<Participant> participants, List<String> countries, Place place,
                     DateValue date, DateValue end, int partOf, String topic, Span evidence, double confidence) {
            this(kind, participants, countries, place, date, end, partOf, topic, evidence, confidence,
                    Standing.HAPPENED);
        }

        /** An event told once. */
        public Event(EventKind kind, List<Participant> participants, List<String> countries, Place place,
                     DateValue date, DateValue end, int partOf, String topic, Span evidence, double confidence,
                     Standing standing) {
            this(kind, participants, countries, place, date, end, partOf, topic, evidence, confidence, standing, List.of());
        }

        /** True for what the story reports as done, neither recalled nor announced. */
        public boolean happened() {
            return standing == null || standing == Standing.HAPPENED;
        }
    }

    /**
     * An agreement. type as named ("protocole d'accord"); modality: may be null for hand-made facts; parties: ISO alpha-2 codes; signatories: person keys; topic: a topic slug or null;
     * restated: the other spans that tell it; rule: the id of the {@link Rule} of the first telling, or null.
     */
    public record Agreement(String type, String topic, String topicText, List<String> parties,
                            List<String> signatories, DateValue date, Place place, Modality modality,
                            Span evidence, double confidence, List<Span> restated, String rule) {
        /** An agreement no rule is named for. */
        public Agreement(String type, String topic, String topicText, List<String> parties,
                         List<String> signatories, DateValue date, Place place, Modality modality,
                         Span evidence, double confidence, List<Span> restated) {
            this(type, topic, topicText, parties, signatories, date, place, modality, evidence, confidence, restated, null);
        }

        /** An agreement told once. */
        public Agreement(String type, String topic, String topicText, List<String> parties,
                         List<String> signatories, DateValue date, Place place, Modality modality,
                         Span evidence, double confidence) {
            this(type, topic, topicText, parties, signatories, date, place, modality, evidence, confidence, List.of());
        }
    }

    /** A bilateral pair the story is about, codes sorted; framework as stated or null. */
    public record Pair(String a, String b, String framework) {
        public Pair {
            if (a.compareTo(b) > 0) { String t = a; a = b; b = t; }
        }
    }

    /**
     * One article's facts.
     *
     * @param countries        ISO codes of countries acting in or party to the main story
     * @param duplicateOf      key of the article this one repeats, or null (set by cross-article resolution)
     * @param fingerprint      MinHash signature of the main story's text, or null: the extractor leaves
     *                         it null and resolution sets it from {@code story} (see
     *                         {@link #withFingerprint}); null too for a story too short to compare
     * @param repairs          spaces the repair of glued words inserted: of two copies of a story, the one
     *                         with fewer is the better copy
     * @param teaser           true for a teaser read as its own article (see {@link SourceDoc#teaser()})
     * @param dateline         the place the story is filed from ("Tokyo" in "Tokyo (VNA) -"), or null
     * @param story            the main story's repaired lead and body sentences, one a line, as copies
     *                         are compared; null for hand-made facts
     * @param extractorVersion the {@link Extractor#VERSION} of the rules that made these facts, written
     *                         with them so that articles read by older rules are found and read again
     */
    public record Article(SourceDoc source, String title, String published, List<String> countries,
                          List<Pair> pairs, List<Person> persons, List<Org> orgs, List<Event> events,
                          List<Agreement> agreements, String duplicateOf, String fingerprint, int repairs,
                          boolean teaser, String dateline, String story, String extractorVersion) {
        /** Hand-made facts with a dateline: no story text, the current rules' version. */
        public Article(SourceDoc source, String title, String published, List<String> countries,
                       List<Pair> pairs, List<Person> persons, List<Org> orgs, List<Event> events,
                       List<Agreement> agreements, String duplicateOf, String fingerprint, int repairs,
                       boolean teaser, String dateline) {
            this(source, title, published, countries, pairs, persons, orgs, events, agreements, duplicateOf,
                    fingerprint, repairs, teaser, dateline, null, Extractor.VERSION);
        }

        /** The same facts with this fingerprint of their story. */
        public Article withFingerprint(String fingerprint) {
            return new Article(source, title, published, countries, pairs, persons, orgs, events, agreements,
                    duplicateOf, fingerprint, repairs, teaser, dateline, story, extractorVersion);
        }

        /** Without a dateline: the place the story is filed from ("Tokyo" in "Tokyo (VNA) -"). */
        public Article(SourceDoc source, String title, String published, List<String> countries, List<Pair> pairs,
                       List<Person> persons, List<Org> orgs, List<Event> events, List<Agreement> agreements,
                       String duplicateOf, String fingerprint, int repairs, boolean teaser) {
            this(source, title, published, countries, pairs, persons, orgs, events, agreements, duplicateOf,
                    fingerprint, repairs, teaser, null);
        }

        /** A page's main story (not a teaser). */
        public Article(SourceDoc source, String title, String published, List<String> countries, List<Pair> pairs,
                       List<Person> persons, List<Org> orgs, List<Event> events, List<Agreement> agreements,
                       String duplicateOf, String fingerprint, int repairs) {
            this(source, title, published, countries, pairs, persons, orgs, events, agreements, duplicateOf,
                    fingerprint, repairs, false);
        }

        /** An article without a fingerprint, as hand-built test inputs make them. */
        public Article(SourceDoc source, String title, String published, List<String> countries, List<Pair> pairs,
                       List<Person> persons, List<Org> orgs, List<Event> events, List<Agreement> agreements,
                       String duplicateOf) {
            this(source, title, published, countries, pairs, persons, orgs, events, agreements, duplicateOf, null, 0);
        }
    }
}
