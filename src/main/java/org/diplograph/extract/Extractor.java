package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.DiplographException;
import org.diplograph.article.Page;
import org.diplograph.article.PageSplitter;
import org.diplograph.article.SourceDoc;
import org.diplograph.text.CleanText;
import org.diplograph.text.FrenchDictionary;
import org.diplograph.text.GlueSplitter;
import org.diplograph.text.Repair;
import org.diplograph.text.Sentences;

/**
 * Reads one article into {@link Facts.Article}: page parts, repaired sentences, countries, dates,
 * organisations, persons with their offices, then events and agreements, then what the story is
 * about (its countries and bilateral pairs).
 *
 * <p>Built once and shared: immutable and thread-safe. Deterministic: the same source text, tables
 * and {@link #VERSION} always give the same facts. The facts carry the version and the story text;
 * the fingerprint copies are compared by is made from that text by resolution, not here.
 */
public final class Extractor {
    /** Bumped whenever extraction rules change, so that stored articles are read again. */
    public static final String VERSION = "9";

    private static final Cue FRAMEWORK = Cue.of(Pattern.compile(
            "\\b(partenariat\\s+stratégique\\s+intégral|partenariat\\s+stratégique\\s+global|partenariat\\s+stratégique\\s+élargi"
                    + "|partenariat\\s+stratégique\\s+approfondi|partenariat\\s+stratégique|partenariat\\s+global|partenariat\\s+intégral"
                    + "|relation\\s+spéciale|relations\\s+spéciales|amitié\\s+traditionnelle)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "stratégique", "global", "intégral", "spéciale", "traditionnelle");
    private static final Cue BETWEEN = Cue.of(Pattern.compile(
            "\\b(?:relations?|coopération|amitié|partenariat|liens|échanges)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "relation", "coopération", "amitié", "partenariat", "liens", "échanges");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What completes a body's short name into its whole one: "du Vietnam", "de la province de X". */
    private static final Pattern PLACE_COMPLEMENT = Pattern.compile("(?:du|de la|de l'|des|de|d')\\s*\\S+(?:\\s\\S+)?");
    private static final Pattern WORD_GAPS = Pattern.compile("[\\s']+");

    /**
     * What a teaser's facts are worth against a story's: a teaser is a title and a line or two,
     * cut short, with no dateline to place it.
     */
    static final double TEASER_WEIGHT = 0.6;
    /** An event recalled or announced is less sure to be right in its details than one reported. */
    static final java.util.Map<Standing, Double> STANDING_WEIGHT = java.util.Map.of(
            Standing.HAPPENED, 1.0, Standing.BACKGROUND, 0.8, Standing.ANNOUNCED, 0.7);

    private final Gazetteer gazetteer;
    private final Repair repair;
    private final Topics topics;
    private final InternationalBodies bodies;
    private final FrenchDictionary dictionary;
    private final List<Stage> stages;

    private Extractor(Gazetteer gazetteer, FrenchDictionary dictionary, Topics topics, InternationalBodies bodies) {
        this.gazetteer = gazetteer;
        this.bodies = bodies;
        this.dictionary = dictionary;
        Repair repair = Repair.withSplitter(new GlueSplitter(dictionary));
        this.repair = repair;
        this.topics = topics;
        this.stages = List.of(
                Stage.of("countries", Set.of("sentences"), Set.of("countries", "places"), d -> Recognise.countries(d, gazetteer)),
                Stage.of("dates", Set.of("sentences"), Set.of("dates"), Recognise::dates),
                Stage.of("organisations", Set.of("countries"), Set.of("organisations"), d -> Recognise.orgs(d, gazetteer)),
                Stage.of("persons", Set.of("countries", "organisations"), Set.of("titles", "persons"),
                        d -> Recognise.persons(d, gazetteer)),
                Stage.of("events", Set.of("persons", "dates", "places"), Set.of("events", "agreements"), Happenings::find));
        Set<String> have = new HashSet<>(Set.of("sentences"));
        for (Stage s : stages) {
            if (!have.containsAll(s.requires())) {
                throw new DiplographException("Stage " + s.name() + " needs " + s.requires() + " but only " + have + " are made before it");
            }
            have.addAll(s.provides());
        }
    }

    /**
     * A builder of an extractor over the tables it is given. The extractor reads no reference file
     * itself: the tables are plain values, loaded by whoever builds it (the bundled ones by
     * {@code rdf.ReferenceTables}), so that extraction depends on nothing above it.
     */
    public static Builder create() {
        return new Builder();
    }

    /** The tables of an extractor; each must be given before {@link #build()}. */
    public static final class Builder {
        private CountryTable countries;
        private List<InternationalBody> bodies;
        private List<TopicWord> topics;

        private Builder() {}

        /** The countries and cities to recognise. */
        public Builder countries(CountryTable countries) {
            this.countries = java.util.Objects.requireNonNull(countries);
            return this;
        }

        /** The international organisations to recognise by name and acronym; where two share a name, the first keeps it. */
        public Builder internationalBodies(List<InternationalBody> bodies) {
            this.bodies = List.copyOf(bodies);
            return this;
        }

        /** The words that signal cooperation topics. */
        public Builder topics(List<TopicWord> topics) {
            this.topics = List.copyOf(topics);
            return this;
        }

        /**
         * The extractor, immutable and thread-safe.
         *
         * @throws IllegalStateException if a table was not given
         */
        public Extractor build() {
            if (countries == null || bodies == null || topics == null) {
                throw new IllegalStateException("an extractor needs its countries, international bodies and topics");
            }
            return new Extractor(new Gazetteer(countries), FrenchDictionary.load(), Topics.of(topics), InternationalBodies.of(bodies));
        }
    }

    public Facts.Article extract(SourceDoc source) {
        return facts(read(source));
    }

    /** The facts of a page already split ({@link PageSplitter#split}), so that a pipeline splits each page once. */
    public Facts.Article extract(Page page) {
        return facts(read(page));
    }

    /** The country of the place a story is filed from ("Tokyo" in "Tokyo (VNA) -"), or null. */
    private String datelineCountry(Page page, String[] dated) {
        String place = page.dateline() != null ? page.dateline() : dated != null ? dated[0] : null;
        if (place == null) return null;
        if (place.equals(place.toUpperCase(java.util.Locale.ROOT))) {
            // "BEIJING": capitals only, as some agencies write their datelines
            StringBuilder b = new StringBuilder();
            for (String w : place.toLowerCase(java.util.Locale.ROOT).split(" ")) b.append(b.length() > 0 ? " " : "").append(Words.capitaliseFirst(w));
            place = b.toString();
        }
        String code = placeCountry(place);
        // "Port-Louis" for a table that spells it "Port Louis": French joins a city's words with hyphens
        return code == null && place.indexOf('-') > 0 ? placeCountry(place.replace('-', ' ')) : code;
    }

    /** The country of a place the gazetteer names whole, or null. */
    private String placeCountry(String place) {
        List<Tok> toks = Tok.tokenize(place);
        Gazetteer.Hit h = toks.isEmpty() ? null : gazetteer.match(toks, 0);
        return h == null || h.e() != toks.size() ? null : h.code();
    }

    /** The working state after every stage: what the rules saw, before it becomes facts. */
    Doc read(SourceDoc source) {
        return read(PageSplitter.split(source));
    }

    private Doc read(Page page) {
        // a dateline with a date in it ("Dakar, 5 fév (APS) –"), where the splitter found none
        String[] dated = page.dateline() == null ? Dateline.placeAndAgency(page) : null;
        String agency = page.agency() != null ? page.agency() : dated != null ? dated[1] : null;
        String home = agency == null ? null : Lexicon.AGENCY_COUNTRY.get(agency.toUpperCase(java.util.Locale.ROOT));
        if (home == null) home = Outlet.country(page, gazetteer);
        Doc doc = new Doc(page, home, datelineCountry(page, dated), dictionary, bodies);
        sentences(doc);
        for (Stage s : stages) s.run().accept(doc);
        return doc;
    }

    /** Groups consecutive parts of one kind into blocks, repairs each block and cuts it into sentences. */
    private void sentences(Doc doc) {
        String src = doc.page.text();
        List<Page.Unit> units = doc.page.units();
        Map<Integer, List<String>> seen = new java.util.HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Page.Unit u = units.get(i);
            if (u.kind() == Page.Kind.BOILERPLATE || u.kind() == Page.Kind.TEASER) continue;
            int j = i;
            while (j + 1 < units.size() && units.get(j + 1).kind() == u.kind() && u.kind() == Page.Kind.BODY) j++;
            int begin = u.begin();
            int end = units.get(j).end();
            CleanText clean = repair.apply(src.substring(begin, end), src.codePointCount(0, begin));
            if (doc.page.toSource() != null) clean = clean.mapped(doc.page::sourceOffset);
            for (int[] r : Sentences.split(clean.text())) {
                Doc.Sent s = new Doc.Sent(doc.sents.size(), u.kind(), clean, r[0], r[1]);
                // the lead restated as the first body sentence is one source of facts
                if (!firstTelling(seen, s.text) && s.kind != Page.Kind.CAPTION) continue;
                doc.sents.add(s);
            }
            i = j;
        }
    }

    /**
     * Adds the sentence's key ({@link Fold#alnum}) to those seen, as a set adds: false when it was
     * there already. The sentences are grouped by the key's hash, made without the key, and a key
     * is made only to compare sentences whose hashes are equal, which few are.
     */
    private static boolean firstTelling(Map<Integer, List<String>> seen, String text) {
        List<String> same = seen.computeIfAbsent(Fold.alnumHash(text), h -> new ArrayList<>(1));
        if (!same.isEmpty()) {
            String key = Fold.alnum(text);
            for (String other : same) if (Fold.alnum(other).equals(key)) return false;
        }
        same.add(text);
        return true;
    }

    private Facts.Article facts(Doc doc) {
        double weight = doc.page.source().isTeaser() ? TEASER_WEIGHT : 1.0;
        Set<String> countries = new TreeSet<>();
        Map<String, String> frameworks = new java.util.HashMap<>();
        Set<List<String>> pairs = new LinkedHashSet<>();
        List<String> main = mainPairCountries(doc);
        // a province-to-province story may name no country: its first bilateral event gives the pair
        if (main.isEmpty()) main = firstEventPair(doc);
        List<Facts.Agreement> agreements = new ArrayList<>();
        for (Doc.AgreementInfo a : doc.agreements) {
            if (a.parties.remove("*") && main.size() == 2) a.parties.addAll(main);
            if (a.parties.size() < 2 && main.size() == 2 && a.parties.stream().allMatch(main::contains)) a.parties.addAll(main);
            List<String> parties = List.copyOf(a.parties);
            if (parties.size() == 2 && a.modality.equals("signed")) pairs.add(parties);
            countries.addAll(parties);
            agreements.add(new Facts.Agreement(a.type, topics.of(a.topicText), a.topicText, parties,
                    List.copyOf(a.signatories), a.date, a.place, Modality.of(a.modality), a.evidence, a.confidence * weight,
                    List.copyOf(a.restated), id(a.rule)));
        }
        List<Facts.Event> events = new ArrayList<>();
        Set<List<String>> ahead = new LinkedHashSet<>();
        for (Doc.EventInfo e : doc.events) {
            if (e.participants.isEmpty() && e.countries.isEmpty()) continue;
            // what the story looks back on is not what it is about, nor what it announces beside its news
            boolean told = e.standing == Standing.HAPPENED;
            if (e.standing == Standing.ANNOUNCED && !e.kind.equals("conference") && e.countries.size() == 2) {
                ahead.add(List.copyOf(e.countries));
            }
            if (told && !e.kind.equals("conference") && e.countries.size() == 2) pairs.add(List.copyOf(e.countries));
            if (told && (e.kind.equals("reception") || e.kind.equals("ceremony")) && e.countries.size() > 2 && !e.participants.isEmpty()) {
                // a head of state receiving several envoys' credentials: one pair per envoy's country
                Doc.PersonInfo host = doc.persons.get(e.participants.get(0).personKey());
                if (host != null && host.country != null) {
                    for (String c : e.countries) if (!c.equals(host.country)) pairs.add(sorted(List.of(host.country, c)));
                }
            }
            if (told) countries.addAll(e.countries);
            events.add(new Facts.Event(EventKind.of(e.kind), List.copyOf(e.participants), List.copyOf(e.countries), e.place, e.date,
                    e.end, e.partOf, e.topic, e.evidence, e.confidence * weight * STANDING_WEIGHT.get(e.standing),
                    e.standing, List.copyOf(e.restated), id(e.rule)));
        }
        // a story that only announces ("X se rendra au Japon") is about the pair it announces
        if (pairs.isEmpty()) {
            pairs.addAll(ahead);
            ahead.forEach(countries::addAll);
        }
        // an aid delivery or a message between two countries, told without any event: the two it is
        // about (a conference alone makes no pair)
        if (pairs.isEmpty() && main.size() == 2 && doc.events.stream().noneMatch(e -> e.standing == Standing.HAPPENED)) pairs.add(main);
        for (Doc.Sent s : doc.sents) {
            if (!s.main()) continue;
            List<String> named = pairNamed(s);
            if (named.size() == 2) pairs.add(named);
            Matcher fw = FRAMEWORK.in(s);
            if (fw.find()) {
                List<String> p = named.size() == 2 ? named : main;
                if (p.size() == 2) frameworks.put(String.join("-", p), SPACES.matcher(fw.group(1).toLowerCase()).replaceAll(" "));
            }
        }
        // an organisation's key carries its country, which may have been learnt after it was first seen
        Map<String, String> keys = new java.util.HashMap<>();
        List<Facts.Org> orgs = new ArrayList<>();
        Set<String> orgKeys = new HashSet<>();
        for (Doc.OrgInfo found : doc.orgs.values()) {
            if (found.inMain && found.country != null) countries.add(found.country);
            // "l'Assemblée nationale" beside "l'Assemblée nationale du Vietnam": the body named whole
            Doc.OrgInfo whole = wholeName(doc, found);
            Doc.OrgInfo o = whole != null ? whole : found;
            if (o.country == null) o.country = countryOfAcronymIn(doc, o);
            String scope = o.kind.equals("international") ? "int" : o.country == null ? "xx" : o.country.toLowerCase(java.util.Locale.ROOT);
            // a body of the table of international organisations has its IRI's key, whatever name the text gives it
            InternationalBodies.Body body = scope.equals("int") ? doc.bodies.named(o.name) : null;
            String key = scope + "/" + (body != null ? body.slug() : Fold.slug(o.name));
            keys.put(found.key, key);
            if (orgKeys.add(key)) orgs.add(new Facts.Org(key, o.name, o.acronym, o.country, o.kind, o.evidence, o.confidence * weight, o.named, id(o.rule)));
        }
        List<Facts.Person> persons = new ArrayList<>();
        for (Doc.PersonInfo p : doc.persons.values()) {
            if (p.inMain && p.country != null) countries.add(p.country);
            List<Facts.Office> offices = p.offices.stream().map(o -> new Facts.Office(o.title(),
                    o.orgKey() == null ? null : keys.getOrDefault(o.orgKey(), o.orgKey()), o.country(), o.evidence(), o.rule())).toList();
            persons.add(new Facts.Person(p.key, p.name, p.country, offices, p.evidence, p.confidence * weight, id(p.rule)));
        }
        List<Facts.Pair> pairList = new ArrayList<>();
        for (List<String> p : pairs) {
            if (p.get(0).equals(p.get(1))) continue;
            Facts.Pair fp = new Facts.Pair(p.get(0), p.get(1), null);
            String fwk = frameworks.get(fp.a() + "-" + fp.b());
            Facts.Pair withFw = new Facts.Pair(fp.a(), fp.b(), fwk);
            if (pairList.stream().noneMatch(x -> x.a().equals(withFw.a()) && x.b().equals(withFw.b()))) pairList.add(withFw);
        }
        StringBuilder story = new StringBuilder();
        int repairs = 0;
        java.util.Set<CleanText> blocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Doc.Sent s : doc.sents) {
            if (s.kind != Page.Kind.LEAD && s.kind != Page.Kind.BODY) continue;
            story.append(s.text).append('\n');
            if (blocks.add(s.clean)) repairs += s.clean.insertions(0, s.clean.text().length());
        }
        return new Facts.Article(doc.page.source(), doc.page.title(), doc.page.source().published(), List.copyOf(countries),
                List.copyOf(pairList), List.copyOf(persons), List.copyOf(orgs), List.copyOf(events), List.copyOf(agreements),
                null, null, repairs, doc.page.source().isTeaser(),
                doc.page.source().isTeaser() ? null : doc.page.dateline(), story.toString(), VERSION);
    }

    /**
     * The id of a draft's rule, or null. Every draft the stages make has one; a new emission site
     * that forgets it still extracts, and the test that every exported fact names its rule fails.
     */
    private static String id(Rule rule) {
        return rule == null ? null : rule.id();
    }

    /** "relations entre le Vietnam et le Japon", "l'amitié Japon-Vietnam": two countries named together as a pair. */
    private static List<String> pairNamed(Doc.Sent s) {
        for (Mention m : s.mentions) {
            if (m.type() == Mention.Type.COUNTRY && m.compound() && s.at(m.b(), Mention.Type.ORG) == null) {
                List<String> codes = new ArrayList<>();
                for (Mention k : s.mentions) if (k.b() == m.b() && k.compound()) codes.add(k.value());
                if (codes.size() == 2) return sorted(codes);
            }
        }
        // "relations entre A et B": without the word "entre" no pair is named this way
        boolean saysBetween = false;
        if (BETWEEN.possible(s)) for (Tok t : s.toks) saysBetween |= t.is("entre");
        Matcher b = BETWEEN.pattern().matcher(saysBetween ? s.text : "");
        // every match starts with a cue word: the search jumps from one to the next
        String folded = saysBetween ? s.folded() : "";
        for (int from = 0; BETWEEN.findAtWord(b, folded, from); from = b.end()) {
            int t = Recognise.tokenAt(s, b.end());
            int entre = -1;
            for (int k = t; k < Math.min(s.toks.size(), t + 8); k++) if (s.toks.get(k).is("entre")) { entre = k; break; }
            if (entre < 0) continue;
            List<String> codes = new ArrayList<>();
            for (int k = entre + 1; k < Math.min(s.toks.size(), entre + 9) && codes.size() < 2; k++) {
                Mention c = s.at(k, Mention.Type.COUNTRY);
                if (c != null && c.b() == k && s.at(k, Mention.Type.ORG) == null) codes.add(c.value());
            }
            if (codes.size() == 2 && !codes.get(0).equals(codes.get(1))) return sorted(codes);
        }
        return List.of();
    }

    private static List<String> sorted(List<String> l) {
        List<String> c = new ArrayList<>(l);
        java.util.Collections.sort(c);
        return List.copyOf(c);
    }

    /** The two countries the story is mostly about, when two stand out: for "les deux pays". */
    private static List<String> firstEventPair(Doc doc) {
        for (Doc.EventInfo e : doc.events) {
            if (e.standing == Standing.HAPPENED && !e.kind.equals("conference") && e.countries.size() == 2) {
                return List.copyOf(e.countries);
            }
        }
        return List.of();
    }

    private static List<String> mainPairCountries(Doc doc) {
        Map<String, Integer> count = new java.util.TreeMap<>();
        for (Doc.Sent s : doc.sents) {
            if (!s.main()) continue;
            for (Mention m : s.mentions) {
                if (m.type() == Mention.Type.COUNTRY || m.type() == Mention.Type.COUNTRY_ADJ) count.merge(m.value(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(count.entrySet());
        top.sort((a, b) -> b.getValue() - a.getValue());
        if (top.size() < 2) return List.of();
        if (top.size() > 2 && top.get(2).getValue() * 2 > top.get(1).getValue()) return List.of();
        return sorted(List.of(top.get(0).getKey(), top.get(1).getKey()));
    }


    /**
     * The organisation of the same article whose name is this one's completed ("Assemblée nationale"
     * and "Assemblée nationale du Vietnam", same country, neither with an acronym of its own), or
     * null: a body named short and whole is one body, exported under its whole name.
     */
    private static Doc.OrgInfo wholeName(Doc doc, Doc.OrgInfo o) {
        if (o.acronym != null) return null;
        String shortName = Fold.fold(o.name) + " ";
        Doc.OrgInfo best = null;
        for (Doc.OrgInfo other : doc.orgs.values()) {
            if (other == o || !other.named || !other.kind.equals(o.kind) || other.acronym != null
                    || o.country != null && !o.country.equals(other.country)) continue;
            String longName = Fold.fold(other.name);
            if (!longName.startsWith(shortName)) continue;
            // only a country or place completes it ("du Vietnam"), not another body's name
            String rest = longName.substring(shortName.length());
            if (!PLACE_COMPLEMENT.matcher(rest).matches()) continue;
            if (best == null || other.name.length() < best.name.length()) best = other;
        }
        return best;
    }

    /**
     * "Secrétariat du Comité central du PCV": a name that ends in the acronym of a body the article
     * defines ("Parti communiste du Vietnam (PCV)") belongs to that body's country; null otherwise.
     */
    private static String countryOfAcronymIn(Doc doc, Doc.OrgInfo o) {
        if (o.kind.equals("international")) return null;
        String[] words = WORD_GAPS.split(o.name);
        String last = words[words.length - 1];
        String key = doc.acronyms.get(last);
        Doc.OrgInfo body = key == null ? null : doc.orgs.get(key);
        return body == null || body == o ? null : body.country;
    }
}
