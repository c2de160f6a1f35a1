package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.rdf.ReferenceTables;
import org.diplograph.article.SourceDoc;
import org.diplograph.article.SourceReader;
import org.diplograph.corpus.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcuts taken for speed give what the definitions they stand for give: a {@link Cue} never
 * hides a match of its pattern, dates found behind their cue words are the dates every pattern
 * finds, the recall test behind per-pattern words answers as before, and {@link Fold} by table is
 * the full fold. Checked on every sentence of the sample pages, the development set and 100
 * generated stories, each also in capitals and with every word capitalised, and on sentences
 * written here for each trigger.
 */
class PrefilterTest {
    /** Sentences of our own that each trigger pattern must match at least once. */
    private static final List<String> WRITTEN = List.of(
            "Le ministre Paul Arnaud a reçu mardi l'ambassadeur Jean Morel à Lyon.",
            "La session de la commission mixte s'est tenue à Lille sous la coprésidence de Paul Arnaud et de Jean Morel.",
            "Recevant son hôte, le maire Paul Arnaud a déposé une gerbe au monument aux morts.",
            "Les deux ministres se sont rencontrés le 3 mars 2021 à Berne.",
            "Le délégué a été reçu par le président du Sénat en septembre 2019.",
            "Le président a accordé une audience à l'envoyé spécial, naguère ministre.",
            "Les deux vice-ministres ont coprésidé le 4e Dialogue stratégique, programmé l'an dernier.",
            "L'ambassadeur a remis à la province une aide d'urgence lors de la cérémonie d'ouverture.",
            "Le ministre s'est entretenu avec son homologue ; ils ont eu des entretiens approfondis.",
            "Au cours de sa rencontre avec le maire, la ministre a salué la coopération.",
            "Il a eu une séance de travail avec la délégation et a effectué une visite de courtoisie au gouverneur.",
            "Les deux dirigeants ont eu un entretien téléphonique, puis un échange par visioconférence.",
            "Le président a reçu les lettres de créance de trois ambassadeurs.",
            "La cérémonie de signature a eu lieu dans la foulée, après la réunion.",
            "Le ministre a pris la parole au 5e Forum économique de la région (FER) 2022.",
            "Le Premier ministre effectuera une visite officielle au Portugal et est arrivé à Lisbonne dimanche.",
            "Les deux parties ont signé un protocole d'accord de coopération et ont ratifié la convention.",
            "L'ambassade a organisé une réception pour cet événement à l'occasion de la fête nationale.",
            "Le même jour, le ministre a rappelé la visite qu'il avait effectuée en avril 2018.",
            "Les relations entre la Norvège et le Chili reposent sur un partenariat stratégique.",
            "Il y a deux ans, la délégation était venue du 5 au 7 juin au séminaire régional.",
            "La réunion se tiendra le vendredi 12 décembre, précédemment prévue en août 2024.",
            "Recevant séparément chacun des ambassadeurs, le président a passé en revue les relations.",
            "Arrivé à Oslo la veille, le ministre a quitté Berne pour le Chili après avoir paraphé l'accord.",
            "Paul Arnaud et Jean Morel ont tenu jeudi à Genève une séance de travail sur le commerce.",
            "Les deux présidents ont ensuite ouvert la troisième session du comité binational.",
            "Rencontre au sommet : les deux présidents ont parlé du commerce et de la pêche.",
            "La ministre Claire Duval a été accueillie le lendemain au Palais présidentiel de Lomé.",
            "Les deux présidents ont inauguré mardi le nouveau pont sur le fleuve.",
            "Mme Claire Duval a, par la suite, été reçue par le Premier ministre.",
            "Il a également eu un tête-à-tête avec le président du Sénat, avant de rencontrer le maire.",
            "Mardi, il avait rendu une visite de courtoisie au président et déposé une gerbe au monument.",
            "Arrivé mercredi dans la capitale, le ministre belge est arrivé lundi en Tunisie.",
            "Le sommet des chefs d'État s'est tenu lundi à Accra.",
            "Y ont pris part les ministres des Affaires étrangères des deux pays.",
            "Le président s'est ensuite entretenu successivement avec les nouveaux ambassadeurs.");

    static final Set<String> TEXTS = new LinkedHashSet<>();
    static final List<Doc> DOCS = new ArrayList<>();

    @BeforeAll
    static void read(@TempDir Path tmp) {
        Extractor x = ReferenceTables.load().extractor();
        Corpus.create().seed(11).count(100).build().write(tmp);
        SourceReader reader = new SourceReader((origin, message) -> {
            throw new AssertionError(origin + ": " + message);
        });
        List<SourceDoc> sources = new ArrayList<>();
        for (Path f : reader.files(List.of("seeds", "src/test/resources/devset/pages", tmp.resolve("pages").toString()))) {
            reader.read(f, sources::add);
        }
        for (String w : WRITTEN) sources.add(SourceDoc.of("w" + sources.size(), "written", w));
        for (SourceDoc d : sources) {
            Doc doc = x.read(d);
            DOCS.add(doc);
            for (Doc.Sent s : doc.sents) {
                TEXTS.add(s.text);
                TEXTS.add(s.text.toUpperCase(Locale.ROOT));
                TEXTS.add(capitaliseWords(s.text));
            }
        }
        assertTrue(DOCS.size() > 150 && TEXTS.size() > 5000, DOCS.size() + " articles, " + TEXTS.size() + " sentences");
    }

    private static String capitaliseWords(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(i == 0 || !Character.isLetter(s.charAt(i - 1)) ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    /** Every cue of the extractor's classes, by its field. */
    private static Map<String, Cue> cues() throws IllegalAccessException {
        Map<String, Cue> out = new TreeMap<>();
        for (Class<?> c : List.of(VisitFinder.class, MeetingFinder.class, CredentialsFinder.class, CeremonyFinder.class,
                ConferenceFinder.class, AgreementFinder.class, EventDates.class, Places.class, BackReferences.class, Extractor.class, Standing.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() != Cue.class || !Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                out.put(c.getSimpleName() + "." + f.getName(), (Cue) f.get(null));
            }
        }
        return out;
    }

    @Test
    void aCueNeverHidesAMatchOfItsPattern() throws IllegalAccessException {
        Map<String, Cue> cues = cues();
        assertTrue(cues.size() >= 20, cues.keySet().toString());
        for (Map.Entry<String, Cue> e : cues.entrySet()) {
            int matched = 0;
            for (String t : TEXTS) {
                if (!e.getValue().pattern().matcher(t).find()) continue;
                matched++;
                assertTrue(e.getValue().holds(Cue.fold(t)), e.getKey() + " matches but its cue does not hold: " + t);
            }
            assertTrue(matched > 0, e.getKey() + " matched no sentence: the check proved nothing for it");
        }
    }

    @Test
    void aCueSparesMostSentences() throws IllegalAccessException {
        // the point of a cue: for each pattern, most sentences are passed over without trying it
        for (Map.Entry<String, Cue> e : cues().entrySet()) {
            long held = TEXTS.stream().filter(t -> e.getValue().holds(Cue.fold(t))).count();
            assertTrue(held < TEXTS.size() / 2, e.getKey() + " holds in " + held + " of " + TEXTS.size());
        }
    }

    @Test
    void theFutureWordScanAnswersAsTheFuturePattern() {
        List<String> texts = new ArrayList<>(TEXTS);
        // edges of the scan: run lengths, digits and '_' inside words, dotless i, case, other scripts
        texts.addAll(List.of("ra", "Ra era", "ira", "xra", "2ra", "a2ra", "x_ra", "l'extra", "ront", "aront", "IRONT.",
                "sıra", "Sierra", "caméra,", "PROCHAINE", "prochains", "Prochainement !", "vont-ils", "va", "Va.", "vas",
                "devraient", "devrai", "se tiendra", "aura lieu", "ΠΕΡΑ fera", "Ελλάδα", "ẞra", "e\u0301ra", "x\u0301ra va",
                "", " ", "Qu'importera-t-il", "tiendra_", "_ra", "9va"));
        int yes = 0;
        for (String t : texts) {
            boolean expected = Tense.futureByPattern(t);
            assertEquals(expected, Tense.futureWord(t, Cue.fold(t)), t);
            if (expected) yes++;
        }
        assertTrue(yes > 200 && yes < texts.size() - 200, yes + " of " + texts.size());
    }

    @Test
    void theSentenceKeyHashIsTheHashOfTheKey() {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(List.of("", "’", "L’Œuvre d‘art", "Séoul 한국 서울", "ﬁn ǅ ǈ", "Đà Nẵng, Hà Nội", "\uD87E\uDC00 x"));
        for (String t : texts) assertEquals(Fold.alnum(t).hashCode(), Fold.alnumHash(t), t);
    }

    @Test
    void theDatePrepositionIsWhatTheWholeTextPatternLeaves() {
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile("(?s)^((?:de|du|en|au)\\s+)?.*$");
        int prepositions = 0;
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(List.of("", "de", "de ", "du  \n mois", "en\tjuin", "au", "dès lors", "Du 3 au 5"));
        for (String t : texts) {
            for (int at = 0; at <= t.length(); at = t.indexOf(' ', at) < 0 ? t.length() + 1 : t.indexOf(' ', at) + 1) {
                String expected = whole.matcher(t.substring(at)).replaceFirst("$1").strip();
                assertEquals(expected, AgreementFinder.datePreposition(t, at), t + " at " + at);
                if (!expected.isEmpty()) prepositions++;
            }
        }
        assertTrue(prepositions > 1000, prepositions + " prepositions");
    }

    @Test
    void datesBehindTheirCueWordsAreTheDatesOfEveryPattern() {
        int found = 0;
        for (String t : TEXTS) {
            List<Dates.Found> all = Dates.findEverywhere(t);
            assertEquals(all, Dates.find(t, Cue.fold(t)), t);
            found += all.size();
        }
        assertTrue(found > 500, found + " dates");
    }

    @Test
    void theRecallTestAnswersAsTheWholePatternsDo() {
        int looksBack = 0;
        for (Doc d : DOCS) {
            for (Doc.Sent s : d.sents) {
                boolean whole = Standing.retrospective(s.text);
                assertEquals(whole, Standing.retrospective(s), s.text);
                if (whole) looksBack++;
            }
        }
        assertTrue(looksBack > 10, looksBack + " sentences looking back");
    }

    @Test
    void theStandingBehindItsCueWordsIsTheStandingOfEveryPattern() {
        List<String> texts = new ArrayList<>(TEXTS);
        // the window patterns at the ends of a clause, each with and without its cue word
        texts.addAll(List.of("La prochaine visite aura lieu en mai.", "Une future rencontre ; la visite sera prévue",
                "Il a rappelé que la visite de 2019", "Se souvenant de sa visite", "Se remémorant la rencontre",
                "La précédente visite du ministre", "Sa dernière rencontre avec lui", "L'ancien sommet",
                "La visite précédente, en 2018", "La rencontre antérieure du ministre", "La visite en juin 2019",
                "Les entretiens comme prévu auront lieu", "La réunion commence prévue", "Xse comme prévura visite",
                "L'ACCORD SERA SIGNÉ PROCHAINEMENT", "La visite est envisagée", "une visite à venir", "ils s'apprêtent à signer"));
        Map<Standing, Integer> seen = new TreeMap<>();
        for (String t : texts) {
            String folded = Cue.fold(t);
            for (Tok k : Tok.tokenize(t)) {
                for (int year : new int[] {k.begin() % 2 == 0 ? 0 : 2021}) {
                    Standing expected = Standing.of(t, k.begin(), year);
                    assertEquals(expected, Standing.of(t, folded, k.begin(), year), () -> k.begin() + " " + year + " " + t);
                    seen.merge(expected, 1, Integer::sum);
                }
            }
        }
        assertTrue(seen.getOrDefault(Standing.ANNOUNCED, 0) > 1000 && seen.getOrDefault(Standing.BACKGROUND, 0) > 1000,
                seen.toString());
    }

    @Test
    void everyMatchOfTheAheadPatternHoldsAnAheadWord() {
        int matched = 0;
        for (String t : TEXTS) {
            java.util.regex.Matcher m = Standing.AHEAD.matcher(t);
            while (m.find()) {
                matched++;
                String f = Cue.fold(m.group());
                assertTrue(Standing.holdsAhead(f, 0, f.length()), m.group() + " in " + t);
            }
        }
        assertTrue(matched > 500, matched + " matches");
    }

    @Test
    void theMentionTableAnswersAsTheScanAsMentionsAreAdded() {
        int found = 0;
        for (Doc d : DOCS) {
            for (Doc.Sent s : d.sents) {
                // the sentence read again, its mentions added one by one, asked after each
                Doc.Sent copy = new Doc.Sent(s.index, s.kind, s.clean, s.cb, s.cb + s.text.length());
                for (Mention m : s.mentions) {
                    copy.mentions.add(m);
                    for (Mention.Type type : Mention.Type.values()) {
                        for (int tok = -1; tok <= copy.toks.size(); tok++) {
                            Mention expected = copy.scanAt(tok, type);
                            assertTrue(expected == copy.at(tok, type), type + " at " + tok + " of " + s.text);
                            if (expected != null) found++;
                        }
                    }
                }
            }
        }
        assertTrue(found > 10000, found + " mentions found");
    }

    @Test
    void theBetweenSearchFromWordToWordFindsEveryMatch() throws IllegalAccessException {
        Cue between = cues().get("Extractor.BETWEEN");
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(List.of("relationsrelations entre", "Les RELATIONS, la Coopération et l'Amitié entre eux", "échanges",
                "xrelations relation", "L'ÉCHANGES liens", ""));
        int matches = 0;
        for (String t : texts) {
            List<Integer> expected = new ArrayList<>();
            java.util.regex.Matcher all = between.pattern().matcher(t);
            while (all.find()) expected.add(all.start());
            List<Integer> jumped = new ArrayList<>();
            java.util.regex.Matcher m = between.pattern().matcher(t);
            for (int from = 0; between.findAtWord(m, Cue.fold(t), from); from = m.end()) jumped.add(m.start());
            assertEquals(expected, jumped, t);
            matches += expected.size();
        }
        assertTrue(matches > 300, matches + " matches");
    }

    /** Strings mixing table letters, apostrophes, combining marks and letters past the table. */
    private static final String FOLD_ALPHABET = "aAeEéÉèêëçÇôœŒæđĐßİıſÿ’‘ʼ'- .0\u0301\u0308ᵉΣσςЖ\u00A0";

    /** {@code count} strings of 1 to {@code longest} chars drawn from {@code alphabet}, the same for a seed. */
    private static List<String> randomStrings(String alphabet, long seed, int count, int longest) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(longest); k >= 0; k--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void foldByTableIsTheFullFold() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertEquals(Fold.slowFold(s), Fold.fold(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
        }
        for (String s : randomStrings(FOLD_ALPHABET, 5, 20000, 12)) assertEquals(Fold.slowFold(s), Fold.fold(s), s);
        for (String t : TEXTS) assertEquals(Fold.slowFold(t), Fold.fold(t), t);
    }

    @Test
    void cueFoldIsTheCaseBlindPatternsFoldOfEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            String expected = String.valueOf(Character.toLowerCase(Character.toUpperCase((char) c)));
            assertEquals(expected, Cue.fold(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
        }
    }

    @Test
    void alnumByTableIsTheFoldsLettersAndDigits() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "a" + c + "1";
            assertEquals(Fold.slowFold(s).replaceAll("[^a-z0-9]", ""), Fold.alnum(s), () -> "U+" + Integer.toHexString(s.charAt(1)));
        }
        for (String s : randomStrings(FOLD_ALPHABET, 6, 20000, 12)) {
            assertEquals(Fold.slowFold(s).replaceAll("[^a-z0-9]", ""), Fold.alnum(s), s);
        }
        for (String t : TEXTS) assertEquals(Fold.slowFold(t).replaceAll("[^a-z0-9]", ""), Fold.alnum(t), t);
    }

    /** The definition of {@link Words#acronym}, by the Unicode tables alone. */
    private static boolean acronymByDefinition(String s) {
        if (s.length() < 2 || s.length() > 12 || !Character.isLetter(s.charAt(0))) return false;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (!Character.isDigit(c) && c != '-' && c != '&' && !Character.isLowerCase(c)) return false;
        }
        return upper >= 2 && upper >= s.length() - 2;
    }

    @Test
    void acronymTestIsItsDefinition() {
        int acronyms = 0;
        for (String t : TEXTS) {
            for (Tok tok : Tok.tokenize(t)) {
                assertEquals(acronymByDefinition(tok.text()), Words.acronym(tok), tok.text());
                if (Words.acronym(tok)) acronyms++;
            }
        }
        assertTrue(acronyms > 10, acronyms + " acronyms");
        for (String s : randomStrings("AZaz09-&.'ÉéŒœΣσ١²Ⅱⅱǅ_", 7, 50000, 14)) {
            assertEquals(acronymByDefinition(s), Words.acronym(new Tok(s, 0, s.length(), s)), s);
        }
    }

    @Test
    void theGoverningWordIsFoundInTheLastRunsAsInTheWhole() {
        List<String> samples = new ArrayList<>();
        for (Doc d : DOCS) for (Doc.Sent s : d.sents) samples.add(s.text);
        samples.addAll(List.of("la prochaine visite officielle ", "effectuera une  nouvelle\tvisite ",
                "se rendra l'officielle \u2028", "aura  la\r\n", "x\u0085 y ", "   ", ""));
        int found = 0;
        for (String t : samples) {
            for (int p = 0; p <= t.length(); p++) {
                // the text before a trigger word ends next to a space: every such end
                if (p > 0 && p < t.length() && t.charAt(p) != ' ' && t.charAt(p - 1) != ' ') continue;
                String before = t.substring(0, p);
                String whole = Standing.governing(before);
                assertEquals(whole, Standing.governingOfLastRuns(before), before);
                if (whole != null) found++;
            }
        }
        assertTrue(found > 1000, found + " governing words");
    }

    @Test
    void theTokenScanCutsWhereThePatternCuts() {
        List<String> samples = new ArrayList<>(TEXTS);
        samples.addAll(List.of("jusqu'à lorsqu'il Qu'on QU'ils d'abord L'Alliance l' qu'1 ſ'a", "le 1er, 2e, 3ème, 4ᵉ, 5E, 6ÈME et 7ÈME",
                "1.250,5 km 12,a 3. M. Mme. J.-P. Dupont-Martin l'ONU-2021 aujourd'hui -x 'y", "e\u0301t\u00e9 \u2160 x\u00B2y",
                "\t\u000B\f\r\n\u00A0\u2009x"));
        String alphabet = "aLqQuUjsS'’-.,1è9eEmMrᵉ \t\u0301\u00B2\u2160ſKıI";
        Random r = new Random(9);
        for (int i = 0; i < 30000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(14); k >= 0; k--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            samples.add(b.toString());
        }
        for (String t : samples) {
            List<int[]> want = Tok.matchesOf(t);
            List<int[]> got = Tok.cutsOf(t);
            assertEquals(want.size(), got.size(), t);
            for (int k = 0; k < want.size(); k++) {
                assertEquals(want.get(k)[0] + "-" + want.get(k)[1], got.get(k)[0] + "-" + got.get(k)[1], t);
            }
        }
    }

    @Test
    void slugsAndKeysAreTheirPatternDefinitions() {
        List<String> samples = new ArrayList<>(TEXTS);
        samples.addAll(List.of("", "-", "--a--", " Ministère des Affaires étrangères ", "l'ASEAN-2021!", "ÉÉ"));
        for (String t : samples) {
            assertEquals(Fold.fold(t).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""), Fold.slug(t), t);
            assertEquals(Fold.fold(t).replaceAll("[^a-z0-9]", ""), Fold.alnum(t), t);
        }
    }
}
