package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agreements signed, or to be signed: each agreement type a sentence names near a signing verb
 * ("ont signé", "ont paraphé", "a été conclu", "ont échangé les documents", "ont adopté une
 * déclaration conjointe") is one agreement, with
 * the parties, signatories, date and place the sentence gives, else those of the meeting it was
 * signed at ({@link #agreementDates}, once the story is read).
 */
final class AgreementFinder implements EventFinder {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Cue SIGN = Cue.of(Pattern.compile(
            "\\b(ont signé|a signé|ont été signés?|a été signée?|ont paraphé|a paraphé|ont conclu|a conclu|signés?|signées?|conclue?s?|signent|"
                    + "signature|signeront|signera|vont signer|va signer|devraient signer|devrait signer|seront signés|sera signée?|"
                    + "ont échangé|ont ratifié|ratifié|paraphée?s?|échangée?s|procédé(?:\\s*,[^.;,]{1,40},|\\s+\\p{L}+(?:\\s*,[^.;,]{1,40},)?)?\\s+à (?:un|l')\\s*échange"
                    + "|ont (?:rendu publi(?:que|c)|publié)|a été (?:rendue? publi(?:que|c)|publiée?)"
                    // "ont adopté une déclaration conjointe": a joint text adopted, not a law or a budget
                    + "|(?:ont|a|avaient|avait)\\s+(?:également\\s+|aussi\\s+|ensuite\\s+)?adopté(?=\\s+(?:une?|le|la|leur|deux|trois)\\s+"
                    + "(?:nouvel(?:le)?\\s+)?(?:déclarations?|communiqués?|plans?|feuilles?|programmes?)\\b))\\b", F),
            // words as whole as the pattern allows: "publi" alone is in every "République", "échang"
            // in every "échanges commerciaux", "sign" in "signifie", so the pattern ran on most sentences
            "signé", "signe", "signat", "paraphé", "conclu", "échangé", "procédé", "ratifié", "publié",
            "rendu publi", "rendue publi", "adopté");
    private static final Pattern AGREEMENT_TYPE = Pattern.compile(
            "\\b(?:protocoles? d'accord|mémorandums? d'(?:accord|entente)|mémorandums? de coopération|feuilles? de route"
                    + "|programmes? (?:indicatif|exécutif)s?(?: de coopération)?|accords?-cadres?|plans? d'action|lettres? d'intention"
                    + "|déclarations? (?:commune|conjointe)s?|communiqués? conjoints?|échanges? de (?:notes|lettres)|procès-verba(?:l|ux)"
                    + "|(?:plan|programme)s? de coopération|règlements? de coordination"
                    + "|(?:protocole|mémorandum|accord|convention|traité|contrat|programme|arrangement)s?"
                    + "(?:\\s+(?:de|d')\\s*(?:coopération|coordination|partenariat|jumelage|entente|assistance|financement|prêt|don))?)\\b", F);
    /**
     * The field an instrument covers is its topic, not its type (FORMAT.md, "Agreement types"):
     * "accord de coopération économique" is an "accord" on "coopération économique". A
     * "mémorandum de coopération" is a fixed name, as "mémorandum d'entente" is.
     */
    private static final Pattern FIELD_OF_TYPE = Pattern.compile("^(accord|convention|protocole|traité|contrat|arrangement)\\s+de\\s+(coopération|partenariat)$");
    /** A type in the plural names each instrument in the singular: "deux conventions de financement". */
    private static final Pattern PLURAL_WORD = Pattern.compile(
            "\\b(protocole|mémorandum|accord|convention|traité|contrat|programme|arrangement|plan|lettre|déclaration|communiqué|échange|règlement|cadre|commune|conjointe|conjoint|feuille|indicatif|exécutif)s\\b");
    /** "la mise en œuvre des accords signés à cette occasion": instruments named as signed before, not signed now. */
    private static final Pattern SIGNED_BEFORE = Pattern.compile(
            "^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:signée?s?|conclue?s?|paraphée?s?)\\b", F);
    /**
     * Words that make the instrument after them a frame, not one signed: the one the signing is
     * measured by ("conformément à la Convention"), or the one the signed text serves ("une convention
     * de financement destinée au programme d'accès à l'eau", "dans le cadre du programme de ...").
     */
    private static final Pattern FRAME_BEFORE = Pattern.compile(
            "\\b(?:destinée?s?|consacrée?s?|affectée?s?|dans le cadre|au profit|en faveur)\\s+(?:à\\s+|a\\s+|au|aux|du|des|de|d')\\s*(?:la\\s+|l')?$"
                    + "|\\b(?:conformément|en vertu|en application|au titre|aux termes)\\s+(?:à|a|de|du|des|d')\\s*(?:la\\s+|le\\s+|l'|leur\\s+|ses\\s+|son\\s+|sa\\s+)?$", F);
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(?:des|les|ces|aux)\\s+$", F);
    /** The verbs of a signing ahead, as the SIGN cue's group gives them in lower case. */
    private static final Pattern TO_BE_SIGNED = Pattern.compile(
            "signeront|signera|vont signer|va signer|devraient signer|devrait signer|seront signés|sera signée?");
    /** "accord", "accords": the word for any instrument. */
    private static final Pattern ACCORD = Pattern.compile("(?i)accords?");
    /** What a topic's text loses: its article, a place after it, a second instrument after it. */
    private static final Pattern TOPIC_ARTICLE = Pattern.compile("^(?:la |le |les |l'|d')");
    private static final Pattern TOPIC_PLACE_TAIL = Pattern.compile("\\s+(?:au|en|du|de la|des|aux)\\s+\\p{Lu}.*$");
    private static final Pattern TOPIC_SECOND_TAIL = Pattern.compile("\\s+(?:et|ainsi qu')\\s*(?:un|une|des|le|la|l')\\s.*$");
    /** The preposition a date's words may open on, with the spaces after it. */
    private static final Pattern DATE_PREPOSITION = Pattern.compile("(?:de|du|en|au)\\s+");
    private static final Pattern TOPIC_AFTER = Pattern.compile(
            "\\s+(?:sur|concernant|relatif à|relative à|portant sur|dans le domaine de|dans les domaines de|en matière de|pour)\\s+(.{3,90}?)(?=[,.;(]|\\s+(?:entre|au|aux|à|avec|lors|le \\d|ainsi|et le|et la)\\s|$)", F);
    private static final Pattern TOPIC_LEAD = Pattern.compile(
            "^(?:la |le |les |l')?(?:mise en place|mise en œuvre|mise en oeuvre|application|promotion|renforcement|développement|"
                    + "coopération|édification|construction)\\s+(?:de la |du |des |de l'|d'|de )", F);
    private static final Pattern SIGNATORIES = Pattern.compile(
            "\\bsignataires?\\b|\\b(?:signée?s?|paraphée?s?)\\s+par\\b|\\bprocédé\\s+à\\s+(?:la\\s+)?signature\\b", F);
    /** People, not countries, as the subject of the signing: "ils ont signé", "les deux ministres ont signé". */
    private static final Pattern PERSONS_SIGNED = Pattern.compile(
            "\\b(?:ils|elles|les (deux|trois|quatre) (présidents|ministres|vice-ministres|dirigeants|chefs|responsables|Premiers ministres|maires|gouverneurs)"
                    + "(?:\\s+(?:de la diplomatie|d'(?:É|E)tat|de gouvernement|de délégation|des délégations))?)"
                    + "\\s+(?:y\\s+)?(?:ont|ont également|ont aussi|ont ensuite)?\\s*$", F);

    /**
     * "un accord doit par ailleurs être signé le mois prochain", "qui devrait être signé lors de la
     * prochaine visite", "pour que le code soit conclu": a signing a duty verb puts ahead, or a
     * subjunctive wishes for, is planned, whatever the participle that follows it.
     */
    private static final Pattern DUE_TO_BE = Pattern.compile(
            "\\b(?:doi(?:t|vent)|devr(?:a|ont|ait|aient)|devai(?:t|ent)|pourr(?:a|ont|ait|aient))\\s+(?:[\\p{L}-]+\\s+){0,3}?être\\s+$"
                    // "pour que le code soit conclu rapidement": a signing wished for
                    + "|\\b(?:soi(?:t|ent)|puisse(?:nt)?\\s+être)\\s+$", F);
    /**
     * "les deux pays avaient déjà conclu en 2019 un accord": the pluperfect of the signing verb
     * tells what came before the news, unless the sentence sets it on the story's own day or the
     * day before ("la veille", "plus tôt dans la journée").
     */
    private static final Pattern PLUPERFECT_VERB = Pattern.compile(
            "\\b(?:avai(?:t|ent)|étai(?:t|ent))\\s+(?:(?:déjà|également|aussi|pour leur part)\\s+)?(?:été\\s+)?$", F);
    /** "le premier pays d'Amérique latine à avoir signé un accord avec le Vietnam": a record of the past. */
    private static final Pattern FIRST_TO_HAVE = Pattern.compile("\\bà avoir\\s+(?:déjà\\s+)?$", F);
    /** "un second mémorandum", "un autre accord": an instrument other than one told before. */
    private static final Pattern ANOTHER = Pattern.compile("\\b(?:second|seconde|deuxième|troisième|autre)\\s+$", F);
    /** "deux conventions de financement": a number before the type. */
    private static final Pattern COUNTED = Pattern.compile("\\b(deux|trois|quatre|cinq)\\s+$", F);
    /** "une lettre d'intention portant sur un programme": a type that names the one before's subject. */
    private static final Pattern TOPIC_LINK = Pattern.compile(
            "^[^,;]{0,60}?\\b(?:portant sur|relatif à|relative à|concernant|visant)\\s+(?:un|une|le|la|les|l'|des|d'|leur)\\s*$", F);
    /** "Pour mémoire, ...", "Pour rappel, ...": a sentence that recalls what came before the news. */
    private static final Pattern RECALLED = Pattern.compile("^\\s*(?:Pour mémoire|Pour rappel|Il convient de rappeler|Rappelons)\\b", F);
    /** "signé il y a plusieurs années": a signing dated back from now. */
    private static final Pattern AGO = Pattern.compile("^\\s*,?\\s*(?:\\p{L}+\\s+){0,2}?il y a\\s+(?:\\p{L}+\\s+)?(?:ans|années|mois|décennies)\\b", F);
    /** "depuis la signature de", "depuis leur signature": the time since a signing told before. */
    private static final Pattern SINCE = Pattern.compile("\\bdepuis\\s+(?:la|leur|sa)\\s*$", F);
    private static final Pattern STORY_DAY = Pattern.compile("\\b(?:la veille|l'avant-veille|plus tôt|le même jour|le matin même)\\b", F);

    @Override
    public void find(Reading r) {
        agreements(r.doc, r.s, r.storyYear);
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.AGREEMENT_SIGN, Rule.AGREEMENT_INITIAL, Rule.AGREEMENT_CONCLUDE, Rule.AGREEMENT_EXCHANGE,
                Rule.AGREEMENT_RATIFY, Rule.AGREEMENT_PUBLISH, Rule.AGREEMENT_ADOPT, Rule.AGREEMENT_FUTURE);
    }

    /**
     * An agreement whose sentence gives no date was signed at a meeting the story has told: the
     * last one before it with one of its signatories in it, else the last one before it; a story
     * that tells no dated meeting before it dates it by its opening sentence (the dateline's day).
     * A visit's span dates no signing: the day inside it is the meeting's.
     */
    static void agreementDates(Doc doc) {
        for (Doc.AgreementInfo a : doc.agreements) {
            if (a.date != null || !a.modality.equals("signed")) continue;
            Doc.EventInfo withSignatory = null;
            Doc.EventInfo last = null;
            String scene = signingScene(doc.sents.get(a.sentence));
            if ("visit".equals(scene)) scene = null;
            for (Doc.EventInfo e : doc.events) {
                if (e.sentence > a.sentence || e.kind.equals("visit") || e.standing != Standing.HAPPENED
                        || e.date == null || e.end != null || VisitLinks.WITHIN_VISIT.equals(e.date.inference())) continue;
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
            if (scene == null) a.date = EventDates.openingDay(doc);
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
     * Agreements signed (or to be signed) in a sentence: each agreement type the sentence names near
     * a signing verb is one agreement ("ont signé un mémorandum sur X et un accord sur Y" gives two).
     */
    private static void agreements(Doc doc, Doc.Sent s, int storyYear) {
        Matcher sign = SIGN.in(s);
        if (!sign.find()) return;
        String verb = sign.group(1).toLowerCase();
        String before = s.text.substring(Math.max(0, sign.start() - 60), sign.start());
        if (PLUPERFECT_VERB.matcher(before).find() && !STORY_DAY.matcher(s.text).find() || FIRST_TO_HAVE.matcher(before).find()) return;
        // "depuis la signature, en 2019, de leur premier accord": a signing the story counts from;
        // "Pour mémoire, un accord-cadre, signé il y a plusieurs années, lie les deux pays": recalled
        if (SINCE.matcher(before).find() || RECALLED.matcher(s.text).find()
                || AGO.matcher(s.text.substring(sign.end(), Math.min(s.text.length(), sign.end() + 40))).find()) return;
        String modality = TO_BE_SIGNED.matcher(verb).matches()
                || DUE_TO_BE.matcher(before).find() ? "to be signed" : "signed";
        Matcher type = AGREEMENT_TYPE.matcher(s.text);
        List<int[]> types = new ArrayList<>();
        while (type.find()) {
            // before the verb, near it; after it, the whole list it governs ("la signature de plusieurs
            // documents, dont un plan d'action pour ..., ainsi qu'un mémorandum d'entente sur ...")
            if (type.start() < sign.start() - 200 || type.start() > sign.start() + 400) continue;
            // "la mise en œuvre des accords conclus au plus haut niveau": signed before, named now
            if (SIGNED_BEFORE.matcher(s.text.substring(type.end())).find()
                    && DEFINITE_BEFORE.matcher(s.text.substring(0, type.start())).find()) continue;
            // "une lettre d'intention signée en 2019", "avait signé": what the story looks back on
            if (Standing.of(s, type.start(), storyYear) == Standing.BACKGROUND) continue;
            // "pour que le code soit conclu, conformément à la Convention des Nations unies": the
            // instrument the verb before it is measured by, not the one signed ("sur la base du
            // protocole conclu en 2017" names its own signing after it)
            if (type.start() > sign.start() && FRAME_BEFORE.matcher(s.text.substring(Math.max(0, type.start() - 40), type.start())).find()) continue;
            // "une lettre d'intention portant sur un programme de formation": the first one's subject
            if (!types.isEmpty() && TOPIC_LINK.matcher(s.text.substring(types.get(types.size() - 1)[1], type.start())).find()) continue;
            types.add(new int[] {type.start(), type.end()});
        }
        if (types.isEmpty()) return;
        // the parties, signatories, date and place the sentence gives hold for each agreement in it
        Set<String> parties = new java.util.TreeSet<>();
        for (Mention c : s.mentions) {
            if (c.type() == Mention.Type.COUNTRY && s.at(c.b(), Mention.Type.ORG) == null && !landmark(s, c)) parties.add(c.value());
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
        Matcher persons = PERSONS_SIGNED.matcher(s.text.substring(Math.max(0, sign.start() - 40), sign.start()));
        if (signatories.isEmpty() && persons.find()) {
            // "les deux présidents ont eu des entretiens, à l'issue desquels ils ont signé": those who met
            signatories.addAll(lastMeetingsPeople(doc, s));
            int count = persons.group(1) == null ? 0 : List.of("deux", "trois", "quatre").indexOf(persons.group(1).toLowerCase()) + 2;
            if (signatories.size() < count) {
                // "Les trois ministres ont signé", no meeting of theirs told: the last three so titled
                List<String> titled = Subjects.lastTitled(doc, s.index, persons.group(2), count);
                if (titled.size() == count) {
                    signatories.clear();
                    signatories.addAll(titled);
                }
            }
        }
        int tok = EventDrafts.tokenAtChar(s, sign.start());
        Mention when = signingDate(s, tok);
        List<int[]> each = new ArrayList<>();
        for (int[] t : types) {
            // "deux conventions de financement": as many instruments as the number says; a headline's
            // "trois accords" only counts, in a word for any instrument, those the story then names
            Matcher counted = COUNTED.matcher(s.text.substring(Math.max(0, t[0] - 12), t[0]));
            boolean generic = s.kind == org.diplograph.article.Page.Kind.TITLE || ACCORD.matcher(s.text.substring(t[0], t[1])).matches();
            int n = !generic && counted.find() ? List.of("deux", "trois", "quatre", "cinq").indexOf(counted.group(1).toLowerCase()) + 2 : 1;
            for (int i = 0; i < n; i++) each.add(t);
        }
        for (int[] t : each) {
            Doc.AgreementInfo a = new Doc.AgreementInfo();
            a.type = s.text.substring(t[0], t[1]).toLowerCase().replace("’", "'");
            a.type = PLURAL_WORD.matcher(a.type).replaceAll("$1").replace("procès-verbaux", "procès-verbal");
            Matcher field = FIELD_OF_TYPE.matcher(a.type);
            String fieldTopic = null;
            if (field.find()) {
                a.type = field.group(1);
                fieldTopic = field.group(2);
            }
            a.another = ANOTHER.matcher(s.text.substring(Math.max(0, t[0] - 20), t[0])).find();
            a.modality = modality;
            a.rule = Rule.agreement(verb, modality.equals("to be signed"));
            a.evidence = s.span();
            a.confidence = modality.equals("signed") ? 0.85 : 0.6;
            a.sentence = s.index;
            Matcher topic = TOPIC_AFTER.matcher(s.text);
            if (topic.find(t[1]) && topic.start() - t[1] < 80) {
                String x = topic.group(1).strip();
                x = TOPIC_LEAD.matcher(x).replaceFirst("");
                x = TOPIC_ARTICLE.matcher(x).replaceFirst("");
                x = TOPIC_PLACE_TAIL.matcher(x).replaceFirst("");
                x = TOPIC_SECOND_TAIL.matcher(x).replaceFirst("");
                a.topicText = x.strip();
            }
            if (a.topicText == null) a.topicText = fieldTopic;
            a.parties.addAll(parties);
            a.signatories.addAll(signatories);
            // the signatories' countries when the sentence names fewer than two: each of them, not the first two
            boolean bySignatories = a.parties.size() < 2 || a.parties.contains("*");
            for (String sig : a.signatories) {
                Doc.PersonInfo p = doc.persons.get(sig);
                if (p != null && p.country != null && bySignatories) a.parties.add(p.country);
            }
            if (when != null) a.date = EventDates.dateOf(when);
            // "La veille, les deux ministres avaient signé", "s'était rendue la veille ..., où elle a
            // assisté à la signature": the day next to the one told before, not that meeting's own
            if (a.date == null && modality.equals("signed")) a.date = EventDates.dayNext(doc, s, null, true);
            a.place = Places.place(s);
            inheritScene(doc, s, a);
            doc.agreements.add(a);
        }
    }

    /** Words before a country's name that make it a river's, a lake's or a sea's: "le fleuve Uruguay", "le lac Tanganyika". */
    private static final Set<String> LANDMARKS = Set.of("fleuve", "riviere", "lac", "golfe", "mer", "ocean", "mont", "canal", "detroit", "bassin");

    /** Whether the country mention {@code c} names a landmark, not the country ("le fleuve Uruguay"). */
    private static boolean landmark(Doc.Sent s, Mention c) {
        return c.b() > 0 && LANDMARKS.contains(Fold.fold(s.toks.get(c.b() - 1).text()));
    }

    /** "à partir de décembre 2026", "d'ici 2030", "jusqu'en 2028": a date the instrument runs from or to. */
    private static final Pattern TERM_BEFORE = Pattern.compile(
            "(?:\\b(?:à partir|à compter)(?:\\s+d(?:e|u|'))?|\\bdès|\\bd'ici|\\bjusqu'(?:à|au|en)?|\\bavant|\\baprès|\\bdepuis|\\ben vue d(?:e|u))\\s*(?:le\\s+|la\\s+|l')?$", F);

    /**
     * The preposition the text opens on at {@code at}, stripped ("de", "en"), or "": what
     * {@code text.substring(at).replaceFirst("(?s)^((?:de|du|en|au)\\s+)?.*$", "$1").strip()} gives,
     * without reading the rest of the sentence.
     */
    static String datePreposition(String text, int at) {
        Matcher m = DATE_PREPOSITION.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.group().strip() : "";
    }

    /**
     * The date nearest the signing verb at token {@code tok}, leaving out dates the instrument
     * runs from or to ("valable à partir de janvier 2026"), which are not the day it was signed.
     */
    private static Mention signingDate(Doc.Sent s, int tok) {
        Mention best = null;
        for (Mention d : s.of(Mention.Type.DATE)) {
            if (d.value() == null) continue;
            // the date's words may begin with its preposition ("de décembre 2026")
            int at = s.toks.get(d.b()).begin();
            String before = s.text.substring(Math.max(0, at - 25), at) + datePreposition(s.text, at);
            if (TERM_BEFORE.matcher(before).find()) continue;
            if (best == null || Math.abs(d.b() - tok) < Math.abs(best.b() - tok)) best = d;
        }
        return best;
    }

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
     * "Le 11 septembre, les deux présidents ont ouvert la réunion du Cabinet binational. Les deux
     * présidents y ont signé un plan d'action": the one day the sentence just before gives, when no
     * event read there is dated and it does not look back; null otherwise.
     */
    private static DateValue dayJustTold(Doc doc, Doc.Sent s) {
        if (s.index == 0) return null;
        Doc.Sent before = doc.sents.get(s.index - 1);
        if (!before.main() || before.retrospective() || before.kind == org.diplograph.article.Page.Kind.TITLE) return null;
        for (Doc.EventInfo e : doc.events) if (e.sentence == before.index && e.date != null) return null;
        Mention day = null;
        for (Mention d : before.of(Mention.Type.DATE)) {
            if (d.value() == null || d.date().end() != null || !EventDates.DAY.matcher(d.value()).matches()) continue;
            if (EventDates.datelineDate(before, d)) continue;
            if (day != null) return null;
            day = d;
        }
        return day == null ? null : new DateValue(day.value(), EventDates.dateOf(day).raw(), "day of the sentence just before");
    }

    /**
     * "À cette occasion, les deux ministères ont signé ...", "Les deux parties ont signé ...": an
     * agreement without a date or place of its own was signed at the meeting told just before.
     */
    private static void inheritScene(Doc doc, Doc.Sent s, Doc.AgreementInfo a) {
        if (a.date != null && a.place != null) return;
        if (a.date == null) a.date = dayJustTold(doc, s);
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
}
