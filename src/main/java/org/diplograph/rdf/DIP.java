package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The {@code dip:} vocabulary ({@value #NS}) as Jena {@link Node} constants, one per term that
 * {@code ontology/diplograph.ttl} and {@code ontology/schemes.ttl} define, named as the term is.
 * A test keeps the two in step both ways: every constant is defined in the ontology with French and
 * English labels and comments, and every defined term has a constant.
 */
public final class DIP {
    /** The namespace, ending in {@code #}. */
    public static final String NS = "https://w3id.org/diplograph/ontology#";

    /** The usual prefix. */
    public static final String PREFIX = "dip";

    /** The ontology's own IRI (the namespace without {@code #}). */
    public static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/diplograph/ontology");

    private DIP() {}

    /** Class. One run of loading: files read, articles new, changed, unchanged or failed, dataset size at the end. */
    public static final Node IngestRun = term("IngestRun");

    /** Datatype property. Number of articles read again because their text or the extractor version changed. */
    public static final Node articlesChanged = term("articlesChanged");

    /** Datatype property. Number of inputs that could not be read. */
    public static final Node articlesFailed = term("articlesFailed");

    /** Datatype property. Number of articles read for the first time. */
    public static final Node articlesNew = term("articlesNew");

    /** Datatype property. Number of articles left as they were. */
    public static final Node articlesUnchanged = term("articlesUnchanged");

    /** Datatype property. Name of a file a run read, as {@link #sourceFile} gives it. */
    public static final Node inputFile = term("inputFile");

    /** Datatype property. Number of triples in the dataset at the end of a run. */
    public static final Node tripleCount = term("tripleCount");

    /** Class. An editor's act: a value replaced (dip:newValue) on a subject and property, in every article that states it. */
    public static final Node Correction = term("Correction");

    /** Class. An editor's act: statements withdrawn (a whole node, a property, or one value) from every article. */
    public static final Node Retraction = term("Retraction");

    /** Object property. The node whose statements a correction or retraction changes. */
    public static final Node correctsSubject = term("correctsSubject");

    /** Object property. The property whose value a correction replaces; absent from a retraction of a whole node. */
    public static final Node correctsProperty = term("correctsProperty");

    /** Annotation property. The value aimed at (IRI or literal); absent, every value of the property is. */
    public static final Node oldValue = term("oldValue");

    /** Annotation property. The value a correction puts in place of the old one. */
    public static final Node newValue = term("newValue");

    /** Datatype property. The name of the editor who made a correction or retraction. */
    public static final Node correctedBy = term("correctedBy");

    /** Object property. An article whose graph the correction changed when it was last written. */
    public static final Node appliedTo = term("appliedTo");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** Class. A public body with a mission of its own, such as a cooperation or news agency. */
    public static final Node Agency = term("Agency");

    /** Class. An agreement, memorandum of understanding or treaty: signed, to be signed, proposed or promised. */
    public static final Node Agreement = term("Agreement");

    /** Class. A news story read by Diplograph; its named graph holds everything it states. */
    public static final Node Article = term("Article");

    /** Class. An association, foundation, chamber of commerce or other civil-society body. */
    public static final Node Association = term("Association");

    /** Class. The relation between two countries, one per unordered pair; it links their events and agreements. */
    public static final Node BilateralRelation = term("BilateralRelation");

    /** Class. A state-owned or private company, bank or industrial group. */
    public static final Node Company = term("Company");

    /** Class. A country or territory of ISO 3166-1, identified by its alpha-2 code. */
    public static final Node Country = term("Country");

    /** Class. An embassy, consulate or other diplomatic mission of one country in another. */
    public static final Node Embassy = term("Embassy");

    /**
     * Class. A meeting, visit, talks, phone call, reception, ceremony or conference; its type is a concept of
     * dip:EventTypes.
     */
    public static final Node Event = term("Event");

    /**
     * Concept scheme. The kinds of diplomatic events, with their CAMEO codes and PLOVER categories; skos:notation
     * is the kind in the facts export.
     */
    public static final Node EventTypes = term("EventTypes");

    /**
     * Class. The stretch of the article that states a fact: offsets in Unicode code points into dip:sourceText, and
     * the sentence as read.
     */
    public static final Node Evidence = term("Evidence");

    /** Concept scheme. The frameworks countries state for their bilateral relation (strategic partnership...). */
    public static final Node Frameworks = term("Frameworks");

    /** Class. A country's government, its central offices and the presidency. */
    public static final Node Government = term("Government");

    /** Class. An intergovernmental or regional organisation, such as the UN or ASEAN. */
    public static final Node InternationalOrganization = term("InternationalOrganization");

    /** Class. A province, city, prefecture or region and its authorities. */
    public static final Node LocalAuthority = term("LocalAuthority");

    /** Class. An army, general staff, coast guard or other military body. */
    public static final Node Military = term("Military");

    /** Class. A ministry of a national government. */
    public static final Node Ministry = term("Ministry");

    /** Concept scheme. Where an agreement stands; skos:notation is the value of dip:modality. */
    public static final Node Modalities = term("Modalities");

    /** Class. A person in an office as an article names it: the title as written, the organisation, the country. */
    public static final Node OfficeHolding = term("OfficeHolding");

    /** Class. Any organisation an article names; each kind has its subclass, which carries dip:factsKind. */
    public static final Node Organization = term("Organization");

    /** Class. An organisation of none of the other kinds. */
    public static final Node OtherOrganization = term("OtherOrganization");

    /** Class. A legislature, chamber or parliamentary committee. */
    public static final Node Parliament = term("Parliament");

    /** Concept scheme. The part a person plays in an event; skos:notation is the role in the facts. */
    public static final Node ParticipantRoles = term("ParticipantRoles");

    /** Class. A political party and its organs. */
    public static final Node Party = term("Party");

    /** Class. A person named by one or more articles; one node for all of them. */
    public static final Node Person = term("Person");

    /** Class. A city or other place where an event is held or an agreement signed. */
    public static final Node Place = term("Place");

    /**
     * Concept scheme. Whether an event is the story's news, or what it recalls or announces; skos:notation is the
     * value of dip:standing.
     */
    public static final Node Standings = term("Standings");

    /** Concept scheme. The cooperation fields of agreements and events, with the French words that signal them. */
    public static final Node Topics = term("Topics");

    /** Class. A university, research institute or school. */
    public static final Node University = term("University");

    /** Object property. A bilateral relation the main story is about (not the list of other stories). */
    public static final Node aboutRelation = term("aboutRelation");

    /** Datatype property. The organisation's acronym as written (UNESCO, ASEAN). */
    public static final Node acronym = term("acronym");

    /**
     * Datatype property. The relation's number of agreements in the whole graph, kept up to date at ingest (graph
     * id:graph/summary).
     */
    public static final Node agreementCount = term("agreementCount");

    /** Datatype property. The agreement's type as the text names it (protocole d'accord, mémorandum, accord...). */
    public static final Node agreementType = term("agreementType");

    /** Datatype property. The country's ISO 3166-1 alpha-2 code (VN). */
    public static final Node alpha2 = term("alpha2");

    /** Datatype property. The country's ISO 3166-1 alpha-3 code (VNM). */
    public static final Node alpha3 = term("alpha3");

    /**
     * Datatype property. The number of articles about the relation, kept up to date at ingest (graph
     * id:graph/summary).
     */
    public static final Node articleCount = term("articleCount");

    /** Object property. A person who attends the event without hosting or leading it. */
    public static final Node attendee = term("attendee");

    /** Datatype property. The CAMEO event code that corresponds to the event type. */
    public static final Node cameoCode = term("cameoCode");

    /** Object property. The country this place is the capital of, as the reference data source states. */
    public static final Node capitalOf = term("capitalOf");

    /** Datatype property. A capital of the country, as the source spells it. */
    public static final Node capital = term("capital");

    /** Datatype property. The extractor's confidence in this fact, from 0 to 1. */
    public static final Node confidence = term("confidence");

    /**
     * Datatype property. SHA-256 (hex) of the source text; with dip:extractorVersion it decides whether the article
     * must be read again.
     */
    public static final Node contentHash = term("contentHash");

    /** Object property. The page whose teaser list an article was read from. */
    public static final Node teaserOf = term("teaserOf");

    /** Datatype property. The place a story is filed from, as its dateline gives it ("Tokyo" in "Tokyo (VNA) -"). */
    public static final Node dateline = term("dateline");

    /** Datatype property. True for an article read as a teaser for another story on a page; not exported by default. */
    public static final Node isTeaser = term("isTeaser");

    /** Datatype property. MinHash signature of the story's letters: two copies of one story have nearly equal ones. */
    public static final Node fingerprint = term("fingerprint");

    /**
     * Datatype property. One band of an article's fingerprint ("NN:hex", band number then words), kept in the
     * summary graph so that the articles sharing a band, the only possible copies, are found by index look-up.
     */
    public static final Node fingerprintBand = term("fingerprintBand");

    /** Datatype property. The place's number of inhabitants as the reference data source gives it. */
    public static final Node population = term("population");

    /** Datatype property. Spaces the repair of glued words inserted into the article: the better copy has fewer. */
    public static final Node repairCount = term("repairCount");

    /**
     * Object property. The country of an organisation, office or place; the two countries of a bilateral relation.
     */
    public static final Node country = term("country");

    /** Datatype property. The words that give the date (&quot;du 5 au 7 août&quot;, &quot;mardi&quot;). */
    public static final Node dateText = term("dateText");

    /** Datatype property. The feminine singular demonym, lower case (japonaise). */
    public static final Node demonymFeminine = term("demonymFeminine");

    /** Datatype property. Any form of the demonym, masculine or feminine, singular or plural, lower case. */
    public static final Node demonymForm = term("demonymForm");

    /** Datatype property. The masculine singular demonym, lower case (japonais). */
    public static final Node demonymMasculine = term("demonymMasculine");

    /** Object property. The article whose story this one repeats. */
    public static final Node duplicateOf = term("duplicateOf");

    /**
     * Datatype property. The relation's number of events in the whole graph, kept up to date at ingest (graph
     * id:graph/summary).
     */
    public static final Node eventCount = term("eventCount");

    /** Object property. The event's type, a concept of the dip:EventTypes scheme. */
    public static final Node eventType = term("eventType");

    /** Object property. The stretch of the article that states this fact. */
    public static final Node evidence = term("evidence");

    /** Datatype property. The version of the extraction rules that read the article. */
    public static final Node extractorVersion = term("extractorVersion");

    /**
     * Annotation property. The word that names this kind of organisation in the facts export (ministry, agency...).
     */
    public static final Node factsKind = term("factsKind");

    /**
     * Object property. The relation's framework as an article states it (comprehensive strategic partnership...), a
     * concept of the dip:Frameworks scheme.
     */
    public static final Node framework = term("framework");

    /**
     * Datatype property. The relation's framework as the article writes it, kept when no concept of dip:Frameworks
     * matches it.
     */
    public static final Node frameworkText = term("frameworkText");

    /** Object property. The person who receives a visit or meeting. */
    public static final Node host = term("host");

    /**
     * Object property. A country that acts in or is a party to the main story; a country taking part in the event.
     */
    public static final Node involvesCountry = term("involvesCountry");

    /**
     * Datatype property. The article's identity: the JSON record's id, else its URL, else the file name without
     * extension.
     */
    public static final Node key = term("key");

    /** Datatype property. A word or phrase that signals this concept in a text (&quot;cybersécurité&quot;). */
    public static final Node keyword = term("keyword");

    /** Datatype property. Where the agreement stands: signed, to be signed, proposed or promised. */
    public static final Node modality = term("modality");

    /** Datatype property. The country's ISO 3166-1 numeric code, three digits (704). */
    public static final Node numericCode = term("numericCode");

    /** Object property. A person who organises or chairs the event. */
    public static final Node organiser = term("organiser");

    /** Object property. The visit this event belongs to. */
    public static final Node partOf = term("partOf");

    /** Object property. A country that is a party to the agreement. */
    public static final Node party = term("party");

    /** Datatype property. The PLOVER event category that corresponds to the event type (CONSULT). */
    public static final Node ploverCategory = term("ploverCategory");

    /** Object property. The bilateral relation an event or agreement belongs to. */
    public static final Node relation = term("relation");

    /**
     * Datatype property. The place of an event or agreement among those of its kind its article tells,
     * from 1, in the order of the text.
     */
    public static final Node sequence = term("sequence");

    /**
     * Datatype property. The id of the extractor's rule that produced this fact in the article
     * (&quot;reception.verb-recevoir&quot;), stated in the article's graph on the event, agreement,
     * organisation, person or office holding; the rules are listed with what each matches in the
     * extractor's rules.tsv.
     */
    public static final Node rule = term("rule");

    /** Object property. The country the person serves or represents. */
    public static final Node servesCountry = term("servesCountry");

    /**
     * Object property. Another person whose name folds to the same letters (accents dropped:
     * Hùng, Hưng) but who serves another country or holds another office: told apart from them,
     * not merged.
     */
    public static final Node homonymOf = term("homonymOf");

    /** Object property. A person who signs the agreement, or who signs at the event. */
    public static final Node signatory = term("signatory");

    /** Object property. Where the agreement was signed. */
    public static final Node signedAt = term("signedAt");

    /**
     * Datatype property. The signing date, as precise as the text: xsd:date, xsd:gYearMonth, xsd:gYear or
     * xsd:gMonthDay.
     */
    public static final Node signedOn = term("signedOn");

    /** Datatype property. The file the article was read from, named the same whatever form of its path was typed (never absolute). */
    public static final Node sourceFile = term("sourceFile");

    /** Datatype property. The article's source text, into which evidence offsets point. */
    public static final Node sourceText = term("sourceText");

    /**
     * Datatype property. What the article tells of the event: happened (the news), announced (planned,
     * expected) or background (recalled from before the story).
     */
    public static final Node standing = term("standing");

    /** Datatype property. The office's title as the text writes it (&quot;ministre des Affaires étrangères&quot;). */
    public static final Node title = term("title");

    /** Object property. The cooperation field of an agreement or event, a concept of the dip:Topics scheme. */
    public static final Node topic = term("topic");

    /** Datatype property. The cooperation field as the text writes it (&quot;e-gouvernement&quot;). */
    public static final Node topicText = term("topicText");

    /** Object property. The visiting person, come from another country. */
    public static final Node visitor = term("visitor");

    /** Datatype property. How a year not written next to the date was found (stated, weekday, publication date). */
    public static final Node yearInference = term("yearInference");
    /** Object property. The article whose text implies the organisation (a minister's title) without naming it. */
    public static final Node impliedIn = term("impliedIn");

    /** Class. A row of a whole-graph summary (topics, frameworks, agreements, counterpart ministries, sources), counted at ingest for the keys touched. */
    public static final Node Tally = term("Tally");

    /** Object property. A row of the agreements the country is party to, by year, type, topic and modality. */
    public static final Node agreementTally = term("agreementTally");

    /** Object property. The concept (topic or framework) a summary row counts. */
    public static final Node concept = term("concept");

    /** Object property. The foreign ministry whose officials met those of the row's ministry. */
    public static final Node counterpart = term("counterpart");

    /** Object property. One row per foreign ministry whose officials met the ministry's. */
    public static final Node counterpartTally = term("counterpartTally");

    /** Object property. One row per country and French name of the ministry, as the articles give them. */
    public static final Node ministryTally = term("ministryTally");

    /** Object property. One row per country, reference date and organisation of the person's offices, with the latest article stating them on that date. */
    public static final Node holdingTally = term("holdingTally");

    /** Datatype property. The reference date (xsd:date) of the articles a holding row counts: their publication date, else their latest dated event. */
    public static final Node statedOn = term("statedOn");

    /** Object property. The article a holding row names: of those stating the person's offices on the row's date, the one with the greatest IRI. */
    public static final Node statedIn = term("statedIn");

    /** Object property. The organisation of the offices a holding row counts; absent for offices without one. */
    public static final Node officeBody = term("officeBody");

    /** Object property. One row per country pair and date of the event or agreement, for the pair's timeline. */
    public static final Node timelineTally = term("timelineTally");

    /** Object property. The bilateral relation naming the pair of countries a timeline row lists its item for. */
    public static final Node pair = term("pair");

    /** Datatype property. The date of a timeline row's item as stored (its lexical form); absent when it has none. */
    public static final Node timelineDate = term("timelineDate");

    /** Datatype property. What a timeline row's item is: "event" or "agreement". */
    public static final Node itemKind = term("itemKind");

    /** Datatype property. The keys of the articles telling a timeline row's item, comma-separated. */
    public static final Node articleKeys = term("articleKeys");

    /** Datatype property. The earliest publication date of the articles telling a timeline row's item. */
    public static final Node firstPublished = term("firstPublished");

    /** Object property. A page of the pair's timeline rows, in reading order (see dip:pageNumber). */
    public static final Node timelinePage = term("timelinePage");

    /** Datatype property. The number of a timeline page, from 0: it holds the rows ranked from 200 times it. */
    public static final Node pageNumber = term("pageNumber");

    /** Object property. A row a page holds (a timeline or evidence row). */
    public static final Node entry = term("entry");

    /** Datatype property. A row's rank among its list's rows, from 0, in the list's reading order: for an evidence row, the position of its first result. */
    public static final Node rank = term("rank");

    /** Object property. One row per article whose sentences the entity rests on, for the query evidence: the article's key and how many of its rows it gives. */
    public static final Node evidenceTally = term("evidenceTally");

    /** Datatype property. How many rows of the query evidence an evidence row's article gives its entity. */
    public static final Node evidenceCount = term("evidenceCount");

    /** Object property. A fact naming the evidence row's entity whose evidence the row's article holds. */
    public static final Node evidenceFact = term("evidenceFact");

    /** Object property. An evidence span of the row's article that the row's entity or one of its facts rests on. */
    public static final Node evidenceSpan = term("evidenceSpan");

    /** Object property. A page of the entity's evidence rows, in reading order (see dip:pageNumber). */
    public static final Node evidencePage = term("evidencePage");

    /** Datatype property. The confidence value a review list holds the facts of (query review). */
    public static final Node reviewConfidence = term("reviewConfidence");

    /** Datatype property. How many rows a list of the summary graph holds (a review list's rows). */
    public static final Node rowCount = term("rowCount");

    /** Object property. A page of a review list's rows, in reading order (see dip:pageNumber). */
    public static final Node reviewPage = term("reviewPage");

    /** Object property. The review list (one per confidence value) a review row belongs to. */
    public static final Node reviewList = term("reviewList");

    /** Object property. The fact (event or agreement) a review row lists, with one article key it comes from. */
    public static final Node reviewFact = term("reviewFact");

    /** Datatype property. The number of a summary row's articles that repeat another story. */
    public static final Node copyCount = term("copyCount");

    /** Datatype property. The least key of the articles a summary row counts. */
    public static final Node firstKey = term("firstKey");

    /** Object property. One row per framework the articles state for the relation. */
    public static final Node frameworkTally = term("frameworkTally");

    /** Datatype property. The month of publication (YYYY-MM) a summary row counts. */
    public static final Node month = term("month");

    /** Datatype property. On a summary key or an article in the summary graph: its rows are to be counted again; set by a load in the transaction that writes the articles, removed when it counts them at its end; one is left only after a crash, until the next open. */
    public static final Node recountPending = term("recountPending");

    /** Datatype property. The source a summary row counts: the host of the articles' URL, else their folder. */
    public static final Node sourceName = term("sourceName");

    /** Object property. The row (source and month of publication) the article is counted in. */
    public static final Node sourceTally = term("sourceTally");

    /** Datatype property. The number of a summary row's articles that are teasers. */
    public static final Node teaserCount = term("teaserCount");

    /** Object property. One row per cooperation topic of the relation's agreements and events. */
    public static final Node topicTally = term("topicTally");

    /** Datatype property. The year a summary row counts: of the signing date, else of the publication. */
    public static final Node year = term("year");
}
