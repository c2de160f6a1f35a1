package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a clause is about and who its words stand for: the subject the verb follows, the person a
 * pronoun, a title or "les deux ministres" points back to, the leader of a delegation, the persons
 * named before or after a trigger.
 */
final class Subjects {
    /** A folded title's article: "le ", "la ", "l'". */
    private static final java.util.regex.Pattern TITLE_ARTICLE = java.util.regex.Pattern.compile("^(?:le |la |l')");
    /** The first word of a plural title, its s aside: "ministres de ..." read as "ministre de ...". */
    private static final java.util.regex.Pattern PLURAL_HEAD = java.util.regex.Pattern.compile("^(\\p{L}+)s\\b");
    /** A determiner ending the text before a leader's title: "conduite par sa". */
    private static final java.util.regex.Pattern LEADER_DETERMINER = java.util.regex.Pattern.compile("\\s*(?:son|sa|leur|le|la|l')\\s*$");
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final Pattern BOTH_LEADERS = Pattern.compile(
            "\\bles\\s+deux\\s+(?:premiers\\s+ministres|ministres|présidents|dirigeants|chefs\\s+d'(?:É|E)tat|chefs\\s+de\\s+gouvernement|chefs\\s+de\\s+(?:la\\s+)?diplomatie|vice-premiers\\s+ministres|délégations|responsables)\\b", F);
    /** The offices a country's head of diplomacy holds. */
    private static final Pattern FOREIGN_AFFAIRS = Pattern.compile("\\b(?:affaires\\s+étrangères|relations\\s+extérieures|affaires\\s+extérieures|chef\\s+de\\s+la\\s+diplomatie)\\b", F);
    private static final Pattern LED_BY = Pattern.compile("\\b(?:conduite|dirigée|menée)\\s+par\\s*(?:M\\.|Mme|Mr\\.?|Dr\\.?)?\\s*$|\\bà\\s+la\\s+tête\\s+de\\s*$", F);

    private Subjects() {}

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
                if (t == null && s.toks.get(k - 1).is(",")) k = pastParticipleClause(s, k);
            }
            if (k < s.toks.size() && (Words.verbish(s.toks.get(k)) || s.toks.get(k).is("s'")
                    || !s.toks.get(k).capitalised() && doc.dict.finiteVerb(s.toks.get(k).text()))) {
                if (!governedByAvec(s, p)) return p.value();
            }
        }
        return null;
    }

    /** "arrivé", "accompagnée", "venus": a past participle opening an apposition. */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}+(?:é|ée|és|ées)", Pattern.UNICODE_CASE);

    /**
     * Past an apposition opened by a past participle at token {@code k} ("X, arrivé la veille au
     * soir, avait partagé ..."): the token after the comma that closes it, within a dozen tokens;
     * {@code k} itself when no such clause opens there.
     */
    private static int pastParticipleClause(Doc.Sent s, int k) {
        if (k >= s.toks.size() || !PARTICIPLE.matcher(s.toks.get(k).text()).matches()) return k;
        for (int j = k + 1; j < Math.min(s.toks.size(), k + 12); j++) {
            if (s.toks.get(j).is(",")) return j + 1;
            if (s.at(j, Mention.Type.PERSON) != null) return k;
        }
        return k;
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
    static String pronoun(Doc.Sent s) {
        for (int i = 0; i < Math.min(s.toks.size(), 8); i++) {
            Tok t = s.toks.get(i);
            if (t.is("il")) return "il";
            if (t.is("elle")) return "elle";
        }
        return null;
    }

    static List<String> personsAfter(Doc.Sent s, int tok, String except) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention p : s.of(Mention.Type.PERSON)) {
            if (p.b() >= tok && !p.value().equals(except)) out.add(p.value());
        }
        return new ArrayList<>(out);
    }

    /** The last person named before the sentence's first "a" or "ont" (its main verb's auxiliary), or null. */
    static String lastBeforeVerb(Doc.Sent s) {
        int verb = -1;
        for (int k = 0; k < s.toks.size() && verb < 0; k++) if (s.toks.get(k).is("a") || s.toks.get(k).is("ont")) verb = k;
        String last = null;
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.e() <= verb) last = p.value();
        return last;
    }

    /**
     * The person a title standing as the subject before token {@code upTo} stands for ("le Premier
     * ministre mauritanien a été reçu par", "l'ambassadrice avait été reçue par"): the last person
     * named in an earlier sentence, not one of {@code others}, who holds an office of that title and
     * is of that nationality (when the clause gives one); else the last one of that nationality
     * (whatever the office); else the
     * last one holding an office of that title whose country the story leaves open. Null when the
     * clause has no such title and no nationality, or nobody fits. A reader takes "le Premier
     * ministre mauritanien" for the one the story called Premier ministre, not for the last
     * Mauritanian it named.
     */
    static String titledVisitor(Doc doc, Doc.Sent s, int upTo, List<String> others) {
        Mention title = bareTitle(s, upTo);
        String country = title != null && title.country() != null ? title.country() : null;
        if (country == null) {
            for (Mention c : s.of(Mention.Type.COUNTRY_ADJ)) if (c.e() <= upTo && country == null) country = c.country();
        }
        return titled(doc, s, title, country, others);
    }

    /**
     * The guest a meeting verb names by a title of a nationality as its object, with no name ("elle
     * avait reçu le ministre sud-coréen", "a rencontré l'ambassadeur japonais"): the person of that
     * title and nationality named earlier, as {@link #titledVisitor} finds them; null when the
     * object is a name, or a title without a nationality.
     */
    static String titledGuest(Doc doc, Doc.Sent s, int from, List<String> others) {
        for (Mention m : s.of(Mention.Type.TITLE)) {
            if (m.b() < from) continue;
            if (m.b() > from + 4 || m.country() == null) return null;
            int k = m.e();
            if (k < s.toks.size() && s.toks.get(k).is(",")) k++;
            if (k < s.toks.size() && s.at(k, Mention.Type.PERSON) != null) return null;
            return titled(doc, s, m, m.country(), others);
        }
        return null;
    }

    /**
     * The person a title ending by token {@code upTo}, with no name after it, stands for ("Le
     * ministre-président, arrivé mercredi à Montréal, ..."): as {@link #titledVisitor} finds them,
     * whatever follows the title; null when no such title is there or nobody fits.
     */
    static String titledBefore(Doc doc, Doc.Sent s, int upTo) {
        Mention last = null;
        for (Mention m : s.of(Mention.Type.TITLE)) if (m.e() <= upTo) last = m;
        if (last == null) return null;
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.b() >= last.b() && p.b() < upTo) return null;
        return titled(doc, s, last, last.country(), List.of());
    }

    private static final java.util.regex.Pattern LES_DEUX = java.util.regex.Pattern.compile("(?i)^les\\s+deux\\s+");

    /** "les deux ministres" without its "les deux ": the plural title of the two. */
    static String withoutBoth(String both) {
        return LES_DEUX.matcher(both).replaceFirst("");
    }

    private static String titled(Doc doc, Doc.Sent s, Mention title, String country, List<String> others) {
        String head = title == null ? null : TITLE_ARTICLE.matcher(Fold.fold(title.value())).replaceFirst("");
        String ofCountry = null;
        String ofTitle = null;
        for (int i = s.index - 1; i >= 0; i--) {
            Doc.Sent before = doc.sents.get(i);
            if (!before.main()) continue;
            List<Mention> ps = before.of(Mention.Type.PERSON);
            for (int k = ps.size() - 1; k >= 0; k--) {
                Doc.PersonInfo p = doc.persons.get(ps.get(k).value());
                if (p == null || others.contains(p.key)) continue;
                boolean sameCountry = country != null && country.equals(p.country);
                boolean titled = head != null && p.offices.stream()
                        .anyMatch(o -> o.title() != null && sameOffice(Fold.fold(o.title()), head));
                if (titled && (sameCountry || country == null)) return p.key;
                // of that nationality whatever the office: only when the text gives it, not the outlet's guess
                if (sameCountry && !p.countryGuessed && ofCountry == null) ofCountry = p.key;
                if (titled && p.country == null && ofTitle == null) ofTitle = p.key;
            }
        }
        if (ofCountry != null) return ofCountry;
        return ofTitle;
    }

    /** Whether an office's title (folded) is the one a bare title (folded) names: "ministre" is "ministre d'etat". */
    private static boolean sameOffice(String office, String head) {
        String o = office.replace("ambassadrice", "ambassadeur").replace("ministre deleguee", "ministre delegue");
        String h = head.replace("ambassadrice", "ambassadeur").replace("ministre deleguee", "ministre delegue");
        return o.equals(h) || o.startsWith(h + " ") || o.startsWith(h + "-");
    }

    /**
     * The title that stands as the clause's subject just before token {@code upTo}, with no name
     * after it ("le ministre algérien a été reçu"), or null.
     */
    static Mention bareTitle(Doc.Sent s, int upTo) {
        Mention last = null;
        for (Mention m : s.of(Mention.Type.TITLE)) {
            if (m.e() > upTo) break;
            last = m;
        }
        if (last == null) return null;
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.b() >= last.b() && p.b() < upTo) return null;
        int k = last.e();
        while (k < upTo && (s.at(k, Mention.Type.COUNTRY_ADJ) != null || s.at(k, Mention.Type.COUNTRY) != null)) k++;
        return k < s.toks.size() && (Words.verbish(s.toks.get(k)) || s.toks.get(k).is("s'")) ? last : null;
    }

    /** The visitor of the last visit or reception told before, other than {@code host}, or null. */
    static String lastVisitor(Doc doc, String host) {
        for (int i = doc.events.size() - 1; i >= 0; i--) {
            Doc.EventInfo e = doc.events.get(i);
            if (e.standing == Standing.BACKGROUND) continue;
            for (Facts.Participant p : e.participants) {
                if (p.role() == ParticipantRole.VISITOR && !p.personKey().equals(host)) return p.personKey();
            }
        }
        return null;
    }

    /** Persons named before token {@code tok}, in order. */
    static List<String> personsBefore(Doc.Sent s, int tok) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention p : s.of(Mention.Type.PERSON)) if (p.e() <= tok) out.add(p.value());
        return new ArrayList<>(out);
    }

    /**
     * The last two persons named up to sentence {@code upTo} whose office begins with the title of
     * the plural {@code plural} ("ministres" → "ministre"), in the order named; fewer when the story
     * names fewer.
     */
    static List<String> lastTwoTitled(Doc doc, int upTo, String plural) {
        return lastTitled(doc, upTo, plural, 2);
    }

    /** As {@link #lastTwoTitled}, for "les trois ministres": the last {@code n} so titled. */
    static List<String> lastTitled(Doc doc, int upTo, String plural, int n) {
        String title = PLURAL_HEAD.matcher(plural.toLowerCase(java.util.Locale.ROOT)).replaceFirst("$1");
        // "les deux chefs de la diplomatie" are the ministers of foreign affairs, whatever their office is called
        boolean diplomacy = Fold.fold(title).startsWith("chef de") && Fold.fold(title).contains("diplomatie");
        List<String> out = lastN(doc, upTo, n, p -> p.offices.stream()
                .anyMatch(o -> o.title() != null && (o.title().toLowerCase(java.util.Locale.ROOT).startsWith(title)
                        || diplomacy && FOREIGN_AFFAIRS.matcher(o.title()).find())));
        java.util.Collections.reverse(out);
        return out;
    }

    /** Whether {@code two} are two persons whose countries the story gives and differ. */
    static boolean twoCountries(Doc doc, List<String> two) {
        if (two.size() != 2) return false;
        Doc.PersonInfo a = doc.persons.get(two.get(0));
        Doc.PersonInfo b = doc.persons.get(two.get(1));
        return a != null && b != null && a.country != null && b.country != null && !a.country.equals(b.country);
    }

    /** Whether two persons are named and each holds an office the story gives ("les deux ministres" are officials). */
    static boolean holdOffices(Doc doc, List<String> two) {
        if (two.size() < 2) return false;
        for (String k : two) {
            Doc.PersonInfo p = doc.persons.get(k);
            if (p == null || p.offices.isEmpty()) return false;
        }
        return true;
    }

    /** The two persons of different countries most recently named before sentence {@code upTo}. */
    static List<String> lastTwoLeaders(Doc doc, int upTo) {
        Set<String> countries = new java.util.HashSet<>();
        return lastTwo(doc, upTo, p -> p.country != null && countries.add(p.country));
    }

    /**
     * The two persons most recently named up to sentence {@code upTo} that {@code fits} accepts
     * (asked once per person, latest first), latest first.
     */
    private static List<String> lastTwo(Doc doc, int upTo, java.util.function.Predicate<Doc.PersonInfo> fits) {
        return lastN(doc, upTo, 2, fits);
    }

    /** The {@code n} persons most recently named up to sentence {@code upTo} that {@code fits} accepts, latest first. */
    private static List<String> lastN(Doc doc, int upTo, int n, java.util.function.Predicate<Doc.PersonInfo> fits) {
        List<String> out = new ArrayList<>();
        for (int i = upTo; i >= 0 && out.size() < n; i--) {
            Doc.Sent s = doc.sents.get(i);
            if (!s.main()) continue;
            List<Mention> ps = s.of(Mention.Type.PERSON);
            for (int k = ps.size() - 1; k >= 0 && out.size() < n; k--) {
                Doc.PersonInfo p = doc.persons.get(ps.get(k).value());
                if (p == null || out.contains(p.key) || !fits.test(p)) continue;
                out.add(p.key);
            }
        }
        return out;
    }

    /** The person the story says leads the delegation ("conduite par X"), up to sentence {@code s}. */
    static String delegationLeader(Doc doc, Doc.Sent upTo) {
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
                    before = LEADER_DETERMINER.matcher(s.text.substring(Math.max(0, tc - 60), tc)).replaceFirst(" ");
                }
                if (LED_BY.matcher(before).find()) return p.value();
            }
        }
        return null;
    }
}
