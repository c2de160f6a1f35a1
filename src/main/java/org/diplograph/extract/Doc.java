package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.article.Page;
import org.diplograph.text.CleanText;

/**
 * The working state of one article while the stages read it. Mutable and confined to one thread;
 * the extractor turns it into immutable {@link Facts} at the end.
 */
final class Doc {
    final Page page;
    final String home;            // country of the agency's dateline, for officials it leaves unqualified
    final String filedFrom;       // country of the place the story is filed from, or null
    final List<Sent> sents = new ArrayList<>();
    final Map<String, PersonInfo> persons = new LinkedHashMap<>();
    final Map<String, OrgInfo> orgs = new LinkedHashMap<>();
    final Map<String, String> acronyms = new LinkedHashMap<>(); // acronym -> org key
    final List<EventInfo> events = new ArrayList<>();
    final List<AgreementInfo> agreements = new ArrayList<>();

    final org.diplograph.text.FrenchDictionary dict;
    /** The international bodies the extractor was built with: a name or acronym of theirs is that body. */
    final InternationalBodies bodies;

    Doc(Page page, String home, String filedFrom, org.diplograph.text.FrenchDictionary dict, InternationalBodies bodies) {
        this.page = page;
        this.home = home;
        this.filedFrom = filedFrom;
        this.dict = dict;
        this.bodies = bodies;
    }

    String source() {
        return page.source().text();
    }

    private final Map<String, String> slugs = new java.util.HashMap<>();

    /**
     * {@link Fold#slug} of a name, made once per article: each new organisation is compared by slug
     * with every one the article has named before.
     */
    String slug(String name) {
        return slugs.computeIfAbsent(name, Fold::slug);
    }

    private String published;
    private boolean publishedKnown;

    /**
     * {@link Dates#published} of the page, read once per article: the date and the event stages both
     * ask it, and reading the page's head for a day of posting is not cheap.
     */
    String published() {
        if (!publishedKnown) {
            published = Dates.published(page);
            publishedKnown = true;
        }
        return published;
    }

    private String unqualified;
    private boolean unqualifiedKnown;

    /**
     * The country of officials the story names without a nationality. A wire agency leaves its own
     * country's officials unqualified; but a story between two other countries ("Tokyo (VNA) - Le
     * Premier ministre laotien ... le Premier ministre japonais ...") that never names the agency's
     * country leaves unqualified the officials of the one it is filed from. Null when that is not
     * one of them. Without a known agency, the country the story is filed from stands for it.
     */
    String unqualifiedCountry() {
        if (unqualifiedKnown) return unqualified;
        unqualifiedKnown = true;
        // an outlet whose country is not known ("Dakar, 5 fév -", or an agency not in the table)
        // names without nationality the officials of the country it files from
        String home = this.home != null ? this.home : filedFrom;
        if (home == null) return null;
        Set<String> named = new java.util.HashSet<>();
        for (Sent s : sents) {
            if (!s.main()) continue;
            for (Mention m : s.mentions) {
                if (m.type() == Mention.Type.COUNTRY || m.type() == Mention.Type.COUNTRY_ADJ) named.add(m.value());
                if (m.type() == Mention.Type.PLACE && home.equals(m.country())) named.add(home);
            }
        }
        if (named.contains(home) || named.size() < 2 || home.equals(filedFrom)) return unqualified = home;
        return unqualified = filedFrom != null && named.contains(filedFrom) ? filedFrom : null;
    }

    /** A sentence of the article with its tokens and mentions. */
    static final class Sent {
        final int index;
        final Page.Kind kind;
        final CleanText clean;
        final int cb;            // begin in clean text
        final String text;
        final List<Tok> toks;
        final List<Mention> mentions = new ArrayList<>();

        Sent(int index, Page.Kind kind, CleanText clean, int cb, int ce) {
            this.index = index;
            this.kind = kind;
            this.clean = clean;
            this.cb = cb;
            this.text = clean.text().substring(cb, ce);
            this.toks = Tok.tokenize(text);
        }

        private String folded;

        /** The text folded for {@link Cue} searches, made once per sentence. */
        String folded() {
            if (folded == null) folded = Cue.fold(text);
            return folded;
        }

        private Boolean retrospective;

        /** {@link Standing#retrospective(Doc.Sent)}, asked by the date and the event stages alike: made once. */
        boolean retrospective() {
            if (retrospective == null) retrospective = Standing.retrospective(this);
            return retrospective;
        }

        private List<Integer> years;

        /** {@link Dates#years} of the text, made once per sentence; not to be changed by the caller. */
        List<Integer> years() {
            if (years == null) years = Dates.years(text);
            return years;
        }

        private String lower;

        /** The text in lower case ({@code Locale.ROOT}), made once per sentence. */
        String lower() {
            if (lower == null) lower = text.toLowerCase(java.util.Locale.ROOT);
            return lower;
        }

        /** Evidence for the whole sentence, in source code points. */
        Span span() {
            return new Span(clean.sourceOffset(cb), clean.sourceOffset(cb + text.length()), text);
        }

        boolean main() {
            return kind == Page.Kind.TITLE || kind == Page.Kind.LEAD || kind == Page.Kind.BODY;
        }

        /** The mentions of one type, in order; not to be changed by the caller. */
        List<Mention> of(Mention.Type type) {
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions) if (m.type() == type) out.add(m);
            return out;
        }

        /**
         * The first mention (in the order they were added) of the type that covers the token, or
         * null: as {@link #scanAt}, from a table per type of the first covering mention of each
         * token. Mentions are only ever added, and a later one never displaces an earlier, so the
         * table takes in the mentions added since it was last read and stays true.
         */
        Mention at(int tok, Mention.Type type) {
            if (tok < 0 || tok >= toks.size()) return scanAt(tok, type);
            int t = type.ordinal();
            if (firstCovering == null) {
                firstCovering = new int[TYPES][];
                read = new int[TYPES];
            }
            int[] first = firstCovering[t];
            if (first == null) first = firstCovering[t] = new int[toks.size()];
            for (int i = read[t]; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() != type) continue;
                for (int k = Math.max(m.b(), 0); k < Math.min(m.e(), first.length); k++) if (first[k] == 0) first[k] = i + 1;
            }
            read[t] = mentions.size();
            return first[tok] == 0 ? null : mentions.get(first[tok] - 1);
        }

        private static final int TYPES = Mention.Type.values().length;
        /** By type: for each token, 1 + the index of the first mention of the type covering it, 0 for none. */
        private int[][] firstCovering;
        /** By type: how many mentions {@link #firstCovering} has taken in. */
        private int[] read;

        /** The definition of {@link #at}: the mentions read in order. */
        Mention scanAt(int tok, Mention.Type type) {
            for (Mention m : mentions) if (m.type() == type && m.b() <= tok && tok < m.e()) return m;
            return null;
        }

        /** Text of tokens [b, e). */
        String text(int b, int e) {
            if (b >= e) return "";
            return text.substring(toks.get(b).begin(), toks.get(e - 1).end());
        }
    }

    /** A person as this article knows them. */
    static final class PersonInfo {
        String key;
        String name;
        String country;
        /** The country is the one the outlet leaves unqualified, not one the text gives: a title that names one wins. */
        boolean countryGuessed;
        final List<Facts.Office> offices = new ArrayList<>();
        final List<Integer> officeTokens = new ArrayList<>(); // token of each office's title in its sentence
        Span evidence;
        double confidence;
        boolean inMain;
        /** The rule that found the person first; later mentions keep it. */
        Rule rule;
    }

    static final class OrgInfo {
        String key;
        String name;
        String acronym;
        String country;
        String kind;
        Span evidence;
        double confidence;
        boolean inMain;
        /** The text names the body; false for a ministry only a minister's title implies. */
        boolean named;
        /** The rule that registered the body first; later mentions keep it. */
        Rule rule;
    }

    /** A fact told in one or more sentences: the evidence shown first, and the other tellings. */
    abstract static class Told {
        Span evidence;
        final List<Span> restated = new ArrayList<>();   // the same fact told again: title, lead, body
        int sentence;
        /**
         * The rule that decided the fact and, for an event, its kind: set with the kind when the draft
         * is made. A merged restatement keeps the rule of the telling whose evidence is shown first
         * (see {@link #restatedBy}); a step that changed the kind
         * afterwards would set the rule with it.
         */
        Rule rule;

        /**
         * Takes in the spans that tell {@code other}, the same fact told again. A headline is a
         * summary: when this one was first told in the title and the other is not, the other's
         * sentence becomes the evidence shown first, and the other's rule the one named: the rule
         * always read the sentence of the evidence shown first.
         */
        void restatedBy(Told other, Doc doc) {
            List<Span> all = new ArrayList<>();
            all.add(other.evidence);
            all.addAll(other.restated);
            for (Span sp : all) {
                if (sp == null || sp.equals(evidence) || restated.contains(sp)) continue;
                restated.add(sp);
            }
            if (doc.title(sentence) && !doc.title(other.sentence)) {
                restated.remove(other.evidence);
                restated.add(0, evidence);
                evidence = other.evidence;
                sentence = other.sentence;
                if (other.rule != null) rule = other.rule;
            }
        }
    }

    boolean title(int sentence) {
        return sentence >= 0 && sentence < sents.size() && sents.get(sentence).kind == Page.Kind.TITLE;
    }

    static final class EventInfo extends Told {
        String kind;
        final List<Facts.Participant> participants = new ArrayList<>();
        final Set<String> countries = new java.util.TreeSet<>();
        Facts.Place place;
        DateValue date;
        DateValue end;
        int partOf = -1;
        Standing standing = Standing.HAPPENED;
        int at;                  // char position of the trigger in its sentence
        String topic;
        double confidence;
        /** A gathering many attend (a ceremony, a conference, a reception given): told again, it is the same one. */
        boolean gathering;
        boolean hasRole(String personKey) {
            return participants.stream().anyMatch(p -> p.personKey().equals(personKey));
        }
    }

    static final class AgreementInfo extends Told {
        String type;
        /** The text calls it another instrument ("un second mémorandum"): no restatement of one told before. */
        boolean another;
        String topicText;
        final Set<String> parties = new java.util.TreeSet<>();
        final List<String> signatories = new ArrayList<>();
        DateValue date;
        Facts.Place place;
        String modality;
        double confidence;
    }
}
