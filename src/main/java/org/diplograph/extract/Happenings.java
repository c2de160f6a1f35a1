package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.article.Page;

/**
 * Events and agreements in French diplomatic prose.
 *
 * <p>Each trigger is a French construction, tried on the sentences of the main story only
 * (captions name people but never create events; teasers are other stories). Participants come
 * from the persons recognised in the sentence: the subject of the clause (or, for a pronoun, the
 * person the story is about at that point) and the persons the trigger governs.
 */
final class Happenings {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Cue MEET = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avait|avaient)\\s+(?:également\\s+|aussi\\s+|notamment\\s+|ensuite\\s+)?(rencontré|reçu|accueilli|reçue)\\b"
                    + "|\\b(?:s'est|se sont|s'étai(?:t|ent))\\s+(?:également\\s+|déjà\\s+)?(?:rencontrés?|réunis?)\\b", F), "rencontré", "reçu", "accueilli", "réuni");
    /** "X a été reçu par Y", "X a accordé une audience à Y", "X a reçu en audience Y". */
    private static final Cue RECEIVED_BY = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avai(?:t|ent))\\s+(?:également\\s+|ensuite\\s+|aussi\\s+)?été\\s+(?:reçue?s?|accueillie?s?)\\b[^.;]{0,80}?\\bpar\\b", F), "reçu", "accueilli");
    /**
     * "Recevant X, Y a salué ...", "Recevant son hôte, Y a ...": a participle opening the sentence
     * tells the reception its subject gave ("Recevant séparément" is the envoys' rule).
     */
    private static final Cue RECEIVING = Cue.of(Pattern.compile("\\bRecevant\\s+(?!séparément)"), "recevant");
    /** "la délégation a été reçue par Y": the delegation, whose leader the story names, is the visitor. */
    private static final Pattern DELEGATION_BEFORE = Pattern.compile("\\b(?:la|cette|sa)\\s+délégation\\b", F);
    /** "a reçu la délégation": the delegation as the object right after the verb. */
    private static final Pattern DELEGATION_OBJECT = Pattern.compile("\\s*(?:,\\s*)?(?:la|cette)\\s+délégation\\b", F);
    private static final Cue AUDIENCE = Cue.of(Pattern.compile(
            "\\b(?:a|ont)\\s+accordé\\b[^.;]{0,60}?\\baudience\\s+(?:à|a|au|aux)\\b", F), "accordé");
    /** "X et Y ont coprésidé le 5e Dialogue stratégique": a bilateral dialogue, its chairs as participants. */
    private static final Cue COCHAIRED = Cue.of(Pattern.compile(
            "\\b(?:ont|a)\\s+(?:coprésidé|co-présidé)\\b[^.;]{0,80}?\\b(dialogue|consultation|réunion|session|commission|comité|forum)\\b", F), "présidé");
    /**
     * "La 22e session de la Commission mixte s'est tenue ... sous la coprésidence de X et de Y": a
     * session held by both sides is talks (FORMAT.md), its chairs named after the cue.
     */
    private static final Cue UNDER_CHAIRS = Cue.of(Pattern.compile(
            "\\b(?:session|réunion|dialogue|consultations?|commission|comité)\\b[^.;]{0,160}?\\b(?:sous\\s+la\\s+co-?présidence\\s+d(?:e|u|es)|(?:était|a\\s+été|est)\\s+co-?présidée?s?\\s+par)\\b", F),
            "présidence", "présidé");
    /**
     * "X et Y ont tenu une réunion de travail", "les deux présidents ont ouvert la réunion du
     * Cabinet binational": a plural subject holding a meeting together; a session of a body both
     * sides form is talks (FORMAT.md), any other meeting a meeting.
     */
    private static final Cue JOINT = Cue.of(Pattern.compile(
            "\\b(?:ont|avaient)\\s+(?:également\\s+|ensuite\\s+)?(?:tenu|ouvert)\\b[^.;]{0,60}?\\b(réunion|séance|session|rencontre)\\b([^.;]{0,60})", F), "tenu", "ouvert");
    private static final Pattern JOINT_BODY = Pattern.compile("\\b(?:session|commission|comité|cabinet|consultations|dialogue|mécanisme)\\b", F);
    /** "X a remis à Y une aide ...": a handing-over ceremony. */
    private static final Cue HANDED = Cue.of(Pattern.compile("\\b(?:a|ont)\\s+remis\\b", F), "remis");

    /** Present tense, as titles and leads write: only right after the person who acts. */
    private static final Pattern MEET_NOW = Pattern.compile(
            "^\\s*(?:,\\s*)?(reçoit|rencontre|accueille|s'entretient avec|reçoivent|rencontrent|s'entretiennent avec)\\b", F);
    private static final Cue TALKS = Cue.of(Pattern.compile(
            "\\b(?:s'est|se sont|s'étai(?:t|ent))\\s+(?:également\\s+)?entretenus?e?s?\\b[^.;]{0,80}?\\bavec\\b"
                    // "les deux chefs d'État se sont ensuite entretenus": a plural subject, no "avec"
                    + "|\\bse\\s+sont\\s+(?:ensuite\\s+|également\\s+)?entretenus\\b(?![^.;]{0,80}?\\bavec\\b)"
                    + "|\\b(?:a|ont|avait|avaient)\\s+(?:ensuite\\s+|également\\s+|aussi\\s+|par ailleurs\\s+|auparavant\\s+)?(?:eu|tenu|mené)\\s+des\\s+(?:entretiens|pourparlers|discussions)\\b"
                    + "|\\bdes\\s+entretiens\\s+(?:avec|entre)\\b", F), "entretenu", "entretiens", "pourparlers", "discussions");
    private static final Cue DURING = Cue.of(Pattern.compile(
            "\\b(?:lors|au cours|à l'occasion|a l'occasion)\\s+d(?:e|u|')\\s*(?:la|une|sa|leur|l')?\\s*"
                    + "(rencontre|entrevue|séance de travail|réunion de travail|entretien|visite de courtoisie|audience)\\b[^.;]{0,160}?\\bavec\\b", F), "lors", "cours", "occasion");
    private static final Cue HAD = Cue.of(Pattern.compile(
            "\\b(?:a|ont)\\s+eu\\s+(?:[^.;,]{0,60}?\\s)?(?:une|des)\\s+(séance de travail|séances de travail|rencontre|entrevue|réunion de travail)\\b[^.;]{0,80}?\\bavec\\b"
                    + "|\\b(?:a|ont)\\s+(?:rendu|effectué)\\s+une\\s+visite\\s+de\\s+courtoisie\\b", F), "séance", "rencontre", "entrevue", "réunion", "courtoisie");
    private static final Cue CALL = Cue.of(Pattern.compile(
            "\\b(?:entretien|conversation|appel|échange)s?\\s+(?:téléphonique|par téléphone|en ligne|par visioconférence)"
                    + "|\\b(?:au|par)\\s+téléphone\\b|\\b(?:par|en)\\s+visioconférence\\b|\\ba téléphoné\\b", F), "téléphon", "ligne", "visioconférence");
    private static final Cue CREDENTIALS = Cue.of(Pattern.compile("\\blettres?\\s+(?:de\\s+créance|accréditant)\\b", F), "créance", "accréditant");
    /** "Recevant séparément chacun des ambassadeurs", "a ensuite reçu séparément les ambassadeurs". */
    private static final Cue SEPARATELY = Cue.of(Pattern.compile(
            "\\b(?:recevant|a\\s+(?:ensuite\\s+)?reçu|reçoit|s'est\\s+entretenue?)\\s+(?:ensuite\\s+)?séparément\\b", F), "séparément");
    private static final Cue CEREMONY = Cue.of(Pattern.compile(
            "\\bcérémonie\\s+(?:d['e]\\s*|de la\\s+|du\\s+|des\\s+|pour\\s+)?(\\p{L}+)", F), "cérémonie");
    private static final Pattern CEREMONY_HAPPENED = Pattern.compile(
            "\\b(?:a|ont|avait|avaient)\\s+(?:organisé|présidé|assisté|tenu|célébré)|\\b(?:a|ont)\\s+eu\\s+lieu|\\bs'est\\s+tenue|\\bs'est\\s+déroulée", F);
    private static final Cue CONFERENCE = Cue.of(Pattern.compile(
            "\\b(?:à|au|de|du|lors de|pour)\\s+(?:la|le|l')?\\s*((?:\\d+(?:e|ème|ᵉ)\\s+)?(?:Conférence|Forum|Sommet|Colloque|Congrès|Symposium|Assemblée générale|Session|sommet|forum|conférence"
                    + "|[Rr]éunion (?:des ministres|ministérielle|des dirigeants|des hauts fonctionnaires))"
                    + "\\b[^,.;()]{0,120})\\s*(?:\\((\\p{Lu}[\\p{Lu}\\d-]{1,11})\\))?(?:\\s*\\d{4})?(?=[\\s,.;]|$)"), "conférence", "forum", "sommet", "colloque", "congrès", "symposium", "assemblée", "session", "réunion");
    private static final Pattern SPOKE_AT = Pattern.compile(
            "\\b(?:a|ont)\\s+(?:déclaré|affirmé|souligné|indiqué|participé|assisté|pris la parole|plaidé|présenté|prononcé|pris part)\\b"
                    + "|\\bs'exprimant\\b|\\bprenant la parole\\b|\\bintervenant\\b|\\blors de l'ouverture\\b|\\ben marge\\b|\\borganisée?\\b", F);
    private static final Cue VISIT = Cue.of(Pattern.compile(
            "\\b(séjourne(?:nt)?(?:\\s+depuis\\s+\\p{L}+)?|séjour|visite(?:\\s+officielle|\\s+d'État|\\s+d'Etat|\\s+de travail|\\s+d'amitié|\\s+d'études?|\\s+de terrain|\\s+privée)?"
                    // "une visite de deux jours en Tunisie", "une visite de travail dans la province de X"
                    + "(?:\\s+de\\s+(?:deux|trois|quatre|cinq|six|sept|huit|dix|\\d+)\\s+jours)?|tournée)\\s+(?:officielle\\s+)?(?:au|aux|en|à|dans\\s+la\\s+(?:province|région|ville)\\s+de)\\s+"
                    + "|\\ben visite\\s+(?:officielle\\s+|de travail\\s+|d'État\\s+|d'études?\\s+|de terrain\\s+)?(?:au|aux|en|à)\\s+"
                    + "|\\b(?:a|ont)\\s+effectué\\s+une\\s+visite\\b|\\best\\s+arrivée?\\s+(?:au|aux|en|à)\\s+|\\best\\s+venue?\\s+(?:au|aux|en|à)\\s+"
                    // "Arrivé à Niamey dimanche soir pour une visite de travail, M. X a ...": the subject arrived
                    + "|^\\W*arrivée?s?\\s+(?:(?:la veille|hier|ce\\s+\\p{L}+|\\p{L}+di(?:\\s+soir|\\s+matin)?)\\s+)?(?:au|aux|en|à)\\s+"
                    // "..., X, arrivé dimanche à Alger à la tête d'une délégation": the person just named arrived
                    + "|,\\s*arrivée?s?\\s+(?:(?:la veille|hier|\\p{L}+di(?:\\s+soir|\\s+matin)?)\\s+)?(?:au|aux|en|à)\\s+(?=[^.;,]{1,40}?\\s+(?:à\\s+la\\s+tête\\s+d|pour\\s+une\\s+visite))"
                    // "X a quitté Hanoi pour Tokyo": a visit starting
                    + "|\\b(?:a|ont)\\s+quitté\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:\\p{L}+\\s+)?pour\\s+(?:le\\s+|la\\s+|les\\s+|l')?", F),
            "séjour", "visite", "tournée", "arrivé", "venu", "quitté");
    private static final Cue SIGN = Cue.of(Pattern.compile(
            "\\b(ont signé|a signé|ont été signés?|a été signée?|ont paraphé|a paraphé|ont conclu|a conclu|signés?|signées?|conclue?s?|signent|"
                    + "signature|signeront|signera|vont signer|va signer|devraient signer|devrait signer|seront signés|sera signée?|"
                    + "ont échangé|ont ratifié|ratifié|paraphée?s?|échangée?s|procédé à (?:un|l')\\s*échange"
                    + "|ont (?:rendu publi(?:que|c)|publié)|a été (?:rendue? publi(?:que|c)|publiée?))\\b", F),
            "sign", "paraphé", "conclu", "échang", "ratifié", "publi");
    private static final Pattern AGREEMENT_TYPE = Pattern.compile(
            "\\b(?:protocoles? d'accord|mémorandums? d'(?:accord|entente)|accords?-cadres?|plans? d'action|lettres? d'intention"
                    + "|déclarations? (?:commune|conjointe)s?|communiqués? conjoints?|échanges? de (?:notes|lettres)|procès-verba(?:l|ux)"
                    + "|(?:plan|programme)s? de coopération|règlements? de coordination"
                    + "|(?:protocole|mémorandum|accord|convention|traité|contrat|programme|arrangement)s?"
                    + "(?:\\s+(?:de|d')\\s*(?:coopération|coordination|partenariat|jumelage|entente|assistance|financement|prêt|don))?)\\b", F);
    /**
     * The field an instrument covers is its topic, not its type (FORMAT.md, "Agreement types"):
     * "accord de coopération économique" is an "accord" on "coopération économique".
     */
    private static final Pattern FIELD_OF_TYPE = Pattern.compile("^(accord|convention|protocole|mémorandum|traité|contrat|arrangement)\\s+de\\s+(coopération|partenariat)$");
    /** A type in the plural names each instrument in the singular: "deux conventions de financement". */
    private static final Pattern PLURAL_WORD = Pattern.compile(
            "\\b(protocole|mémorandum|accord|convention|traité|contrat|programme|arrangement|plan|lettre|déclaration|communiqué|échange|règlement|cadre|commune|conjointe|conjoint)s\\b");
    /** "la mise en œuvre des accords signés à cette occasion": instruments named as signed before, not signed now. */
    private static final Pattern SIGNED_BEFORE = Pattern.compile(
            "^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:signée?s?|conclue?s?|paraphée?s?)\\b", F);
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(?:des|les|ces|aux)\\s+$", F);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:\\p{L}+(?:era|eront|ira|iront|ra|ront)|va|vont|devrait|devraient|prochaine?|prochainement|se tiendra|aura lieu)\\b", F);
    private static final Pattern TOPIC_AFTER = Pattern.compile(
            "\\s+(?:sur|concernant|relatif à|relative à|portant sur|dans le domaine de|dans les domaines de|en matière de|pour)\\s+(.{3,90}?)(?=[,.;(]|\\s+(?:entre|au|aux|à|avec|lors|le \\d|ainsi|et le|et la)\\s|$)", F);
    private static final Pattern TOPIC_LEAD = Pattern.compile(
            "^(?:la |le |les |l')?(?:mise en place|mise en œuvre|mise en oeuvre|application|promotion|renforcement|développement|"
                    + "coopération|édification|construction)\\s+(?:de la |du |des |de l'|d'|de )", F);
    private static final Cue BACKREF = Cue.of(Pattern.compile(
            "\\b(?:cet événement|cette cérémonie|cette occasion|cette rencontre|cet évènement|à l'événement|l'événement"
                    + "|à la cérémonie|à la réception|cette réception|au séminaire|à la conférence)\\b", F), "événement", "cérémonie", "occasion", "rencontre", "évènement", "réception", "séminaire", "conférence");

    private static final Pattern PAST = Pattern.compile("\\b(?:a|ont)\\s+\\p{L}+é", F);
    private static final Pattern ORGANISED_BY = Pattern.compile("\\borganisée?s?\\b[^.;]{0,60}?\\bpar\\b", F);

    private Happenings() {}

    static boolean future(Doc.Sent s) {
        return futureWord(s.text, s.folded()) && !PAST.matcher(s.text).find();
    }

    /** Words FUTURE matches whole besides its first alternative, folded as {@link Cue#fold} folds. */
    private static final Set<String> FUTURE_WORDS = Set.of("va", "vont", "devrait", "devraient", "prochain", "prochaine",
            "prochainement");

    /**
     * Whether FUTURE finds a match in {@code text} ({@code folded} is its {@link Cue#fold}), by a
     * scan of its words for text of chars below U+0250 (no combining mark, no surrogate); other
     * text takes the pattern.
     *
     * <p>Why the scan finds what the pattern finds: the pattern's {@code \b} bounds every match, and
     * a match is letters only, so it is a whole run of word chars (letters, digits, '_'). Its first
     * alternative, letters then era, eront, ira, iront, ra or ront, is the same as letters then
     * ra or ront (the e or i are letters too, in any case), so a run of three letters or more ending
     * in "ra" or of five or more ending in "ront"; "se tiendra" and "aura lieu" hold such a run
     * ("tiendra", "aura"), so they add no match; the other words must be the whole run. The pattern
     * is case-blind for Unicode, comparing chars folded as {@link Cue#fold} folds them.
     */
    static boolean futureWord(String text, String folded) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x250) return FUTURE.matcher(text).find();
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            boolean letters = true;
            while (i < n && wordChar(text.charAt(i))) letters &= Character.isLetter(text.charAt(i++));
            if (!letters) continue;
            int len = i - b;
            if (len >= 3 && folded.startsWith("ra", i - 2) || len >= 5 && folded.startsWith("ront", i - 4)
                    || len <= 13 && FUTURE_WORDS.contains(folded.substring(b, i))) return true;
        }
        return false;
    }

    /** A word char of the patterns' {@code \b}, for chars below U+0250. */
    private static boolean wordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** FUTURE tried on {@code text}: the definition of {@link #futureWord}, for tests. */
    static boolean futureByPattern(String text) {
        return FUTURE.matcher(text).find();
    }

    /** Finds events and agreements, sentence by sentence, then merges restatements. */
    static void find(Doc doc) {
        String focus = null;
        String focusFeminine = null;
        String focusMasculine = null;
        int storyYear = storyYear(doc);
        for (Doc.Sent s : doc.sents) {
            if (!s.main()) continue;
            int before = doc.events.size();
            String subject = subject(doc, s);
            String pronoun = pronoun(s);
            if (subject == null && pronoun != null) {
                // "elle a été reçue par ...": the woman last spoken of, when the story named one
                String gendered = pronoun.equals("elle") ? focusFeminine : focusMasculine;
                subject = gendered != null ? gendered : focus;
            }
            boolean visit = visits(doc, s, subject);
            meetings(doc, s, subject, visit);
            ceremonies(doc, s, subject);
            conferences(doc, s);
            agreements(doc, s);
            for (int i = before; i < doc.events.size(); i++) {
                Doc.EventInfo e = doc.events.get(i);
                e.standing = Standing.of(s, e.at, storyYear);
            }
            if (subject != null) {
                focus = subject;
                if (Gender.feminine(doc, subject)) focusFeminine = subject;
                else focusMasculine = subject;
            }
        }
        backReferences(doc);
        merge(doc);
        envoys(doc);
        doc.events.sort(java.util.Comparator.comparingInt((Doc.EventInfo e) -> e.sentence).thenComparingInt(e -> e.at));
        linkVisits(doc);
        participantCountries(doc);
        openingDate(doc);
        agreementDates(doc);
    }

    /**
     * A participant's country learnt after the event was read (a later sentence names their
     * nationality) is the event's country too.
     */
    private static void participantCountries(Doc doc) {
        for (Doc.EventInfo e : doc.events) {
            for (Facts.Participant p : e.participants) {
                Doc.PersonInfo info = doc.persons.get(p.personKey());
                if (info != null && info.country != null) e.countries.add(info.country);
            }
        }
    }

    /**
     * An agreement whose sentence gives no date was signed at a meeting the story has told: the
     * last one before it with one of its signatories in it, else the last one before it; a story
     * that tells no dated meeting before it dates it by its opening sentence (the dateline's day).
     * A visit's span dates no signing: the day inside it is the meeting's.
     */
    private static void agreementDates(Doc doc) {
        for (Doc.AgreementInfo a : doc.agreements) {
            if (a.date != null || !a.modality.equals("signed")) continue;
            Doc.EventInfo withSignatory = null;
            Doc.EventInfo last = null;
            String scene = signingScene(doc.sents.get(a.sentence));
            if ("visit".equals(scene)) scene = null;
            for (Doc.EventInfo e : doc.events) {
                if (e.sentence > a.sentence || e.kind.equals("visit") || e.standing != Standing.HAPPENED
                        || e.date == null || e.end != null || WITHIN_VISIT.equals(e.date.inference())) continue;
                if (scene != null && !List.of(scene.split(" ")).contains(e.kind)) continue;
                last = e;
                if (a.signatories.stream().anyMatch(e::hasRole)) withSignatory = e;
            }
            Doc.EventInfo at = withSignatory != null ? withSignatory : last;
            if (at != null) {
                a.date = new DateValue(at.date.lexical(), at.date.raw(), "date of the meeting it was signed at");
                if (a.place == null) a.place = at.place;
                continue;
            }
            if (scene == null) a.date = openingDay(doc);
        }
    }

    private static final java.util.Map<String, String> SIGNING_SCENES = new java.util.HashMap<>();
    static {
        for (String line : WordLists.load("signing-scenes")) {
            String[] w = line.split("\\s+", 2);
            SIGNING_SCENES.put(w[0], w[1]);
        }
    }
    private static final Pattern SCENE = Pattern.compile(
            "\\b(?:en marge|a l'issue|au cours|lors|a l'occasion|au terme|a la fin)\\s+d(?:e|u|es|')\\s*(?:la |le |l'|leur |leurs |ces |cette |ce |cet )?(\\p{L}+)");

    /** The kind of meeting a signing sentence places itself at ("en marge de la cérémonie"), or null. */
    private static String signingScene(Doc.Sent s) {
        Matcher m = SCENE.matcher(Fold.fold(s.text));
        while (m.find()) {
            String kind = SIGNING_SCENES.get(m.group(1));
            if (kind != null) return kind;
        }
        return null;
    }

    /**
     * The day the story's opening sentence gives for what it tells ("ont procédé jeudi à ..."), or
     * null. The dateline's date ("Abidjan, 14 mars 2025 (AIP) -") is the day of filing, not of the
     * news, and dates nothing here.
     */
    private static DateValue openingDay(Doc doc) {
        for (Doc.Sent s : doc.sents) {
            // the page's head ("Publié le 9 octobre 2024 | Coopération") tells nothing done
            if (s.kind == Page.Kind.TITLE || !s.main() || !PAST.matcher(s.text).find()) continue;
            DateValue day = null;
            for (Mention d : s.of(Mention.Type.DATE)) {
                if (d.value() == null || d.country() != null || !d.value().matches("(?:\\d{4}|-)-\\d\\d-\\d\\d")) continue;
                if (datelineDate(s, d)) continue;
                String[] raw = d.extra().split("\\|", -1);
                day = new DateValue(d.value(), raw[0], "date of the story's opening sentence");
            }
            return day;
        }
        return null;
    }

    /** A date followed by the agency in brackets or the dateline's dash: "Cotonou, 9 oct. (ABP) -". */
    private static boolean datelineDate(Doc.Sent s, Mention d) {
        int k = d.e();
        while (k < s.toks.size() && (s.toks.get(k).is(".") || s.toks.get(k).text().matches("\\d{4}"))) k++;
        if (k >= s.toks.size()) return true;
        String t = s.toks.get(k).text();
        return t.equals("(") || t.matches("[-–—]+");
    }

    /**
     * The year the story is told in: its publication year, else the latest year it states outside
     * sentences that look back; 0 when neither is known.
     */
    static int storyYear(Doc doc) {
        String published = Dates.published(doc.page);
        if (published != null && published.length() >= 4) return Integer.parseInt(published.substring(0, 4));
        int year = 0;
        for (Doc.Sent s : doc.sents) {
            if (!s.main() || s.retrospective()) continue;
            for (int y : s.years()) year = Math.max(year, y);
        }
        return year;
    }

    /**
     * "Le Vietnam a plaidé mardi 16 novembre ..." then "... a déclaré X à la Conférence ...": the
     * main event, when it has no date of its own, happened on the date the story opens with.
     */
    private static void openingDate(Doc doc) {
        if (doc.events.isEmpty()) return;
        Doc.EventInfo first = doc.events.get(0);
        if (first.date != null || first.partOf >= 0) return;
        for (Doc.Sent s : doc.sents) {
            if (s.kind == Page.Kind.TITLE || !s.main()) continue;
            for (Mention d : s.of(Mention.Type.DATE)) {
                if (d.value() == null) continue;
                String[] raw = d.extra().split("\\|", -1);
                first.date = new DateValue(d.value(), raw[0], "date of the story's opening sentence");
                return;
            }
            return;
        }
    }

    /** The person the clause is about: the first person followed by a verb. */
    static String subject(Doc doc, Doc.Sent s) {
        for (Mention p : s.of(Mention.Type.PERSON)) {
            int k = p.e();
            // past an apposition: "X, président de ..., a déclaré", "X, président de l'Assemblée (APN), a"
            while (k < s.toks.size() && (s.toks.get(k).is(",") || s.at(k, Mention.Type.TITLE) != null || s.toks.get(k).is("("))) {
                if (s.toks.get(k).is("(")) {
                    int close = k + 1;
                    while (close < s.toks.size() && close < k + 6 && !s.toks.get(close).is(")")) close++;
                    if (close >= s.toks.size() || !s.toks.get(close).is(")")) break;
                    k = close + 1;
                    continue;
                }
                Mention t = s.at(k, Mention.Type.TITLE);
                k = t != null ? t.e() : k + 1;
            }
            if (k < s.toks.size() && (Words.verbish(s.toks.get(k)) || s.toks.get(k).is("s'")
                    || !s.toks.get(k).capitalised() && doc.dict.finiteVerb(s.toks.get(k).text()))) {
                if (!governedByAvec(s, p)) return p.value();
            }
        }
        return null;
    }

    private static boolean governedByAvec(Doc.Sent s, Mention p) {
        for (int k = p.b() - 1; k >= Math.max(0, p.b() - 25); k--) {
            Tok t = s.toks.get(k);
            if (t.is(",") && k + 1 < s.toks.size() && s.at(k + 1, Mention.Type.TITLE) == null
                    && s.at(k - 1 < 0 ? 0 : k - 1, Mention.Type.TITLE) == null) return false;
            if (t.is("avec") || t.is("par")) return true;
        }
        return false;
    }

    /** "il" or "elle" among the first words of the sentence, else null. */
    private static String pronoun(Doc.Sent s) {
        for (int i = 0; i < Math.min(s.toks.size(), 8); i++) {
            Tok t = s.toks.get(i);
            if (t.is("il")) return "il";
            if (t.is("elle")) return "elle";
        }
        return null;
    }

    private static Doc.EventInfo event(Doc doc, Doc.Sent s, String kind, double confidence, Rule rule) {
        Doc.EventInfo e = new Doc.EventInfo();
        e.kind = kind;
        e.rule = rule;
        e.evidence = s.span();
        e.confidence = confidence;
        e.sentence = s.index;
        doc.events.add(e);
        return e;
    }

    private static void addPerson(Doc doc, Doc.EventInfo e, String key, String role) {
        if (key == null || e.hasRole(key)) return;
        e.participants.add(new Facts.Participant(key, role));
        Doc.PersonInfo p = doc.persons.get(key);
        if (p != null && p.country != null) e.countries.add(p.country);
    }

    private static List<String> personsAfter(Doc.Sent s, int tok, String except) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention p : s.of(Mention.Type.PERSON)) {
            if (p.b() >= tok && !p.value().equals(except)) out.add(p.value());
        }
        return new ArrayList<>(out);
    }

    private static int tokenAtChar(Doc.Sent s, int c) {
        return Recognise.tokenAt(s, c);
    }

    private static void meetings(Doc doc, Doc.Sent s, String subject, boolean inVisitSentence) {
        Matcher m;
        String kind = null;
        int at = -1;
        boolean during = false;
        String hostRole = "participant";
        List<String> before = null;
        Rule rule = null;
        if ((m = CALL.in(s)).find()) {
            kind = "phone call";
            rule = Rule.CALL_PHONE;
            at = m.start();
        } else if ((m = RECEIVED_BY.in(s)).find()) {
            // the visitor is the subject, the host the one after "par"
            kind = "reception";
            rule = Rule.RECEPTION_RECEIVED_BY;
            at = m.end();
            hostRole = "received";
        } else if ((m = AUDIENCE.in(s)).find()) {
            kind = "reception";
            rule = Rule.RECEPTION_AUDIENCE;
            at = m.start();
            hostRole = "host";
        } else if ((m = COCHAIRED.in(s)).find()) {
            kind = m.group(1).toLowerCase().startsWith("forum") ? "conference" : "talks";
            rule = kind.equals("conference") ? Rule.CONFERENCE_COCHAIRED : Rule.TALKS_COCHAIRED;
            at = m.start();
            before = personsBefore(s, tokenAtChar(s, m.start()));
        } else if ((m = UNDER_CHAIRS.in(s)).find()) {
            kind = "talks";
            rule = Rule.TALKS_UNDER_CHAIRS;
            at = m.end();
            subject = null;
        } else if ((m = CREDENTIALS.in(s)).find()) {
            // FORMAT.md: the presentation of credentials is a ceremony
            kind = "ceremony";
            rule = Rule.CEREMONY_CREDENTIALS;
            at = 0;
        } else if ((m = RECEIVING.in(s)).find()) {
            kind = "reception";
            rule = Rule.RECEPTION_PARTICIPLE;
            at = m.start();
            hostRole = "host";
            String host = subject != null ? subject : lastBeforeVerb(s);
            if (host != null) {
                List<String> guests = personsAfter(s, 0, host);
                if (guests.isEmpty()) {
                    String guest = lastVisitor(doc, host);
                    if (guest != null) guests = List.of(guest);
                }
                Doc.EventInfo e = event(doc, s, kind, 0.75, rule);
                e.at = at;
                addPerson(doc, e, host, "host");
                for (String g : guests) addPerson(doc, e, g, "visitor");
                // its day and place are those of the participle's clause, before the host is named
                Mention named = null;
                for (Mention p : s.of(Mention.Type.PERSON)) if (p.value().equals(host) && named == null) named = p;
                int end = named == null ? s.toks.size() : named.b();
                Mention when = null;
                for (Mention d : s.of(Mention.Type.DATE)) if (d.value() != null && d.e() <= end && d.b() >= tokenAtChar(s, at)) when = d;
                if (when != null && !inVisitSentence) e.date = dateOf(when);
                Facts.Place where = venue(s) != null ? venue(s) : place(s);
                if (where != null && s.text.indexOf(where.name()) < s.toks.get(Math.min(end, s.toks.size() - 1)).begin()) e.place = where;
                sameDay(doc, s, e);
                dayNext(doc, s, e);
                return;
            }
        } else if ((m = DURING.in(s)).find()) {
            kind = duringKind(m.group(1));
            rule = kind.equals("talks") ? Rule.TALKS_DURING : kind.equals("reception") ? Rule.RECEPTION_DURING : Rule.MEETING_DURING;
            at = m.end();
            during = true;
        } else if ((m = TALKS.in(s)).find()) {
            kind = "talks";
            rule = Rule.TALKS_ENTRETENIR;
            at = m.start();
            // "X et Y se sont entretenus": both named before the verb
            if (m.group().startsWith("se sont") && !m.group().contains("avec")) before = personsBefore(s, tokenAtChar(s, m.start()));
        } else if ((m = HAD.in(s)).find()) {
            // a courtesy call is received by the one it is paid to
            kind = m.group().toLowerCase().contains("courtoisie") ? "reception" : "meeting";
            rule = kind.equals("reception") ? Rule.RECEPTION_COURTESY : Rule.MEETING_HAD;
            at = m.start();
        } else if ((m = JOINT.in(s)).find() && (personsBefore(s, tokenAtChar(s, m.start())).size() >= 2 || BOTH_LEADERS.matcher(s.text).find() && holdOffices(doc, lastTwoLeaders(doc, s.index)))) {
            boolean body = m.group(1).equalsIgnoreCase("session") || JOINT_BODY.matcher(m.group(2)).find();
            kind = body ? "talks" : "meeting";
            rule = body ? Rule.TALKS_JOINT : Rule.MEETING_JOINT;
            at = m.start();
            before = personsBefore(s, tokenAtChar(s, m.start()));
            if (before.size() < 2) {
                subject = null;
                // "les deux ministres ont tenu": the last two persons named with that title
                Matcher both = BOTH_LEADERS.matcher(s.text);
                if (both.find()) before = lastTwoTitled(doc, s.index, both.group().replaceFirst("(?i)^les\\s+deux\\s+", ""));
            }
        } else if ((at = presentAfterSubject(s, subject)) >= 0) {
            kind = s.text.startsWith("s'entret", at) ? "talks" : "meeting";
            if (s.text.startsWith("reç", at) || s.text.startsWith("accueil", at)) {
                hostRole = "host";
                kind = "reception";
            }
            rule = kind.equals("talks") ? Rule.TALKS_PRESENT : kind.equals("reception") ? Rule.RECEPTION_PRESENT : Rule.MEETING_PRESENT;
        } else if ((m = MEET.in(s)).find()) {
            kind = "meeting";
            at = m.start();
            if (m.group(1) != null && m.group(1).toLowerCase().startsWith("re")) hostRole = m.group(1).toLowerCase().startsWith("reç") ? "host" : "participant";
            if (m.group(1) != null && m.group(1).equalsIgnoreCase("accueilli")) hostRole = "host";
            // FORMAT.md: "a reçu", "a accueilli" tell a reception, "a rencontré" a meeting
            if (hostRole.equals("host")) kind = "reception";
            rule = kind.equals("reception") ? Rule.RECEPTION_RECEIVE : Rule.MEETING_MEET;
        }
        if (kind == null) return;
        boolean subjectUnnamed = subject == null && titleSubject(s, at);
        int tok = tokenAtChar(s, at);
        // "X avait été reçu à Y par Z": the standing is read at the verb, the host after "par"
        int triggerAt = hostRole.equals("received") ? m.start() : at;
        List<String> others;
        // "Lors de la rencontre avec X, Y a ...": X is after the trigger, Y the clause's subject
        others = personsAfter(s, tok, subject);
        if (before != null && before.size() >= 2) {
            subject = before.get(0);
            others = new ArrayList<>(before.subList(1, before.size()));
        }
        if (subject == null && DELEGATION_BEFORE.matcher(s.text.substring(0, triggerAt)).find()) {
            // "A son arrivée, la délégation a été reçue par Y", "la délégation a eu une séance de travail
            // avec Y": its leader is the one meeting
            subject = delegationLeader(doc, s);
        }
        if (subject == null) {
            // "Le ministre brésilien a été reçu par Y": the titled subject is the one of that nationality named before
            subject = titledVisitor(doc, s, tokenAtChar(s, triggerAt), others);
        }
        if (subject != null && others.isEmpty() && rule == Rule.RECEPTION_RECEIVE && DELEGATION_OBJECT.matcher(s.text.substring(m.end())).lookingAt()) {
            // "X avait reçu la délégation cambodgienne": its leader is the guest
            String leader = delegationLeader(doc, s);
            if (leader == null) leader = lastVisitor(doc, subject);
            if (leader != null && !leader.equals(subject)) others = new ArrayList<>(List.of(leader));
        }
        if (subject == null && others.size() >= 2 && !during) {
            subject = others.remove(0);
        }
        if (subject == null && others.isEmpty() && BOTH_LEADERS.matcher(s.text).find()) {
            List<String> two = lastTwoLeaders(doc, s.index);
            if (two.size() == 2) {
                subject = two.get(0);
                others = new ArrayList<>(List.of(two.get(1)));
            }
        }
        if (subject == null && others.isEmpty()) return;
        if (kind.equals("meeting") && separateMeetings(doc, subject, others)) {
            // "En marge du sommet, X a rencontré le président A et le Premier ministre B": one meeting each
            for (String o : others) {
                Doc.EventInfo e = event(doc, s, kind, 0.75, rule);
                e.at = triggerAt;
                addPerson(doc, e, subject, "participant");
                addPerson(doc, e, o, "participant");
                placeAndDate(doc, s, e, tok);
                if (inVisitSentence) e.date = null;
                sameDay(doc, s, e);
                dayNext(doc, s, e);
            }
            return;
        }
        Doc.EventInfo e = event(doc, s, kind, 0.8, rule);
        e.at = triggerAt;
        addPerson(doc, e, subject, hostRole.equals("host") ? "host" : hostRole.equals("received") ? "visitor" : "participant");
        for (String o : others) {
            addPerson(doc, e, o, hostRole.equals("host") ? "visitor" : hostRole.equals("received") ? "host" : "participant");
        }
        if (e.participants.size() < 2 && !kind.equals("phone call")) {
            // a meeting with a delegation or a country, not a named person
            for (String c : countriesIn(s)) e.countries.add(c);
        }
        if (subjectUnnamed && e.participants.size() == 1 && e.countries.size() == 1 && doc.unqualifiedCountry() != null) {
            // "le chef du gouvernement s'est entretenu avec l'ambassadeur du Japon, X": an official
            // the outlet names without nationality serves the outlet's country
            e.countries.add(doc.unqualifiedCountry());
        }
        placeAndDate(doc, s, e, tok);
        if (inVisitSentence) {
            // "Durant son séjour au Japon du 5 au 7 août, X a rencontré Y": the span is the visit's; a
            // date of its own ("a eu des entretiens le 5 mars") stays the meeting's
            Mention own = nearestDate(s, tok, true);
            e.date = own == null ? null : dateOf(own);
            e.end = null;
        }
        sameDay(doc, s, e);
        dayNext(doc, s, e);
    }

    /**
     * Whether the clause before the trigger at {@code at} opens on a title with no name and no
     * nationality as its subject ("Le même jour, le chef du gouvernement s'est entretenu avec").
     */
    private static boolean titleSubject(Doc.Sent s, int at) {
        int t = tokenAtChar(s, at);
        for (Mention m : s.of(Mention.Type.TITLE)) {
            if (m.e() > t) break;
            if (s.at(m.e(), Mention.Type.PERSON) != null || m.e() < s.toks.size() && s.toks.get(m.e()).is(",")) continue;
            for (int k = m.b(); k < m.e(); k++) {
                if (s.at(k, Mention.Type.COUNTRY) != null || s.at(k, Mention.Type.COUNTRY_ADJ) != null) return false;
            }
            return m.e() < s.toks.size() && (Words.verbish(s.toks.get(m.e())) || s.toks.get(m.e()).is("s'"));
        }
        return false;
    }

    /** The last person named before the sentence's first "a" or "ont" (its main verb's auxiliary), or null. */
    private static String lastBeforeVerb(Doc.Sent s) {
        int verb = -1;
        for (int k = 0; k < s.toks.size() && verb < 0; k++) if (s.toks.get(k).is("a") || s.toks.get(k).is("ont")) verb = k;
        String last = null;
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.e() <= verb) last = p.value();
        return last;
    }

    /**
     * The person a nationality title before token {@code upTo} stands for ("le chef du gouvernement
     * tunisien a été reçu par"): the last person of that country named in an earlier sentence, not
     * one of {@code others}; null when the sentence names no nationality there or nobody fits.
     */
    private static String titledVisitor(Doc doc, Doc.Sent s, int upTo, List<String> others) {
        String country = null;
        for (Mention c : s.of(Mention.Type.COUNTRY_ADJ)) if (c.e() <= upTo && country == null) country = c.country();
        if (country == null) return null;
        for (int i = s.index - 1; i >= 0; i--) {
            Doc.Sent before = doc.sents.get(i);
            if (!before.main()) continue;
            List<Mention> ps = before.of(Mention.Type.PERSON);
            for (int k = ps.size() - 1; k >= 0; k--) {
                Doc.PersonInfo p = doc.persons.get(ps.get(k).value());
                if (p != null && country.equals(p.country) && !others.contains(p.key)) return p.key;
            }
        }
        return null;
    }

    /** The visitor of the last visit or reception told before, other than {@code host}, or null. */
    private static String lastVisitor(Doc doc, String host) {
        for (int i = doc.events.size() - 1; i >= 0; i--) {
            Doc.EventInfo e = doc.events.get(i);
            if (e.standing == Standing.BACKGROUND) continue;
            for (Facts.Participant p : e.participants) {
                if (p.role().equals("visitor") && !p.personKey().equals(host)) return p.personKey();
            }
        }
        return null;
    }

    /** The kind a "lors de sa ... avec" noun phrase gives: talks, a reception (audience, courtesy call) or a meeting. */
    private static String duringKind(String noun) {
        String n = noun.toLowerCase();
        if (n.startsWith("entretien")) return "talks";
        if (n.startsWith("audience") || n.contains("courtoisie")) return "reception";
        return "meeting";
    }

    /** Persons named before token {@code tok}, in order. */
    private static List<String> personsBefore(Doc.Sent s, int tok) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.e() <= tok) out.add(p.value());
        return new ArrayList<>(out);
    }

    /** One person meeting several foreign leaders of different countries: separate meetings. */
    private static boolean separateMeetings(Doc doc, String subject, List<String> others) {
        if (subject == null || others.size() < 2) return false;
        Doc.PersonInfo s = doc.persons.get(subject);
        Set<String> countries = new java.util.HashSet<>();
        for (String o : others) {
            Doc.PersonInfo p = doc.persons.get(o);
            if (p == null || p.country == null || s != null && p.country.equals(s.country) || !countries.add(p.country)) return false;
        }
        return true;
    }

    private static final Pattern BOTH_LEADERS = Pattern.compile(
            "\\bles\\s+deux\\s+(?:premiers\\s+ministres|ministres|présidents|dirigeants|chefs\\s+d'(?:É|E)tat|chefs\\s+de\\s+gouvernement|vice-premiers\\s+ministres|délégations|responsables)\\b", F);
    private static final Cue SAME_DAY = Cue.of(Pattern.compile("\\b(?:le\\s+même\\s+jour|ce\\s+même\\s+jour|dans\\s+la\\s+foulée"
            + "|(?:après|à l'issue de|en marge de)\\s+(?:la|cette|ladite)\\s+(?:cérémonie|rencontre|réunion|session|conférence|séance)"
            + "|en marge du\\s+(?:sommet|forum|congrès)"
            // "Avant les entretiens, X a présidé une cérémonie de bienvenue": the talks' day
            + "|(?:avant|après|à l'issue de)\\s+(?:les|leurs|ces)\\s+entretiens)\\b", F), "même", "foulée", "après", "issue", "marge", "avant");

    /**
     * The last two persons named up to sentence {@code upTo} whose office begins with the title of
     * the plural {@code plural} ("ministres" → "ministre"), in the order named; fewer when the story
     * names fewer.
     */
    private static List<String> lastTwoTitled(Doc doc, int upTo, String plural) {
        String title = plural.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(\\p{L}+)s\\b", "$1");
        List<String> out = lastTwo(doc, upTo, p -> p.offices.stream()
                .anyMatch(o -> o.title() != null && o.title().toLowerCase(java.util.Locale.ROOT).startsWith(title)));
        java.util.Collections.reverse(out);
        return out;
    }

    /** Whether two persons are named and each holds an office the story gives ("les deux ministres" are officials). */
    private static boolean holdOffices(Doc doc, List<String> two) {
        if (two.size() < 2) return false;
        for (String k : two) {
            Doc.PersonInfo p = doc.persons.get(k);
            if (p == null || p.offices.isEmpty()) return false;
        }
        return true;
    }

    /** The two persons of different countries most recently named before sentence {@code upTo}. */
    private static List<String> lastTwoLeaders(Doc doc, int upTo) {
        Set<String> countries = new java.util.HashSet<>();
        return lastTwo(doc, upTo, p -> p.country != null && countries.add(p.country));
    }

    /**
     * The two persons most recently named up to sentence {@code upTo} that {@code fits} accepts
     * (asked once per person, latest first), latest first.
     */
    private static List<String> lastTwo(Doc doc, int upTo, java.util.function.Predicate<Doc.PersonInfo> fits) {
        List<String> out = new ArrayList<>();
        for (int i = upTo; i >= 0 && out.size() < 2; i--) {
            Doc.Sent s = doc.sents.get(i);
            if (!s.main()) continue;
            List<Mention> ps = s.of(Mention.Type.PERSON);
            for (int k = ps.size() - 1; k >= 0 && out.size() < 2; k--) {
                Doc.PersonInfo p = doc.persons.get(ps.get(k).value());
                if (p == null || out.contains(p.key) || !fits.test(p)) continue;
                out.add(p.key);
            }
        }
        return out;
    }

    /** "Le même jour, X a rencontré Y": the date of the event told just before. */
    private static void sameDay(Doc doc, Doc.Sent s, Doc.EventInfo e) {
        if (e.date != null || !SAME_DAY.in(s).find()) return;
        for (int i = doc.events.size() - 1; i >= 0; i--) {
            Doc.EventInfo before = doc.events.get(i);
            if (before == e || before.date == null || before.kind.equals("visit")) continue;
            Matcher said = SAME_DAY.in(s);
            e.date = new DateValue(before.date.lexical(), said.find() ? said.group() : "le même jour", "same day as the event told before");
            // "Avant les entretiens, X a présidé une cérémonie": where the talks were, unless it says
            if (e.place == null && said.group().toLowerCase(java.util.Locale.ROOT).contains("entretiens")) e.place = before.place;
            return;
        }
    }

    /** The date mention nearest to token {@code tok}; {@code notVisit}: leaving out a visit's span. */
    private static Mention nearestDate(Doc.Sent s, int tok, boolean notVisit) {
        Mention best = null;
        for (Mention d : s.of(Mention.Type.DATE)) {
            if (d.value() == null || notVisit && d.country() != null) continue;
            if (best == null || Math.abs(d.b() - tok) < Math.abs(best.b() - tok)) best = d;
        }
        return best;
    }

    private static DateValue dateOf(Mention d) {
        String[] raw = d.extra().split("\\|", -1);
        return new DateValue(d.value(), raw[0], raw.length > 1 && !raw[1].isEmpty() ? raw[1] : null);
    }

    /** Where a present-tense meeting verb follows the subject ("X reçoit Y"), or -1. */
    private static int presentAfterSubject(Doc.Sent s, String subject) {
        if (subject == null) return -1;
        for (Mention p : s.of(Mention.Type.PERSON)) {
            if (!p.value().equals(subject)) continue;
            int k = p.e();
            while (k < s.toks.size() && (s.toks.get(k).is(",") || s.at(k, Mention.Type.TITLE) != null)) {
                Mention t = s.at(k, Mention.Type.TITLE);
                k = t != null ? t.e() : k + 1;
            }
            if (k >= s.toks.size()) return -1;
            int c = s.toks.get(k).begin();
            Matcher m = MEET_NOW.matcher(s.text.substring(c));
            return m.find() ? c + m.start(1) : -1;
        }
        return -1;
    }

    private static boolean visits(Doc doc, Doc.Sent s, String subject) {
        Matcher m = VISIT.in(s);
        if (!m.find()) return false;
        int tok = tokenAtChar(s, m.end() > 0 ? m.end() - 1 : 0);
        // destination: the country or place named right after the trigger
        String dest = null;
        Facts.Place place = null;
        for (Mention c : s.mentions) {
            if (c.b() >= tok && c.b() <= tok + 3 && (c.type() == Mention.Type.COUNTRY || c.type() == Mention.Type.PLACE)) {
                dest = c.country();
                place = new Facts.Place(Fold.slug(s.text(c.b(), c.e())), stripArticle(s.text(c.b(), c.e())), c.country());
                break;
            }
        }
        String visitor = subject;
        // "Y, ministre de ..., en visite officielle au Cambodge", "Y, qui effectue une visite": the
        // visitor is the person the phrase is set against, the one named last before it, not the
        // subject who receives or meets them
        String before = s.text.substring(Math.max(0, m.start() - 40), m.start());
        if (m.group().toLowerCase().startsWith("en visite") || m.group().startsWith(",") || RELATIVE_VISIT.matcher(before).find()) {
            int t = tokenAtChar(s, m.start());
            for (Mention p : s.of(Mention.Type.PERSON)) if (p.e() <= t) visitor = p.value();
        }
        // "La délégation effectue une visite ...": the one the story says leads it
        if (visitor == null && DELEGATION_SUBJECT.matcher(s.text).lookingAt()) visitor = delegationLeader(doc, s);
        if (visitor == null) {
            List<String> ps = personsAfter(s, 0, null);
            if (!ps.isEmpty()) visitor = ps.get(0);
        }
        if (visitor == null) return false;
        Doc.EventInfo e = event(doc, s, "visit", 0.75, Rule.visit(m.group()));
        e.at = m.start();
        addPerson(doc, e, visitor, "visitor");
        if (dest != null) e.countries.add(dest);
        e.place = place;
        placeAndDate(doc, s, e, tok);
        if (place != null) e.place = place;
        return true;
    }

    /** "..., qui effectue une", "qui est en", "qui séjourne": a relative clause telling the visit. */
    private static final Pattern RELATIVE_VISIT = Pattern.compile(
            "\\bqui\\s+(?:(?:effectue|effectuait|entame|poursuit|a entamé|est|se trouve)\\s+(?:actuellement\\s+)?(?:une\\s+|en\\s+)?)?$", F);
    private static final Pattern DELEGATION_SUBJECT = Pattern.compile("\\s*(?:la|cette|une)\\s+délégation\\b", F);
    private static final Pattern LED_BY = Pattern.compile("\\b(?:conduite|dirigée|menée)\\s+par\\s*(?:M\\.|Mme|Mr\\.?|Dr\\.?)?\\s*$|\\bà\\s+la\\s+tête\\s+de\\s*$", F);

    /** The person the story says leads the delegation ("conduite par X"), up to sentence {@code s}. */
    private static String delegationLeader(Doc doc, Doc.Sent upTo) {
        for (Doc.Sent s : doc.sents) {
            if (s.index > upTo.index) break;
            if (!s.main()) continue;
            for (Mention p : s.of(Mention.Type.PERSON)) {
                int c = s.toks.get(p.b()).begin();
                String before = s.text.substring(Math.max(0, c - 60), c);
                // "conduite par sa vice-ministre Anna Berg": the leader's title may stand between
                Mention title = p.b() > 0 ? s.at(p.b() - 1, Mention.Type.TITLE) : null;
                if (title != null) {
                    int tc = s.toks.get(title.b()).begin();
                    before = s.text.substring(Math.max(0, tc - 60), tc).replaceFirst("\\s*(?:son|sa|leur|le|la|l')\\s*$", " ");
                }
                if (LED_BY.matcher(before).find()) return p.value();
            }
        }
        return null;
    }

    private static String stripArticle(String s) {
        // "le Japon" → "Japon", but "Laos" stays "Laos"
        return s.replaceFirst("(?i)^(?:(?:le|la|les)\\s+|l')", "");
    }

    private static final Cue WREATH = Cue.of(Pattern.compile(
            "\\b(?:a|ont|avait|avaient)\\s+(?:également\\s+|aussi\\s+|ensuite\\s+|par ailleurs\\s+)?déposé\\s+(?:une\\s+|des\\s+)?gerbes?\\b"
                    + "|\\bdépôt\\s+(?:d'une\\s+|de\\s+)gerbes?\\b", F), "gerbe");
    /** Where a wreath is laid: "au Raj Ghat", "au monument de l'Amitié", "au mausolée de X". */
    private static final Pattern MEMORIAL = Pattern.compile(
            "^[^.;]{0,30}?\\b(?:au|à la|à l'|devant le|devant la)\\s*((?:\\p{Lu}[\\p{L}-]*)(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})");

    /** The capitalised name of the memorial after a wreath-laying ({@code from}: end of the cue), or null. */
    private static Facts.Place memorial(Doc.Sent s, int from) {
        Matcher m = MEMORIAL.matcher(s.text.substring(from));
        if (!m.find()) return null;
        String name = m.group(1);
        return new Facts.Place(Fold.slug(name), name, null);
    }

    private static final Cue RECEPTION = Cue.of(Pattern.compile(
            "\\b(?:a|ont)\\s+(?:organisé|offert|donné)\\b[^.;]{0,60}?\\bune\\s+réception\\b", F), "réception");

    private static void ceremonies(Doc doc, Doc.Sent s, String subject) {
        Matcher wreath = WREATH.in(s);
        if (wreath.find()) {
            // FORMAT.md: a wreath-laying is a ceremony; those who lay it are its participants
            List<String> who = personsBefore(s, tokenAtChar(s, wreath.start()));
            if (who.isEmpty() && subject != null) who = List.of(subject);
            if (who.isEmpty()) return;
            Doc.EventInfo e = event(doc, s, "ceremony", 0.7, Rule.CEREMONY_WREATH);
            e.at = wreath.start();
            for (String p : who) addPerson(doc, e, p, "attendee");
            placeAndDate(doc, s, e, tokenAtChar(s, wreath.start()));
            Facts.Place at = memorial(s, wreath.end());
            if (at != null) e.place = at;
            return;
        }
        Matcher r = RECEPTION.in(s);
        if (r.find()) {
            Doc.EventInfo e = event(doc, s, "reception", 0.75, Rule.RECEPTION_GIVEN);
            e.gathering = true;
            e.at = r.start();
            for (String p : personsAfter(s, 0, null)) addPerson(doc, e, p, "attendee");
            for (Mention o : s.of(Mention.Type.ORG)) {
                Doc.OrgInfo info = doc.orgs.get(o.value());
                if (info != null && info.country != null) e.countries.add(info.country);
            }
            placeAndDate(doc, s, e, tokenAtChar(s, r.start()));
            return;
        }
        Matcher handed = HANDED.in(s);
        if (handed.find() && !s.of(Mention.Type.PERSON).isEmpty()) {
            Doc.EventInfo e = event(doc, s, "ceremony", 0.7, Rule.CEREMONY_HANDED);
            e.at = handed.start();
            for (String p : personsAfter(s, 0, null)) addPerson(doc, e, p, "attendee");
            placeAndDate(doc, s, e, tokenAtChar(s, handed.start()));
            return;
        }
        Matcher m = CEREMONY.in(s);
        if (!m.find() || !CEREMONY_HAPPENED.matcher(s.text).find()) return;
        Doc.EventInfo e = event(doc, s, "ceremony", 0.75, Rule.CEREMONY_NOUN);
        e.at = m.start();
        for (String p : personsAfter(s, 0, null)) addPerson(doc, e, p, "attendee");
        for (Mention o : s.of(Mention.Type.ORG)) {
            if (o.b() < tokenAtChar(s, m.start()) && o.country() != null) e.countries.add(o.country());
        }
        e.topic = m.group(1);
        placeAndDate(doc, s, e, tokenAtChar(s, m.start()));
        Doc.Sent told = BACK_TO_CEREMONY.matcher(s.text).lookingAt() ? previousMain(doc, s) : null;
        if (told != null && doc.events.stream().noneMatch(x -> x.sentence == told.index)) {
            // "X et Y ont inauguré mardi la foire. La cérémonie s'est déroulée en présence de Z": the
            // ceremony is the one the sentence before told (when no event was read there), on its
            // day and at its venue
            Mention when = null;
            for (Mention d : told.of(Mention.Type.DATE)) if (d.value() != null && d.country() == null && !datelineDate(told, d)) when = d;
            if (e.date == null && when != null) e.date = dateOf(when);
            if (e.place == null) e.place = venue(told) != null ? venue(told) : place(told);
        }
    }

    /** "La cérémonie s'est déroulée ...", "Cette cérémonie ...": the ceremony the sentence before told. */
    private static final Pattern BACK_TO_CEREMONY = Pattern.compile("\\s*(?:La|Cette)\\s+cérémonie\\b");

    /** The main-text sentence before {@code s}, or null. */
    private static Doc.Sent previousMain(Doc doc, Doc.Sent s) {
        for (int i = s.index - 1; i >= 0; i--) if (doc.sents.get(i).main()) return doc.sents.get(i);
        return null;
    }

    private static void conferences(Doc doc, Doc.Sent s) {
        Matcher m = CONFERENCE.in(s);
        if (!m.find() || !SPOKE_AT.matcher(s.text).find()) return;
        String name = m.group(1).strip();
        String acronym = m.group(2);
        Doc.EventInfo e = event(doc, s, "conference", 0.7, Rule.CONFERENCE_NAMED);
        e.topic = acronym != null ? acronym : name;
        for (String p : personsAfter(s, 0, null)) addPerson(doc, e, p, "attendee");
        // the organiser's country: "organisée à Jakarta par le ministère indonésien des ..."
        Matcher org = ORGANISED_BY.matcher(s.text);
        if (org.find()) {
            int t = tokenAtChar(s, org.end());
            for (Mention o : s.of(Mention.Type.ORG)) if (o.b() >= t && o.country() != null) e.countries.add(o.country());
        }
        placeAndDate(doc, s, e, tokenAtChar(s, m.start()));
    }

    /**
     * A presentation of credentials is the envoys' ceremony as much as the host's: the ambassadors
     * the story names are its participants ("Les quatre diplomates sont X, ambassadeur de ...").
     * A host who then receives them "séparément" gives each envoy a reception of their own, on the
     * ceremony's day (FORMAT.md: a reception of several envoys makes one pair per envoy).
     */
    private static void envoys(Doc doc) {
        for (Doc.EventInfo c : List.copyOf(doc.events)) {
            if (!c.kind.equals("ceremony") || !credentialsToldBy(doc, c.sentence)) continue;
            String host = c.participants.isEmpty() ? null : c.participants.get(0).personKey();
            List<String> envoys = new ArrayList<>();
            for (Doc.PersonInfo p : doc.persons.values()) {
                if (!p.inMain || p.key.equals(host) || p.offices.isEmpty()) continue;
                if (Fold.fold(p.offices.get(0).title()).startsWith("ambassad")) envoys.add(p.key);
            }
            for (String e : envoys) addPerson(doc, c, e, "attendee");
            if (host == null) continue;
            for (Doc.Sent s : doc.sents) {
                Matcher sm = SEPARATELY.in(s);
                if (!s.main() || s.index < c.sentence || !sm.find()) continue;
                for (String e : envoys) {
                    Doc.EventInfo r = event(doc, s, "reception", 0.7, Rule.RECEPTION_SEPARATELY);
                    r.at = sm.start();
                    r.standing = c.standing;
                    r.date = c.date;
                    addPerson(doc, r, host, "host");
                    addPerson(doc, r, e, "visitor");
                }
                break;
            }
        }
    }

    /** Whether the story has told of credentials by sentence {@code upTo} ("La cérémonie s'est déroulée ..." after them). */
    private static boolean credentialsToldBy(Doc doc, int upTo) {
        for (Doc.Sent s : doc.sents) {
            if (s.index > upTo) break;
            if ((s.main() || s.kind == Page.Kind.TITLE) && CREDENTIALS.in(s).find()) return true;
        }
        return false;
    }

    /** Later sentences that name the event again ("à cette occasion", the conference's acronym) add their speakers. */
    private static void backReferences(Doc doc) {
        for (Doc.EventInfo e : doc.events) {
            if (!e.kind.equals("ceremony") && !e.kind.equals("conference") && !e.gathering) continue;
            for (Doc.Sent s : doc.sents) {
                if (!s.main() || s.index <= e.sentence) continue;
                boolean refers = BACKREF.in(s).find() || e.topic != null && s.text.contains(e.topic);
                if (!refers) continue;
                String subject = subject(doc, s);
                if (subject != null) addPerson(doc, e, subject, "attendee");
            }
        }
    }

    private static void placeAndDate(Doc doc, Doc.Sent s, Doc.EventInfo e, int tok) {
        Mention best = nearestDate(s, tok, false);
        if (best != null) {
            e.date = dateOf(best);
            if (best.country() != null) e.end = new DateValue(best.country(), e.date.raw(), e.date.inference());
        }
        Facts.Place venue = venue(s);
        e.place = venue != null ? venue : place(s);
        // "Le même jour, X et Y ont présidé la cérémonie": ceremonies and conferences too
        sameDay(doc, s, e);
        dayNext(doc, s, e);
    }

    private static final Pattern DAY_NEXT = Pattern.compile("\\b(la veille|l'avant-veille|le lendemain|le surlendemain)\\b", F);

    /**
     * "Arrivé la veille à X", "Le lendemain, Y a été reçu par Z": the day before or after the last
     * dated event or signing the story told before this sentence.
     */
    private static void dayNext(Doc doc, Doc.Sent s, Doc.EventInfo e) {
        if (e.date != null) return;
        Matcher m = DAY_NEXT.matcher(s.text);
        if (!m.find()) return;
        String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int shift = w.equals("la veille") ? -1 : w.equals("l'avant-veille") ? -2 : w.equals("le lendemain") ? 1 : 2;
        DateValue before = null;
        int at = -1;
        for (Doc.EventInfo o : doc.events) {
            if (o != e && o.sentence < s.index && o.sentence >= at && o.date != null && o.standing != Standing.BACKGROUND) {
                before = o.date;
                at = o.sentence;
            }
        }
        for (Doc.AgreementInfo a : doc.agreements) {
            if (a.sentence < s.index && a.sentence >= at && a.date != null) {
                before = a.date;
                at = a.sentence;
            }
        }
        String day = before == null ? null : shifted(before.lexical(), shift);
        if (day != null) e.date = new DateValue(day, m.group(1), "day next to the event told before");
    }

    /** A YYYY-MM-DD or --MM-DD day moved by {@code days}; null for a month or a year. */
    static String shifted(String lexical, int days) {
        try {
            if (lexical.startsWith("--")) {
                // a leap year, so that any day and month exist
                java.time.LocalDate d = java.time.LocalDate.parse("2000" + lexical.substring(1)).plusDays(days);
                return String.format(java.util.Locale.ROOT, "--%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
            }
            if (lexical.length() != 10) return null;
            return java.time.LocalDate.parse(lexical).plusDays(days).toString();
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    /**
     * The building an event was held in, named after "au" or "à la": "au Palais présidentiel", "au
     * Grand Palais du Peuple", "à la Primature", "au siège du ministère de la Défense nationale".
     * It is more precise than the city, and the event's place when the sentence names one.
     */
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:au|à la|à l'|a la)\\s*((?:[Gg]rand\\s+)?(?:Palais|Primature|Présidence|Immeuble|Cité|Hôtel|Maison|Zhongnanhai|Kremlin|Élysée|siège|Siège)"
                    + "(?:\\s+(?:présidentiel(?:le)?|national(?:e)?|impérial|royal|présidentiel)"
                    + "|\\s+(?:du|de la|de l'|des|de|d')\\s*[\\p{L}-]+(?:\\s+(?:national(?:e)?s?|populaire|africaine?|présidentiel(?:le)?))?"
                    + "|\\s+(?!(?:Mme|M|Mr|Dr|Me|S\\.E)\\b)\\p{Lu}[\\p{L}-]*){0,4})");

    /** The venue the sentence names, without a person named after it or the city it stands in ("de Yaoundé"), or null. */
    static Facts.Place venue(Doc.Sent s) {
        Matcher m = VENUE.matcher(s.text);
        if (!m.find()) return null;
        int end = m.end(1);
        for (Mention x : s.mentions) {
            if (x.type() != Mention.Type.PERSON && x.type() != Mention.Type.PLACE && x.type() != Mention.Type.COUNTRY) continue;
            int b = s.toks.get(x.b()).begin();
            if (b <= m.start(1) || b >= end) continue;
            end = b;
            if (x.type() != Mention.Type.PERSON) {
                // "Palais des Congrès de Yaoundé": the city is not part of the building's name
                String head = s.text.substring(m.start(1), end).replaceFirst("\\s+(?:de|d'|du|à)\\s*$", "");
                end = m.start(1) + head.length();
            }
        }
        String name = s.text.substring(m.start(1), end).strip();
        if (name.isEmpty()) return null;
        return new Facts.Place(Fold.slug(name), name, null);
    }

    /** "à Tokyo", "à Hanoi": a known capital or a capitalised place after "à". */
    static Facts.Place place(Doc.Sent s) {
        for (int i = 0; i + 1 < s.toks.size(); i++) {
            // "au Caire", "aux Cayes": a city whose name has its article
            if ((s.toks.get(i).is("au") || s.toks.get(i).is("aux")) && i > 0) {
                Mention named = s.at(i + 1, Mention.Type.PLACE);
                if (named != null && named.b() == i + 1 && Fold.fold(named.value()).matches("les? .*")) {
                    return new Facts.Place(Fold.slug(named.value()), named.value(), named.country());
                }
            }
            // "à Tokyo", and "À Tokyo, ..." opening the sentence
            String at = s.toks.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (!s.toks.get(i).is("a") || !at.equals("à") && !at.equals("a")) continue;
            Mention p = s.at(i + 1, Mention.Type.PLACE);
            if (p != null && p.b() == i + 1) return new Facts.Place(Fold.slug(p.value()), p.value(), p.country());
            Tok t = s.toks.get(i + 1);
            if (at.equals("à") && t.capitalised() && t.word() && s.at(i + 1, Mention.Type.COUNTRY) == null
                    && s.at(i + 1, Mention.Type.ORG) == null && s.at(i + 1, Mention.Type.PERSON) == null
                    && !Lexicon.NOT_NAME.contains(t.key()) && !Words.acronym(t)) {
                int e = i + 2;
                while (e < s.toks.size() && e < i + 4 && s.toks.get(e).capitalised() && s.toks.get(e).word()
                        && !Words.acronym(s.toks.get(e)) && !Lexicon.NOT_NAME.contains(s.toks.get(e).key())
                        && s.at(e, Mention.Type.PERSON) == null) e++;
                String name = s.text(i + 1, e);
                return new Facts.Place(Fold.slug(name), name, null);
            }
        }
        return null;
    }

    private static Set<String> countriesIn(Doc.Sent s) {
        Set<String> out = new java.util.TreeSet<>();
        for (Mention m : s.mentions) {
            if (m.type() == Mention.Type.COUNTRY || m.type() == Mention.Type.COUNTRY_ADJ) out.add(m.value());
        }
        return out;
    }

    private static final Pattern SIGNATORIES = Pattern.compile(
            "\\bsignataires?\\b|\\b(?:signée?s?|paraphée?s?)\\s+par\\b|\\bprocédé\\s+à\\s+(?:la\\s+)?signature\\b", F);

    /**
     * Agreements signed (or to be signed) in a sentence: each agreement type the sentence names near
     * a signing verb is one agreement ("ont signé un mémorandum sur X et un accord sur Y" gives two).
     */
    private static void agreements(Doc doc, Doc.Sent s) {
        Matcher sign = SIGN.in(s);
        if (!sign.find()) return;
        String verb = sign.group(1).toLowerCase();
        String modality = verb.matches("signeront|signera|vont signer|va signer|devraient signer|devrait signer|seront signés|sera signée?")
                ? "to be signed" : "signed";
        Matcher type = AGREEMENT_TYPE.matcher(s.text);
        List<int[]> types = new ArrayList<>();
        int storyYear = storyYear(doc);
        while (type.find()) {
            // before the verb, near it; after it, the whole list it governs ("la signature de plusieurs
            // documents, dont un plan d'action pour ..., ainsi qu'un mémorandum d'entente sur ...")
            if (type.start() < sign.start() - 200 || type.start() > sign.start() + 400) continue;
            // "la mise en œuvre des accords conclus au plus haut niveau": signed before, named now
            if (SIGNED_BEFORE.matcher(s.text.substring(type.end())).find()
                    && DEFINITE_BEFORE.matcher(s.text.substring(0, type.start())).find()) continue;
            // "une lettre d'intention signée en 2019", "avait signé": what the story looks back on
            if (Standing.of(s, type.start(), storyYear) == Standing.BACKGROUND) continue;
            types.add(new int[] {type.start(), type.end()});
        }
        if (types.isEmpty()) return;
        // the parties, signatories, date and place the sentence gives hold for each agreement in it
        Set<String> parties = new java.util.TreeSet<>();
        for (Mention c : s.mentions) {
            if (c.type() == Mention.Type.COUNTRY && s.at(c.b(), Mention.Type.ORG) == null) parties.add(c.value());
            if (c.type() == Mention.Type.BOTH) parties.add("*");
        }
        if (parties.isEmpty()) {
            // "le ministère vietnamien de X et le ministère kazakh de Y ont signé": the bodies' countries
            for (Mention o : s.of(Mention.Type.ORG)) {
                Doc.OrgInfo info = doc.orgs.get(o.value());
                if (info != null && info.country != null && !info.kind.equals("international")) parties.add(info.country);
            }
            if (parties.size() < 2) parties.clear();
        }
        List<String> signatories = new ArrayList<>();
        for (Mention p : s.of(Mention.Type.PERSON)) signatories.add(p.value());
        Doc.Sent next = s.index + 1 < doc.sents.size() ? doc.sents.get(s.index + 1) : null;
        if (next != null && SIGNATORIES.matcher(next.text).find()) {
            for (Mention p : next.of(Mention.Type.PERSON)) if (!signatories.contains(p.value())) signatories.add(p.value());
        }
        if (signatories.isEmpty() && PERSONS_SIGNED.matcher(s.text.substring(Math.max(0, sign.start() - 40), sign.start())).find()) {
            // "les deux présidents ont eu des entretiens, à l'issue desquels ils ont signé": those who met
            signatories.addAll(lastMeetingsPeople(doc, s));
        }
        int tok = tokenAtChar(s, sign.start());
        Mention when = nearestDate(s, tok, false);
        for (int[] t : types) {
            Doc.AgreementInfo a = new Doc.AgreementInfo();
            a.type = s.text.substring(t[0], t[1]).toLowerCase().replace("’", "'");
            a.type = PLURAL_WORD.matcher(a.type).replaceAll("$1").replace("procès-verbaux", "procès-verbal");
            Matcher field = FIELD_OF_TYPE.matcher(a.type);
            String fieldTopic = null;
            if (field.find()) {
                a.type = field.group(1);
                fieldTopic = field.group(2);
            }
            a.modality = modality;
            a.rule = Rule.agreement(verb, modality.equals("to be signed"));
            a.evidence = s.span();
            a.confidence = modality.equals("signed") ? 0.85 : 0.6;
            a.sentence = s.index;
            Matcher topic = TOPIC_AFTER.matcher(s.text);
            if (topic.find(t[1]) && topic.start() - t[1] < 80) {
                String x = topic.group(1).strip();
                x = TOPIC_LEAD.matcher(x).replaceFirst("");
                x = x.replaceFirst("^(?:la |le |les |l'|d')", "").replaceFirst("\\s+(?:au|en|du|de la|des|aux)\\s+\\p{Lu}.*$", "")
                        .replaceFirst("\\s+(?:et|ainsi qu')\\s*(?:un|une|des|le|la|l')\\s.*$", "");
                a.topicText = x.strip();
            }
            if (a.topicText == null) a.topicText = fieldTopic;
            a.parties.addAll(parties);
            a.signatories.addAll(signatories);
            for (String sig : a.signatories) {
                Doc.PersonInfo p = doc.persons.get(sig);
                if (p != null && p.country != null && (a.parties.size() < 2 || a.parties.contains("*"))) a.parties.add(p.country);
            }
            if (when != null) a.date = dateOf(when);
            a.place = place(s);
            inheritScene(doc, s, a);
            doc.agreements.add(a);
        }
    }

    static final String WITHIN_VISIT = "within the span of the visit it belongs to";

    /** People, not countries, as the subject of the signing: "ils ont signé", "les deux ministres ont signé". */
    private static final Pattern PERSONS_SIGNED = Pattern.compile(
            "\\b(?:ils|elles|les deux (?:présidents|ministres|vice-ministres|dirigeants|chefs|responsables|Premiers ministres|maires|gouverneurs))"
                    + "\\s+(?:y\\s+)?(?:ont|ont également|ont aussi|ont ensuite)?\\s*$", F);

    /** The people of the meeting told in this sentence or the one before, when it had two or more. */
    private static List<String> lastMeetingsPeople(Doc doc, Doc.Sent s) {
        for (int i = doc.events.size() - 1; i >= 0; i--) {
            Doc.EventInfo e = doc.events.get(i);
            if (e.sentence > s.index) continue;
            if (s.index - e.sentence > 1) break;
            if (e.standing == Standing.HAPPENED && !e.kind.equals("visit") && e.participants.size() >= 2) {
                return e.participants.stream().map(Facts.Participant::personKey).toList();
            }
        }
        return List.of();
    }

    /**
     * "À cette occasion, les deux ministères ont signé ...", "Les deux parties ont signé ...": an
     * agreement without a date or place of its own was signed at the meeting told just before.
     */
    private static void inheritScene(Doc doc, Doc.Sent s, Doc.AgreementInfo a) {
        if (a.date != null && a.place != null) return;
        for (int i = doc.events.size() - 1; i >= 0; i--) {
            Doc.EventInfo e = doc.events.get(i);
            if (e.sentence > s.index || s.index - e.sentence > 3 || e.kind.equals("visit")
                    || e.standing != Standing.HAPPENED) continue;
            // the meeting told again without its date: the first telling, further back, has it
            if (e.date == null && e.place == null) continue;
            if (a.date == null && e.date != null) a.date = new DateValue(e.date.lexical(), e.date.raw(), "date of the meeting it was signed at");
            if (a.place == null) a.place = e.place;
            return;
        }
    }

    /** The same fact stated in title, lead and body is one fact. */
    private static void merge(Doc doc) {
        List<Doc.EventInfo> kept = new ArrayList<>();
        for (Doc.EventInfo e : doc.events) {
            Doc.EventInfo same = null;
            for (Doc.EventInfo k : kept) {
                if (!k.kind.equals(e.kind) || k.standing != e.standing || !compatible(k.date, e.date)) continue;
                boolean shared = e.participants.stream().anyMatch(p -> k.hasRole(p.personKey()));
                boolean bothEmpty = e.participants.isEmpty() && k.participants.isEmpty();
                boolean sameSet = e.participants.stream().allMatch(p -> k.hasRole(p.personKey()))
                        || k.participants.stream().allMatch(p -> e.hasRole(p.personKey()));
                boolean gathering = e.kind.equals("ceremony") || e.kind.equals("conference") || e.gathering && k.gathering;
                if ((shared && sameSet) || bothEmpty && k.date != null && e.date != null || gathering) {
                    same = k;
                    break;
                }
            }
            if (same == null) {
                kept.add(e);
                continue;
            }
            for (Facts.Participant p : e.participants) if (!same.hasRole(p.personKey())) same.participants.add(p);
            same.restatedBy(e, doc);
            same.countries.addAll(e.countries);
            if (same.date == null) same.date = e.date;
            if (same.end == null) same.end = e.end;
            if (same.place == null) same.place = e.place;
        }
        doc.events.clear();
        doc.events.addAll(kept);
        List<Doc.AgreementInfo> agreements = new ArrayList<>();
        for (Doc.AgreementInfo a : doc.agreements) {
            Doc.AgreementInfo same = null;
            for (Doc.AgreementInfo k : agreements) {
                if (sameType(k.type, a.type) && compatible(k.date, a.date)
                        && (k.parties.equals(a.parties) || k.parties.isEmpty() || a.parties.isEmpty()
                        // "les deux parties ont signé": the parties the story is about
                        || k.parties.contains("*") || a.parties.contains("*"))) same = k;
            }
            if (same == null) {
                agreements.add(a);
                continue;
            }
            same.parties.addAll(a.parties);
            if (same.parties.size() > 1) same.parties.remove("*");
            if (a.type.length() > same.type.length()) same.type = a.type;   // "accord de coopération" names "accord" better
            same.restatedBy(a, doc);
            if (same.date == null) same.date = a.date;
            for (String sg : a.signatories) if (!same.signatories.contains(sg)) same.signatories.add(sg);
            if (same.topicText == null) same.topicText = a.topicText;
            if (same.place == null) same.place = a.place;
        }
        doc.agreements.clear();
        doc.agreements.addAll(agreements);
    }

    /** "accord" in a headline and "accord de coopération" in the body name one agreement. */
    private static boolean sameType(String a, String b) {
        String x = Fold.fold(a);
        String y = Fold.fold(b);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private static boolean compatible(DateValue a, DateValue b) {
        if (a == null || b == null) return true;
        String x = a.lexical();
        String y = b.lexical();
        return x.substring(x.length() - 5).equals(y.substring(y.length() - 5));
    }

    /**
     * Meetings of a visitor during their visit belong to it; one with no date of its own took place
     * within the visit's span, and says so. Conferences are not a visitor's meetings.
     */
    private static void linkVisits(Doc doc) {
        for (int v = 0; v < doc.events.size(); v++) {
            Doc.EventInfo visit = doc.events.get(v);
            if (!visit.kind.equals("visit") || visit.participants.isEmpty()) continue;
            String visitor = visit.participants.get(0).personKey();
            for (Doc.EventInfo e : doc.events) {
                // a conference is a gathering of its own, with its own days, not a meeting the visitor had
                if (e == visit || e.kind.equals("visit") || e.kind.equals("conference") || !e.hasRole(visitor) || e.date != null
                        || e.standing != visit.standing) continue;
                e.partOf = v;
                if (visit.date != null) {
                    e.date = new DateValue(visit.date.lexical(), visit.date.raw(), WITHIN_VISIT);
                    if (visit.end != null) e.end = new DateValue(visit.end.lexical(), visit.end.raw(), WITHIN_VISIT);
                }
            }
        }
    }

}
