package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.article.Page;

/**
 * The recognisers: countries, places, organisations, titles and persons, sentence by sentence.
 * Each method is one stage of the {@link Extractor}'s pipeline.
 */
final class Recognise {
    private Recognise() {}

    /** Countries by name, adjective and compound ("Japon-Vietnam"); capitals as places; "les deux pays". */
    static void countries(Doc doc, Gazetteer gaz) {
        for (Doc.Sent s : doc.sents) {
            List<Tok> toks = s.toks;
            for (int i = 0; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (i + 2 < toks.size() && t.is("les") && toks.get(i + 1).is("deux")
                        && (toks.get(i + 2).is("pays") || toks.get(i + 2).is("parties") || toks.get(i + 2).is("etats")
                        || toks.get(i + 2).is("nations"))) {
                    s.mentions.add(Mention.of(Mention.Type.BOTH, i, i + 3, null, null));
                    i += 2;
                    continue;
                }
                List<String> compound = gaz.compound(t);
                if (!compound.isEmpty()) {
                    for (String c : compound) s.mentions.add(Mention.compound(i, i + 1, c));
                    continue;
                }
                Gazetteer.Hit h = gaz.match(toks, i);
                if (h == null) continue;
                // "Maurice Dupont" is a person, not Mauritius; "Victoria Lopez" not a city
                // unless a city follows "à" and a name of two words or more follows it: "a reçu à Hanoï Kim Ji-hoon"
                if ((h.type() == Mention.Type.COUNTRY || h.type() == Mention.Type.PLACE) && h.e() < toks.size() && toks.get(h.e()).capitalised()
                        && toks.get(h.e()).word() && !Words.acronym(toks.get(h.e())) && !cityBeforeName(toks, h)
                        && !(h.type() == Mention.Type.COUNTRY && withArticle(toks, h.b()))) continue;
                s.mentions.add(Mention.of(h.type(), h.b(), h.e(), h.type() == Mention.Type.PLACE ? h.name() : h.code(), h.code()));
                i = h.e() - 1;
            }
        }
        sharedAdjectives(doc, gaz);
    }

    /**
     * "le ministre congolais" in a story set in Brazzaville serves the Republic of the Congo, in one
     * set in Kinshasa the Democratic Republic: an adjective two countries share names the one of them
     * that the story names by its name or a city (and only one), and the table's first otherwise.
     */
    private static void sharedAdjectives(Doc doc, Gazetteer gaz) {
        Set<String> named = null;
        for (Doc.Sent s : doc.sents) {
            for (int k = 0; k < s.mentions.size(); k++) {
                Mention m = s.mentions.get(k);
                if (m.type() != Mention.Type.COUNTRY_ADJ) continue;
                Set<String> sharing = gaz.sharing(s.toks.get(m.b()).key());
                if (sharing.isEmpty()) continue;
                if (named == null) named = namedCountries(doc);
                List<String> candidates = sharing.stream().filter(named::contains).toList();
                if (candidates.size() != 1 || candidates.get(0).equals(m.value())) continue;
                String c = candidates.get(0);
                s.mentions.set(k, m.naming(c, c));
            }
        }
    }

    /** The countries the story names by name or by a city of theirs. */
    private static Set<String> namedCountries(Doc doc) {
        Set<String> named = new java.util.HashSet<>();
        for (Doc.Sent s : doc.sents) {
            for (Mention m : s.mentions) {
                if (m.type() == Mention.Type.COUNTRY && m.country() != null) named.add(m.country());
                if (m.type() == Mention.Type.PLACE && m.country() != null) named.add(m.country());
            }
        }
        return named;
    }

    /**
     * "a reçu mercredi à Hanoï Kim Ji-hoon": a city after "à" with two capitalised words or more
     * after it is where the scene is, and those words the name of the person met.
     */
    /** Particles inside a person's name: see name-particles.txt, and the French "de", "du", "da", "dos". */
    private static final Set<String> NAME_PARTICLES = union(WordLists.load("name-particles"), Set.of("de", "du", "da", "dos", "la", "le"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static boolean cityBeforeName(List<Tok> toks, Gazetteer.Hit h) {
        if (h.type() != Mention.Type.PLACE || h.b() < 1 || !toks.get(h.b() - 1).text().equals("à")) return false;
        int k = h.e();
        int words = 0;
        while (k < toks.size() && toks.get(k).word() && !Words.acronym(toks.get(k))) {
            // "à Dakar Jean de La Roche": a particle inside the name counts as none of its words
            boolean particle = words > 0 && k + 1 < toks.size() && (!toks.get(k).capitalised() || toks.get(k - 1).is("de"))
                    && NAME_PARTICLES.contains(toks.get(k).key()) && toks.get(k + 1).capitalised();
            if (!particle && (!toks.get(k).capitalised() || Lexicon.NOT_NAME.contains(toks.get(k).key()))) break;
            k++;
            if (!particle) words++;
        }
        return words >= 2;
    }

    /**
     * "l'ambassadrice du Canada Julie Martin", "le ministre de la France Paul Roux": a country's name
     * after an article ("du", "des", "au", "aux", "de la", "de l'") is the country, whatever
     * capitalised name follows it, for a person's name takes no article.
     */
    private static boolean withArticle(List<Tok> toks, int b) {
        if (b < 1) return false;
        Tok prev = toks.get(b - 1);
        if (prev.is("du") || prev.is("des") || prev.is("au") || prev.is("aux")) return true;
        return b >= 2 && (prev.is("la") || prev.is("l'")) && (toks.get(b - 2).is("de") || toks.get(b - 2).is("à") || toks.get(b - 2).is("a"));
    }

    /** Auxiliaries of what was done, as written: "a", "ont", "avait", "avaient", "eu", "été". */
    private static final Set<String> DONE = Set.of("a", "ont", "avait", "avaient", "eu", "été");

    /**
     * Whether the sentence has an auxiliary of the past ("a reçu", "ont signé") or a reflexive verb in
     * the past ("s'est entretenue jeudi", "se sont rencontrés mardi"): its weekday is one gone by,
     * whatever later clause speaks ahead ("la révision prévue l'an prochain").
     */
    private static boolean tellsDone(Doc.Sent s) {
        for (int i = 0; i < s.toks.size(); i++) {
            Tok t = s.toks.get(i);
            if (DONE.contains(t.text())) return true;
            if (i > 0 && (t.is("est") || t.is("sont")) && (s.toks.get(i - 1).is("s'") || s.toks.get(i - 1).is("se"))) return true;
        }
        return false;
    }

    /** A year glued to the end of an acronym: "ICDD2021". */
    private static final java.util.regex.Pattern YEAR_AT_END = java.util.regex.Pattern.compile("\\d{4}$");

    /** Dates, with years resolved as {@link Dates} describes. */
    static void dates(Doc doc) {
        String published = doc.published();
        Set<Integer> years = new java.util.TreeSet<>();
        // a year recalled from before the story ("la visite de juin 2019") is not the story's year
        for (Doc.Sent s : doc.sents) if (s.main() && !s.retrospective()) years.addAll(s.years());
        for (Doc.Sent s : doc.sents) {
            Boolean future = null; // whether the sentence speaks ahead: asked once, when it holds a date
            for (Dates.Found f : Dates.find(s.text, s.folded())) {
                if (future == null) future = Tense.future(s);
                // a bare weekday is placed ahead only in a sentence that tells nothing done ("a eu mercredi
                // un entretien ... qui sera" speaks of the past too)
                DateValue[] v = Dates.resolve(f, published, years, f.weekdayOnly() ? future && !tellsDone(s) : future);
                int b = tokenAt(s, f.begin());
                int e = tokenAt(s, f.end() - 1) + 1;
                String lexical = v == null ? null : v[0].lexical();
                String end = v == null || v[1] == null ? null : v[1].lexical();
                String inference = v == null || v[0].inference() == null || v[0].inference().isEmpty() ? null : v[0].inference();
                s.mentions.add(Mention.date(b, e, lexical, new Mention.DateText(end, f.raw(), inference)));
            }
        }
    }

    /**
     * The first token ending after char {@code charPos}, else the last token. Tokens follow each
     * other without overlap, so their ends rise and a binary search finds the one a scan would.
     */
    static int tokenAt(Doc.Sent s, int charPos) {
        List<Tok> toks = s.toks;
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).end() > charPos) hi = mid;
            else lo = mid + 1;
        }
        return lo < toks.size() ? lo : toks.size() - 1;
    }

    /** Words a minister's list of fields is made of besides its capitalised nouns and adjectives. */
    private static final Set<String> PORTFOLIO_GLUE = WordLists.load("portfolio-glue");

    /**
     * Whether the head at {@code i} opens the second or a later field of a minister's portfolio ("ministre
     * des Affaires étrangères, de la Communauté nationale à l'étranger"): read back over the fields, made
     * of prepositions, capitalised nouns and adjectives, to a minister's title with one field at least
     * between them. A body named right after the title ("ministre de l'Union") is not passed over.
     */
    static boolean inPortfolio(List<Tok> toks, int i) {
        int k = i - 1;
        if (k >= 0 && (toks.get(k).is("la") || toks.get(k).is("l'"))) k--;
        if (k < 0 || !(toks.get(k).is("de") || toks.get(k).is("du") || toks.get(k).is("des") || toks.get(k).is("d'"))) return false;
        boolean field = false;
        for (k--; k >= 0 && k > i - 20; k--) {
            Tok t = toks.get(k);
            String key = t.key();
            if (key.equals("ministre") || key.equals("vice-ministre")) return field;
            if (t.word() && t.capitalised()) field = true;
            else if (!PORTFOLIO_GLUE.contains(key) && !Words.adjectiveLike(t)) return false;
        }
        return false;
    }

    /** Organisations by head and complement; acronyms in brackets, and acronyms used alone later. */
    static void orgs(Doc doc, Gazetteer gaz) {
        for (Doc.Sent s : doc.sents) {
            if (s.kind == Page.Kind.TEASER || s.kind == Page.Kind.BOILERPLATE) continue;
            List<Tok> toks = s.toks;
            for (int i = 0; i < toks.size(); i++) {
                if (s.at(i, Mention.Type.ORG) != null) continue;
                if (Orgs.head(toks, i) == 0) continue;
                // "la Fédération de Russie", "la République de Corée": a country's name, not a body
                if (s.at(i, Mention.Type.COUNTRY) != null) continue;
                // "au Palais des Congrès", "à la salle du Conseil": a building, not the body
                if (Orgs.inBuildingName(toks, i)) continue;
                // "le chef d'état-major de l'Armée de terre": a rank's title, whose staff is no body the
                // text names; the army after it is read on its own
                if (i >= 2 && toks.get(i).is("etat-major") && toks.get(i - 1).is("d'") && toks.get(i - 2).key().endsWith("chef")) continue;
                // "le ministre des Affaires étrangères, de la Communauté nationale à l'étranger et ...":
                // a later field of a minister's portfolio names his remit, not a body
                if (inPortfolio(toks, i)) continue;
                Orgs.Read r = Orgs.read(s, i, gaz);
                if (r == null) continue;
                String headKey = toks.get(i).key();
                String written = s.text(r.b(), r.nameEnd());
                // news agencies and papers report the story; they are no actors of it (FORMAT.md);
                // "membre du Comité permanent du PXY": an organ of a party named by its acronym is the party's
                if (Orgs.newsOutlet(headKey, written) || partyOrgan(doc, s, r)) {
                    i = r.e() - 1;
                    continue;
                }
                String country = r.countryAdj() != null ? r.countryAdj() : r.country();
                String name = canonicalName(s, r, written);
                String kind = Orgs.kind(headKey, written, country, doc.bodies);
                Doc.OrgInfo innermost = r.inner() >= 0 ? innermost(doc, s, r, gaz) : null;
                // "le Comité des Relations extérieures de la Chambre des députés de X": the committee
                // belongs to the chamber, its country and kind
                if (innermost != null && kind.equals("other") && !innermost.kind.equals("company")) kind = innermost.kind;
                if (country == null && innermost != null) country = innermost.country;
                Doc.OrgInfo org = register(doc, s, name, r.acronym(), country, kind, r.b(), r.e(), Rule.ORG_HEAD);
                org.named = true;
                s.mentions.add(Mention.of(Mention.Type.ORG, r.b(), r.e(), org.key, org.country));
            }
            // "la China Harbour Engineering Company": an English name ends in the word that says what the body is
            for (int h = 1; h < toks.size(); h++) {
                if (!toks.get(h).capitalised() || !ENGLISH_HEADS.contains(toks.get(h).key()) || s.at(h, Mention.Type.ORG) != null) continue;
                int b = englishNameStart(s, h);
                if (b < 0) continue;
                int e = h + 1;
                // "Export-Import Bank of India"
                if (e + 1 < toks.size() && toks.get(e).is("of") && toks.get(e + 1).capitalised() && toks.get(e + 1).word()) e += 2;
                // "l'Exim Bank" after "Export-Import Bank of India (Exim Bank)": the short form given before
                String known = doc.acronyms.get(s.text(b, e));
                if (known != null && doc.orgs.containsKey(known)) {
                    s.mentions.add(Mention.of(Mention.Type.ORG, b, e, known, doc.orgs.get(known).country));
                    h = e - 1;
                    continue;
                }
                String acronym = null;
                int end = e;
                // "(KOGAS)", "(Exim Bank)": an acronym, or a short form of capitalised words, in brackets
                int close = e + 1;
                while (close < toks.size() && close < e + 4 && toks.get(close).word() && toks.get(close).capitalised()) close++;
                if (e < toks.size() && toks.get(e).is("(") && close > e + 1 && close < toks.size() && toks.get(close).is(")")) {
                    acronym = s.text(e + 1, close);
                    end = close + 1;
                }
                named(doc, s, b, e, end, toks.get(h).key(), acronym, Rule.ORG_ENGLISH);
                h = end - 1;
            }
            // "les Chemins de fer fédéraux suisses (CFF)": a name no head reads, which an acronym of its
            // initials after it marks as a body's
            for (int p = 2; p + 2 < toks.size(); p++) {
                if (!toks.get(p).is("(") || !Words.acronym(toks.get(p + 1)) || !toks.get(p + 2).is(")")
                        || s.at(p - 1, Mention.Type.ORG) != null || s.at(p + 1, Mention.Type.ORG) != null) continue;
                int b = initialsStart(s, p, Fold.fold(toks.get(p + 1).text()).toUpperCase(java.util.Locale.ROOT));
                if (b < 0) continue;
                named(doc, s, b, p, p + 3, toks.get(b).key(), toks.get(p + 1).text(), Rule.ORG_INITIALS);
                p += 2;
            }
            // acronyms standing alone: ones this article defined, then international bodies of the
            // reference table (an acronym it gives to two bodies is left alone)
            for (int i = 0; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (s.at(i, Mention.Type.ORG) != null) continue;
                // "Yangon, 3 mars (MNA) –": the agency of a dateline, not a body of the story
                if (datelineAgency(toks, i)) continue;
                InternationalBodies.Body body = doc.bodies.byAcronym(t);
                if (!Words.acronym(t) && body == null) continue;
                String key = doc.acronyms.get(t.text());
                if (key == null && body != null) {
                    Doc.OrgInfo org = register(doc, s, body.name(), t.text(), null, "international", i, i + 1, Rule.ORG_ACRONYM);
                    org.named = true;
                    key = org.key;
                }
                if (key == null) {
                    // "l'ICDD2021": an acronym glued to a year
                    String stem = YEAR_AT_END.matcher(t.text()).replaceAll("");
                    key = doc.acronyms.get(stem);
                }
                if (key != null) s.mentions.add(Mention.of(Mention.Type.ORG, i, i + 1, key, doc.orgs.get(key).country));
            }
            // bodies of a state named by one proper name ("à la Primature", "le président du Sénat")
            for (int i = 0; i < toks.size(); i++) {
                if (s.at(i, Mention.Type.ORG) != null || !toks.get(i).capitalised()) continue;
                int e = stateBodyEnd(toks, i);
                if (e < 0 || e < toks.size() && toks.get(e).word() && toks.get(e).capitalised()) continue;
                String name = s.text(i, e);
                Doc.OrgInfo org = register(doc, s, name, null, null, STATE_BODY_NAMES.get(Fold.fold(name)), i, e, Rule.ORG_STATE_BODY);
                org.named = true;
                s.mentions.add(Mention.of(Mention.Type.ORG, i, e, org.key, org.country));
                i = e - 1;
            }
            // international bodies named in full without a head the rules above read ("la Coopération
            // économique Asie-Pacifique", "le Mouvement des non-alignés"): the reference table's names
            for (int i = 0; i < toks.size(); i++) {
                if (s.at(i, Mention.Type.ORG) != null) continue;
                int e = doc.bodies.nameEnd(s, i, k -> s.at(k, Mention.Type.ORG) != null);
                if (e < 0 || inInstrumentTitle(toks, i) || Orgs.inBuildingName(toks, i)) continue;
                Doc.OrgInfo org = register(doc, s, s.text(i, e), null, null, "international", i, e, Rule.ORG_TABLE_NAME);
                org.named = true;
                s.mentions.add(Mention.of(Mention.Type.ORG, i, e, org.key, null));
                i = e - 1;
            }
        }
        // after every body is read, so that a territory can tell whether a body of its own is named
        for (Doc.Sent s : doc.sents) {
            if (s.kind != Page.Kind.TEASER && s.kind != Page.Kind.BOILERPLATE) territories(doc, s);
        }
        for (Doc.Sent s : doc.sents) {
            if (s.kind != Page.Kind.TEASER && s.kind != Page.Kind.BOILERPLATE) firms(doc, s);
        }
        mergeAcronymForms(doc);
    }

    /**
     * "la Commission d'inspection du Comité central du PCV" and "... du Parti communiste du Vietnam":
     * a body named once through the acronym of the body it belongs to and once through that body's
     * full name is one body, kept under its full name; so is a body named by the first words of
     * another's name, of the same country or of none. The mentions of the short form point to it.
     */
    private static void mergeAcronymForms(Doc doc) {
        Map<String, String> into = new java.util.HashMap<>();
        for (Doc.OrgInfo o : doc.orgs.values()) {
            List<Tok> words = Tok.tokenize(o.name);
            if (words.size() < 3) continue;
            Tok last = words.get(words.size() - 1);
            String fullKey = Words.acronym(last) ? doc.acronyms.get(last.text()) : null;
            Doc.OrgInfo full = fullKey == null ? null : doc.orgs.get(fullKey);
            if (full == null || full == o) continue;
            String expanded = o.name.substring(0, last.begin()) + full.name;
            for (Doc.OrgInfo other : doc.orgs.values()) {
                if (other != o && doc.slug(other.name).equals(doc.slug(expanded))
                        && (other.country == null || o.country == null || other.country.equals(o.country))) {
                    into.put(o.key, other.key);
                    break;
                }
            }
        }
        // "la Commission mixte" beside "la Commission mixte Vietnam-Inde sur ...", "l'Armée de terre" beside
        // "l'Armée de terre indienne": a generic head named in full elsewhere is that body (FORMAT.md)
        for (Doc.OrgInfo o : doc.orgs.values()) {
            if (into.containsKey(o.key)) continue;
            String prefix = Fold.fold(o.name) + " ";
            // "le Comité populaire provincial" is the "Comité populaire de la province de X" the story names
            String provincial = prefix.endsWith(" provincial ") ? prefix.replace(" provincial ", " de la province ") : null;
            for (Doc.OrgInfo other : doc.orgs.values()) {
                String longer = Fold.fold(other.name);
                if (other == o || into.containsKey(other.key) || !(o.country == null || o.country.equals(other.country))) continue;
                if (provincial != null && longer.startsWith(provincial)) {
                    into.put(o.key, other.key);
                    break;
                }
                if (!longer.startsWith(prefix)) continue;
                // the longer name goes on with an adjective or a name ("indienne", "Vietnam-Inde") or the
                // state's name ("de la République de X"); "et de la Coopération" joins another portfolio,
                // "du pouvoir populaire" a complement that makes another body
                String next = longer.substring(prefix.length());
                if (!next.startsWith("de la republique") && (next.startsWith("et ") || next.startsWith(",")
                        || next.startsWith("de ") || next.startsWith("du ") || next.startsWith("des ") || next.startsWith("d'"))) continue;
                into.put(o.key, other.key);
                break;
            }
        }
        if (into.isEmpty()) return;
        // "l'Armée" into "l'Armée de terre" into "l'Armée de terre indienne": each short form into the last
        for (Map.Entry<String, String> e : into.entrySet()) {
            String last = e.getValue();
            for (int hops = 0; into.containsKey(last) && hops < 8; hops++) last = into.get(last);
            e.setValue(last);
        }
        into.values().removeIf(into::containsKey);
        for (Map.Entry<String, String> e : into.entrySet()) {
            Doc.OrgInfo kept = doc.orgs.get(e.getValue());
            Doc.OrgInfo gone = doc.orgs.remove(e.getKey());
            kept.inMain |= gone.inMain;
            if (gone.confidence > kept.confidence) {
                kept.confidence = gone.confidence;
                kept.evidence = gone.evidence;
            }
        }
        doc.acronyms.replaceAll((acronym, key) -> into.getOrDefault(key, key));
        for (Doc.Sent s : doc.sents) {
            for (int k = 0; k < s.mentions.size(); k++) {
                Mention m = s.mentions.get(k);
                if (m.type() == Mention.Type.ORG && into.containsKey(m.value())) s.mentions.set(k, m.naming(into.get(m.value()), m.country()));
            }
        }
    }

    /**
     * Registers the body named by the words {@code b} to {@code nameEnd} (its mention running to
     * {@code end}, past an acronym in brackets), of the country a name or adjective among those
     * words gives and of the kind its {@code headKey} and words give.
     */
    private static void named(Doc doc, Doc.Sent s, int b, int nameEnd, int end, String headKey, String acronym, Rule rule) {
        String country = null;
        for (int k = b; k < nameEnd && country == null; k++) {
            Mention c = s.at(k, Mention.Type.COUNTRY_ADJ);
            if (c == null) c = s.at(k, Mention.Type.COUNTRY);
            if (c != null) country = c.value();
        }
        String written = s.text(b, nameEnd);
        Doc.OrgInfo org = register(doc, s, written, acronym, country, Orgs.kind(headKey, written, country, doc.bodies), b, end, rule);
        org.named = true;
        s.mentions.add(Mention.of(Mention.Type.ORG, b, end, org.key, org.country));
    }

    /** Last words of English names of firms and public bodies: see english-heads.txt. */
    private static final Set<String> ENGLISH_HEADS = WordLists.load("english-heads");

    /**
     * The start of the English name that ends in the head at {@code h} ("China Harbour Engineering
     * Company", "Export-Import Bank"), or -1: the capitalised words before it, joined by "and" or
     * "of", back to an article, a preposition or the start; one word at least besides the head,
     * and no person's name, country's name alone or body already read among them.
     */
    private static int englishNameStart(Doc.Sent s, int h) {
        List<Tok> toks = s.toks;
        int b = h;
        while (b - 1 >= 0) {
            Tok t = toks.get(b - 1);
            boolean joining = (t.is("and") || t.is("of") || t.is("&")) && b - 2 >= 0 && toks.get(b - 2).capitalised();
            if (!joining && (!t.word() || !t.capitalised() || BEFORE_NAME.contains(t.key()) || Words.acronym(t))) break;
            if (s.at(b - 1, Mention.Type.PERSON) != null || s.at(b - 1, Mention.Type.ORG) != null) return -1;
            b--;
        }
        return b < h ? b : -1;
    }

    /** Nouns of plans, projects and places named and shortened like bodies: see plan-nouns.txt. */
    private static final Set<String> PLAN_NOUNS = WordLists.load("plan-nouns");
    /** Articles and prepositions before a body's name. */
    private static final Set<String> BEFORE_NAME = WordLists.load("before-name");

    /** Words that join the words of a name and give it no initial of their own. */
    private static final Set<String> JOINING = WordLists.load("name-joining");

    /**
     * The start of the name whose initials the acronym {@code acronym} (folded, upper case) in
     * brackets at {@code p} spells, or -1: the nearest capitalised word before the bracket, after
     * an article, a preposition or the sentence's start, whose initial is the acronym's first
     * letter and from which the initials of the words up to the bracket hold the acronym's letters
     * in order ("Comités de défense de la Révolution (CDR)", "Électricité du Laos (EDL)"). The name
     * has two words at least besides its joining ones, twelve at most, and no person, acronym or
     * punctuation inside.
     */
    private static int initialsStart(Doc.Sent s, int p, String acronym) {
        List<Tok> toks = s.toks;
        if (acronym.length() < 2) return -1;
        for (int b = p - 1; b >= 0 && b >= p - 12; b--) {
            Tok t = toks.get(b);
            if (!t.word() || Words.acronym(t) || s.at(b, Mention.Type.PERSON) != null || s.at(b, Mention.Type.ORG) != null) return -1;
            if (!t.capitalised() || Character.toUpperCase(Fold.fold(t.text()).charAt(0)) != acronym.charAt(0)) continue;
            if (b > 0 && toks.get(b - 1).word() && toks.get(b - 1).capitalised() && !BEFORE_NAME.contains(toks.get(b - 1).key())) continue;
            // "du champ gazier Grand Tortue (GT)": a name that a noun describes, not an article or a
            // preposition, is a place's or a project's; so is one a noun of PLAN_NOUNS opens
            if (b > 0 && toks.get(b - 1).word() && !BEFORE_NAME.contains(toks.get(b - 1).key())
                    || PLAN_NOUNS.contains(t.key())) return -1;
            int words = 0;
            int a = 0;
            for (int k = b; k < p; k++) {
                String key = toks.get(k).key();
                if (!JOINING.contains(key)) words++;
                if (a < acronym.length() && Character.toUpperCase(Fold.fold(toks.get(k).text()).charAt(0)) == acronym.charAt(a)) a++;
            }
            return a == acronym.length() && words >= 2 ? b : -1;
        }
        return -1;
    }

    /** Bodies of a state named by a proper name of their own, and their kinds: see state-body-names.txt. */
    private static final java.util.Map<String, String> STATE_BODY_NAMES = WordLists.table("state-body-names");

    /** The first word of each name of {@link #STATE_BODY_NAMES}: a name's key starts with its first token's key. */
    private static final Set<String> STATE_BODY_FIRST_WORDS = STATE_BODY_NAMES.keySet().stream()
            .map(k -> k.split(" ", 2)[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The end of the name of {@link #STATE_BODY_NAMES} that starts at {@code i}, or -1. */
    private static int stateBodyEnd(List<Tok> toks, int i) {
        // most capitalised words start no name: no keys built for them (a key without a space is
        // its name's first word whole, so the set answers for it)
        String first = toks.get(i).key();
        if (first.indexOf(' ') < 0 && !STATE_BODY_FIRST_WORDS.contains(first)) return -1;
        for (int len = 3; len >= 1; len--) {
            if (i + len > toks.size()) continue;
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++) b.append(k > i ? " " : "").append(toks.get(k).key());
            if (STATE_BODY_NAMES.containsKey(b.toString())) return i + len;
        }
        return -1;
    }

    /** Nouns of the territories a state divides into, whose authorities act in a story: see local-bodies.txt. */
    private static final Set<String> LOCAL_NOUNS = WordLists.load("local-bodies");
    /** Words of those who govern or speak for a territory: "les autorités de la province de X". */
    private static final Set<String> LOCAL_ACTORS = Set.of("autorites", "gouverneur", "gouverneure", "gouvernement",
            "delegation", "dirigeants", "responsables", "administration", "executif");
    /** Nouns of a trip: "une visite de travail dans la province de X". */
    private static final Set<String> TRIP_NOUNS = Set.of("visite", "deplacement", "tournee", "sejour");

    /**
     * A province, region or department named as an actor of the story is a local body (FORMAT.md's
     * kind {@code local}), as a French reader takes it: its authorities, governor or delegation
     * ("les autorités de la province de X", "le gouverneur de la province de X"), the subject opening
     * the sentence ("La province de X a signé ..."), another one joined to such a body ("et du
     * département de Y"), or the place of a trip made ("une visite de travail dans la province de X");
     * a province where something merely lies or is to be built is a place, not an actor, and one
     * inside a body's name ("le Comité populaire de la province de X") belongs to that name.
     */
    static void territories(Doc doc, Doc.Sent s) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        for (int i = 1; i + 2 < n; i++) {
            if (!LOCAL_NOUNS.contains(toks.get(i).key()) || toks.get(i).capitalised() || s.at(i, Mention.Type.ORG) != null) continue;
            // "la province laotienne de X": a territory given the nationality of its state
            Mention nationality = s.at(i + 1, Mention.Type.COUNTRY_ADJ);
            int prep = nationality != null && nationality.b() == i + 1 ? nationality.e() : i + 1;
            if (prep + 1 >= n || !(toks.get(prep).is("de") || toks.get(prep).is("du") || toks.get(prep).is("d'"))) continue;
            int k = Orgs.skipPrep(toks, prep);
            if (k >= n || !toks.get(k).word() || !toks.get(k).capitalised() || Words.acronym(toks.get(k))
                    || s.at(k, Mention.Type.COUNTRY) != null || s.at(k, Mention.Type.ORG) != null || Orgs.head(toks, k) > 0) continue;
            int e = k + 1;
            while (e < n && e - k < 4 && toks.get(e).word() && toks.get(e).capitalised() && !Words.acronym(toks.get(e))
                    && s.at(e, Mention.Type.COUNTRY) == null && s.at(e, Mention.Type.PERSON) == null) e++;
            // a territory the text gives a nationality is one side of the story's two states, and so an
            // actor of it; its name is written without the adjective ("province de X"), as its own is
            boolean national = prep > i + 1;
            if (!national && !actorTerritory(s, i)) continue;
            String name = national ? s.text(i, i + 1) + " " + s.text(prep, e) : s.text(i, e);
            // "La province de X renforce ..." over a story of "le Comité populaire de la province de X":
            // the subject stands for the body the story names
            if (i == 1 && bodyOfTerritory(doc, Fold.fold(name))) continue;
            // "une délégation du gouvernement de la région autonome du X" before "la province chinoise
            // du X": the body that governs the territory already stands for it
            if (national && governed(doc, Fold.fold(s.text(k, e)))) continue;
            Doc.OrgInfo org = register(doc, s, name, null, national ? nationality.value() : null, "local", i, e,
                    national ? Rule.ORG_TERRITORY_NATIONAL : Rule.ORG_TERRITORY);
            org.named = true;
            s.mentions.add(Mention.of(Mention.Type.ORG, i, e, org.key, org.country));
            i = e - 1;
        }
    }

    /** Nouns of businesses: see firm-nouns.txt. */
    private static final Set<String> FIRM_NOUNS = WordLists.load("firm-nouns");
    /** Words that open a list of businesses' names: see firm-list-openers.txt. */
    private static final List<List<String>> FIRM_LIST_OPENERS = WordLists.load("firm-list-openers").stream()
            .map(w -> List.of(w.split(" "))).toList();

    /**
     * Firms French names by their own name alone, which only what stands around the name tells
     * apart: the name follows a noun of businesses, as a member of a list the noun opens ("des
     * groupes thaïlandais, dont X", "150 entreprises actives en Indonésie, parmi lesquelles X et
     * Y"), in apposition to it ("une entreprise turque, X,") or right after it and its nationality
     * ("le groupe tchèque X"). Such a name is a company, of the country the noun's nationality gives.
     */
    static void firms(Doc doc, Doc.Sent s) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        for (int i = 0; i + 2 < n; i++) {
            if (!FIRM_NOUNS.contains(toks.get(i).key()) || toks.get(i).capitalised() || s.at(i, Mention.Type.ORG) != null) continue;
            boolean plural = toks.get(i).key().endsWith("s");
            int j = i + 1;
            String country = null;
            Mention adj = s.at(j, Mention.Type.COUNTRY_ADJ);
            if (adj != null && adj.b() == j) {
                country = adj.value();
                j = adj.e();
            }
            if (plural) {
                // the noun's own words up to the comma before the list: "actives en Indonésie"
                int k = j;
                while (k < n && k < j + 6 && !toks.get(k).is(",") && !toks.get(k).is(".")) k++;
                if (k + 1 >= n || !toks.get(k).is(",")) continue;
                int at = opener(toks, k + 1);
                if (at < 0) continue;
                // "dont ceux de X": the pronoun before the names
                if (at + 1 < n && (toks.get(at).is("ceux") || toks.get(at).is("celles")) && (toks.get(at + 1).is("de") || toks.get(at + 1).is("d'"))) at += 2;
                for (int b = at; b < n; ) {
                    int e = firmName(s, b);
                    if (e <= b) break;
                    firm(doc, s, b, e, country);
                    if (e + 1 < n && (toks.get(e).is(",") || toks.get(e).is("et")) && firmName(s, e + 1) > e + 1) b = e + 1;
                    else break;
                }
            } else if (j < n) {
                // "une entreprise turque, X,": apposition closed by a comma or the sentence's end;
                // "le groupe tchèque X": the name right after the noun and its nationality
                if (country == null) continue;
                boolean apposition = toks.get(j).is(",");
                int b = apposition ? j + 1 : j;
                if (b >= n) continue;
                int e = firmName(s, b);
                if (e <= b || apposition && e < n && !(toks.get(e).is(",") || toks.get(e).is(".") || !toks.get(e).word() && !toks.get(e).is("("))) continue;
                firm(doc, s, b, e, country);
            }
        }
    }

    /** The token after the opener of a list of names at {@code k} ("dont", "parmi lesquelles"), or -1. */
    private static int opener(List<Tok> toks, int k) {
        for (List<String> o : FIRM_LIST_OPENERS) {
            boolean ok = k + o.size() <= toks.size();
            for (int m = 0; ok && m < o.size(); m++) ok = toks.get(k + m).key().equals(Fold.fold(o.get(m)));
            if (ok) return k + o.size();
        }
        return -1;
    }

    /**
     * The end of a firm's own name from {@code b}: capitalised words (an all-capital one too, "SCG")
     * joined by "&" ("Larsen & Toubro"), none of them a country, place, person or body already read;
     * {@code b} when none starts there.
     */
    private static int firmName(Doc.Sent s, int b) {
        List<Tok> toks = s.toks;
        int n = toks.size();
        int e = b;
        while (e < n && e < b + 4) {
            Tok t = toks.get(e);
            if (e > b && t.text().equals("&") && e + 1 < n && toks.get(e + 1).capitalised()) {
                e++;
                continue;
            }
            if (!t.word() || !t.capitalised() || Words.stop(t) || Lexicon.NOT_NAME.contains(t.key())
                    || s.at(e, Mention.Type.COUNTRY) != null
                    // "Thai Binh": a capitalised nationality before another capitalised word is part of a name
                    || s.at(e, Mention.Type.COUNTRY_ADJ) != null && !(e + 1 < n && toks.get(e + 1).word() && toks.get(e + 1).capitalised())
                    || s.at(e, Mention.Type.PLACE) != null || s.at(e, Mention.Type.ORG) != null || Orgs.head(toks, e) > 0) break;
            e++;
        }
        return e;
    }

    private static void firm(Doc doc, Doc.Sent s, int b, int e, String country) {
        Doc.OrgInfo org = register(doc, s, s.text(b, e), null, country, "company", b, e, Rule.ORG_FIRM);
        org.named = true;
        s.mentions.add(Mention.of(Mention.Type.ORG, b, e, org.key, org.country));
    }

    /** Heads of the bodies that govern a territory as a whole ("gouvernement de la région de X"). */
    private static final List<String> GOVERNING = List.of("gouvernement d", "comite populaire d");

    /** Whether the story names a body governing the territory whose own name is {@code place}, folded. */
    private static boolean governed(Doc doc, String place) {
        for (Doc.Sent s : doc.sents) {
            String folded = Fold.fold(s.text);
            for (int at = folded.indexOf(place); at >= 0; at = folded.indexOf(place, at + 1)) {
                String before = folded.substring(Math.max(0, at - 60), at);
                for (String g : GOVERNING) {
                    int k = before.lastIndexOf(g);
                    // "du gouvernement de la région autonome Zhuang du X": no clause between
                    if (k >= 0 && before.indexOf(',', k) < 0 && before.indexOf('.', k) < 0) return true;
                }
            }
        }
        return false;
    }

    /** Whether the story names a body of the territory {@code folded} ("Comité populaire de la province de X"). */
    private static boolean bodyOfTerritory(Doc doc, String folded) {
        for (Doc.Sent s : doc.sents) {
            for (Mention m : s.mentions) {
                if (m.type() != Mention.Type.ORG) continue;
                String name = Fold.fold(s.text(m.b(), m.e()));
                if (name.contains(folded) && !name.startsWith(folded)) return true;
            }
        }
        return false;
    }

    /** Whether the territory noun at {@code i} names an actor: see {@link #territories}. */
    private static boolean actorTerritory(Doc.Sent s, int i) {
        List<Tok> toks = s.toks;
        int p = i - 1;
        Tok det = toks.get(p);
        boolean article = det.is("la") || det.is("le") || det.is("l'");
        // "La province de X a accueilli ...": the sentence's subject
        if (p == 0 && article) return true;
        // "les autorités de la province de X", "le gouverneur de la région de X"
        int q = article ? p - 1 : p;
        if (q >= 1 && (toks.get(q).is("de") || toks.get(q).is("du") && !article) && LOCAL_ACTORS.contains(toks.get(q - 1).key())) return true;
        // "... de la province de X et du département de Y": joined to a territory read as an actor
        Mention before = (det.is("du") || det.is("de")) && p >= 2 && toks.get(p - 1).is("et") ? s.at(p - 2, Mention.Type.ORG) : null;
        if (before != null && LOCAL_NOUNS.contains(toks.get(before.b()).key())) return true;
        // "une visite de travail dans la province de X": the place of a trip made, not one ahead
        if (article && p >= 1 && toks.get(p - 1).is("dans") && !Tense.future(s)) {
            for (int k = 0; k < p - 1; k++) if (TRIP_NOUNS.contains(toks.get(k).key())) return true;
        }
        return false;
    }

    /** Nouns of instruments whose complement is part of their title: see instrument-titles.txt. */
    private static final Set<String> INSTRUMENT_TITLES = WordLists.load("instrument-titles");

    /**
     * Whether the name at {@code b} completes the title of an instrument ("la Convention des Nations
     * unies sur le droit de la mer", "la Charte de l'Union africaine"): the instrument is named,
     * not the body as an actor of the story.
     */
    private static boolean inInstrumentTitle(List<Tok> toks, int b) {
        int k = b - 1;
        if (k >= 0 && (toks.get(k).is("la") || toks.get(k).is("l'"))) k--;
        if (k < 1 || !(toks.get(k).is("de") || toks.get(k).is("des") || toks.get(k).is("du") || toks.get(k).is("d'"))) return false;
        return INSTRUMENT_TITLES.contains(toks.get(k - 1).key());
    }

    /**
     * The body at the end of a chain of names ("du Comité central du Parti communiste chinois"): the
     * one the others belong to, registered as an organisation of its own unless it is a generic organ
     * ("Comité central du PCV"), whose body is named by its complement.
     */
    private static Doc.OrgInfo innermost(Doc doc, Doc.Sent s, Orgs.Read r, Gazetteer gaz) {
        Orgs.Read in = r;
        for (int depth = 0; in.inner() >= 0 && depth < 6; depth++) {
            Orgs.Read next = Orgs.read(s, in.inner(), gaz);
            if (next == null) break;
            in = next;
        }
        if (in == r) return null;
        String headKey = s.toks.get(in.b()).key();
        String written = s.text(in.b(), in.nameEnd());
        String country = in.countryAdj() != null ? in.countryAdj() : in.country();
        String kind = Orgs.kind(headKey, written, country, doc.bodies);
        if (Orgs.genericOrgan(s, in.b(), Math.min(Orgs.organEnd(s, in.b()), in.nameEnd())) || localBranch(s, in)) {
            Doc.OrgInfo generic = new Doc.OrgInfo();
            generic.kind = kind;
            generic.country = country != null ? country : in.acronym() == null ? null : acronymCountry(doc, s, in);
            return generic;
        }
        Doc.OrgInfo org = register(doc, s, canonicalName(s, in, written), in.acronym(), country, kind, in.b(), in.e(), Rule.ORG_INNER);
        org.named = true;
        return org;
    }

    /** Nouns of territories a party's branch serves: see territory-nouns.txt. */
    private static final Set<String> TERRITORY_NOUNS = WordLists.load("territory-nouns");

    /**
     * "du Comité provincial du Parti de la province de X", "du Parti de X" after a provincial
     * committee: "Parti" with a place and no adjective of its own names the party's branch there,
     * which is the committee's body, not an organisation of its own.
     */
    private static boolean localBranch(Doc.Sent s, Orgs.Read in) {
        List<Tok> toks = s.toks;
        int h = in.b();
        if (!toks.get(h).is("parti") || h + 1 >= in.nameEnd() || !(toks.get(h + 1).is("de") || toks.get(h + 1).is("d'"))) return false;
        int k = Orgs.skipPrep(toks, h + 1);
        if (k < toks.size() && TERRITORY_NOUNS.contains(toks.get(k).key())) return true;
        // "Comité provincial du Parti de X": the committee before says which territory the place is
        for (int j = Math.max(0, h - 4); j < h; j++) {
            String w = toks.get(j).key();
            if (w.equals("provincial") || w.equals("municipal") || w.equals("district")) return k < toks.size() && toks.get(k).capitalised();
        }
        return false;
    }

    /**
     * Whether the name read is a permanent or generic organ ("Comité permanent", "Bureau politique")
     * of a party the article named by its acronym ("du PXY"): part of the party, as a bare generic
     * organ is (FORMAT.md, "Annotation rules in detail").
     */
    private static boolean partyOrgan(Doc doc, Doc.Sent s, Orgs.Read r) {
        int organ = Orgs.organEnd(s, r.b());
        if (!Orgs.genericOrgan(s, r.b(), organ) && !Fold.fold(s.text(r.b(), organ)).equals("comite permanent")) return false;
        if (r.nameEnd() - organ != 2 || !(s.toks.get(organ).is("du") || s.toks.get(organ).is("de"))) return false;
        String key = doc.acronyms.get(s.toks.get(organ + 1).text());
        Doc.OrgInfo party = key == null ? null : doc.orgs.get(key);
        return party != null && party.kind.equals("party");
    }

    /** Whether the acronym at {@code i} is a dateline's agency: "(MNA) –", "(ACP).-" near the start. */
    private static boolean datelineAgency(List<Tok> toks, int i) {
        if (i == 0 || i > 12 || !toks.get(i - 1).is("(") || i + 2 >= toks.size() || !toks.get(i + 1).is(")")) return false;
        int k = i + 2;
        if (toks.get(k).is(".") && k + 1 < toks.size()) k++;
        String d = toks.get(k).text();
        return d.startsWith("-") || d.startsWith("–") || d.startsWith("—");
    }

    /** The country of the body a generic organ's acronym complement names ("du PCV"), when known. */
    private static String acronymCountry(Doc doc, Doc.Sent s, Orgs.Read in) {
        String key = doc.acronyms.get(in.acronym());
        return key == null || doc.orgs.get(key) == null ? null : doc.orgs.get(key).country;
    }

    /** A word of a firm's own name: capitalised, or the "and" and "of" of an English one ("China Road and Bridge"). */
    private static boolean ofOwnName(Tok t) {
        return t.word() && t.capitalised() || t.is("and") || t.is("of");
    }

    private static String canonicalName(Doc.Sent s, Orgs.Read r, String written) {
        // Drop a leading determiner and, for state bodies, the nationality adjective: the country is
        // a property of its own, and "ministère laotien des X" is the "ministère des X" of Laos.
        StringBuilder b = new StringBuilder();
        String headKey = s.toks.get(r.b()).key();
        boolean state = Set.of("ministere", "bureau", "cabinet", "departement", "gouvernement", "ambassade", "consulat",
                "assemblee", "chambre", "senat", "parlement", "prefecture", "province").contains(headKey);
        // "le Groupe vietnamien Sontel" is the "Groupe Sontel" of Vietnam: the nationality before a
        // business's own name is no part of it
        int own = r.b() + 1;
        while (own < r.nameEnd() && s.at(own, Mention.Type.COUNTRY_ADJ) != null) own++;
        boolean business = Orgs.BUSINESS_HEADS.contains(headKey) && own > r.b() + 1 && own < r.nameEnd()
                && s.toks.subList(own, r.nameEnd()).stream().allMatch(Recognise::ofOwnName);
        // "le groupe Sonatrach", "la compagnie nationale Uzbekneftegaz": a business head written in lower
        // case, with the adjectives that describe the firm, is the text's description of it, and the
        // capitalised words after them are its name; so too with a nationality ("le groupe vietnamien
        // Viettel", "l'agence luxembourgeoise LuxDev"), which is the body's country, not a word of its name
        if ((Orgs.BUSINESS_HEADS.contains(headKey) || headKey.equals("agence")) && !s.toks.get(r.b()).capitalised()) {
            int start = r.b() + 1;
            while (start < r.nameEnd() && !s.toks.get(start).capitalised() && Words.adjectiveLike(s.toks.get(start))
                    || start < r.nameEnd() && s.at(start, Mention.Type.COUNTRY_ADJ) != null) start++;
            if (start > r.b() && start < r.nameEnd()
                    && s.toks.subList(start, r.nameEnd()).stream().allMatch(Recognise::ofOwnName)) {
                return Words.capitaliseFirst(s.text(start, r.nameEnd()));
            }
        }
        for (int k = r.b(); k < r.nameEnd(); k++) {
            Tok t = s.toks.get(k);
            if ((state || business) && s.at(k, Mention.Type.COUNTRY_ADJ) != null && k <= r.b() + 3) continue;
            if (b.length() > 0 && !(t.is(",") || t.is(")")) && !s.toks.get(k - 1).text().endsWith("'")
                    && !s.toks.get(k - 1).is("(")) b.append(' ');
            b.append(t.text());
        }
        return Words.capitaliseFirst(b.toString());
    }

    /** Portfolios the press writes by their initials: "ministère des AE" is the "ministère des Affaires étrangères". */
    private static final java.util.regex.Pattern PORTFOLIO_INITIALS = java.util.regex.Pattern.compile("\\b(des|aux) AE\\b");

    /**
     * The organisation of the article by this name (or acronym), made when new; {@code rule} is the
     * rule that found it, kept by the mention that makes it or that becomes its evidence.
     */
    static Doc.OrgInfo register(Doc doc, Doc.Sent s, String name, String acronym, String country, String kind, int b, int e,
                                Rule rule) {
        // every match holds " AE": most names have none, and are not searched
        if (name.contains(" AE")) name = PORTFOLIO_INITIALS.matcher(name).replaceAll("$1 Affaires étrangères");
        // a body of the table of international organisations, under any of its French names, is
        // that body: kind international, no country, and its key is its IRI's whatever name the
        // text gives it ("les Nations unies" and "l'ONU" are one node); the name stays as written
        InternationalBodies.Body body = doc.bodies.named(name);
        if (body != null) {
            kind = "international";
            country = null;
        }
        String scope = kind.equals("international") ? "int" : country == null ? "xx" : country.toLowerCase(java.util.Locale.ROOT);
        String key = scope + "/" + (body != null ? body.slug() : Fold.slug(name));
        if (acronym != null && doc.acronyms.containsKey(acronym)) key = doc.acronyms.get(acronym);
        Doc.OrgInfo org = doc.orgs.get(key);
        if (org == null) {
            // the same name seen earlier without a country now gets one, or the reverse
            for (Doc.OrgInfo o : doc.orgs.values()) {
                if (doc.slug(o.name).equals(doc.slug(name)) && (o.country == null || country == null
                        || o.country.equals(country))) {
                    org = o;
                    break;
                }
            }
        }
        if (org == null) {
            org = new Doc.OrgInfo();
            org.key = key;
            org.name = name;
            org.kind = kind;
            org.rule = rule;
            org.country = country;
            org.evidence = s.span();
            org.confidence = s.main() ? 0.8 : 0.5;
            doc.orgs.put(key, org);
        }
        if (org.country == null && country != null) org.country = country;
        if (acronym != null) {
            org.acronym = acronym;
            doc.acronyms.put(acronym, org.key);
        }
        org.inMain |= s.main();
        if (s.main() && org.confidence < 0.8) {
            org.confidence = 0.8;
            org.evidence = s.span();
            org.rule = rule;   // the rule that read the evidence now shown
        }
        return org;
    }

    /** Titles and the persons they name, before or after the name; persons after M./Mme; short forms. */
    static void persons(Doc doc, Gazetteer gaz) {
        for (Doc.Sent s : doc.sents) {
            if (s.kind == Page.Kind.TEASER || s.kind == Page.Kind.BOILERPLATE) continue;
            People.titles(doc, s);
            People.named(doc, s, gaz);
            People.envoys(doc, s);
            People.shared(doc, s);
        }
        // an organisation named without its country belongs to the country of those who hold office in it
        for (Doc.PersonInfo p : doc.persons.values()) {
            for (Facts.Office o : p.offices) {
                Doc.OrgInfo org = o.orgKey() == null ? null : doc.orgs.get(o.orgKey());
                if (org != null && org.country == null && !org.kind.equals("international") && o.country() != null) {
                    org.country = o.country();
                }
            }
        }
        People.shortNames(doc);
        // second pass: names seen once with a title are persons wherever they recur
        for (Doc.Sent s : doc.sents) {
            if (s.kind == Page.Kind.TEASER || s.kind == Page.Kind.BOILERPLATE) continue;
            People.recurring(doc, s);
        }
    }

}
