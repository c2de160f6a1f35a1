package org.diplograph.extract;

import java.util.Set;

/** Word classes over folded tokens, for the French patterns the recognisers walk. */
final class Words {
    private Words() {}

    static final Set<String> PREPS = set("de", "du", "des", "d'", "pour", "sur", "charge", "chargee", "charges",
            "chargees", "en");
    static final Set<String> DETS = set("le", "la", "les", "l'");
    static final Set<String> VERBISH = set("a", "ont", "est", "sont", "etait", "etaient", "sera", "seront", "ete",
            "avait", "avaient", "aura", "auront", "fait", "font", "s'", "se", "qui", "que", "qu'", "dont", "va", "vont",
            "doit", "doivent", "peut", "peuvent", "serait", "seraient", "aurait", "n'", "ne", "y", "il", "elle", "ils",
            "elles", "on", "a-t-il", "a-t-elle", "ont-ils", "s'est", "avoir", "etre");
    static final Set<String> STOP = set("a", "au", "aux", "avec", "dans", "lors", "par", "selon", "entre", "contre",
            "vers", "chez", "sans", "sous", "apres", "avant", "depuis", "pendant", "durant", "et", "ou", "mais", "ni",
            "car", "donc", "ainsi", "afin", "comme", "si", "quand", "alors", "aussi", "egalement", "notamment",
            "encore", "deja", "tres", "plus", "moins", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
            "leurs", "un", "une", "tout", "tous", "toute", "toutes", "son", "mon", "ma", "notre", "votre",
            "nos", "vos", "le", "la", "les", "l'", "de", "du", "des", "d'", "en", "pour", "sur");

    static boolean verbish(Tok t) {
        return VERBISH.contains(t.key());
    }

    static boolean stop(Tok t) {
        return STOP.contains(t.key()) || VERBISH.contains(t.key());
    }


    /** Adjectives of bodies' names whose ending the rule below does not know ("Comité permanent"). */
    private static final Set<String> IRREGULAR_ADJECTIVES = WordLists.load("irregular-adjectives");

    /** A lower-case word that can be an adjective after a noun: by its ending, French being regular here. */
    static boolean adjectiveLike(Tok t) {
        if (!t.word() || t.capitalised() || stop(t)) return false;
        String k = t.key();
        if (IRREGULAR_ADJECTIVES.contains(k)) return true;
        for (String part : k.split("-")) {
            if (part.endsWith("ais") || part.endsWith("ois")) return true;
            String w = part.endsWith("s") || part.endsWith("x") ? part.substring(0, part.length() - 1) : part;
            if (w.endsWith("ais") || w.endsWith("aise") || w.endsWith("ien") || w.endsWith("ienne") || w.endsWith("al")
                    || w.endsWith("ale") || w.endsWith("au") || w.endsWith("ique") || w.endsWith("aire")
                    || w.endsWith("el") || w.endsWith("elle") || w.endsWith("if") || w.endsWith("ive")
                    || w.endsWith("iste") || w.endsWith("ois") || w.endsWith("oise") || w.endsWith("ain")
                    || w.endsWith("aine") || w.endsWith("in") || w.endsWith("ine") || w.endsWith("an")
                    || w.endsWith("ane") || w.endsWith("eur") || w.endsWith("eure") || w.endsWith("ieur")
                    || w.endsWith("ieure") || w.endsWith("ate") || w.endsWith("ite") || w.endsWith("ote")
                    || w.endsWith("ese") || w.endsWith("ien") || w.endsWith("ier") || w.endsWith("iere")
                    || w.endsWith("unie") || w.endsWith("uni") || w.endsWith("e") && w.length() > 3
                    && (w.endsWith("ie") || w.endsWith("ee") || w.endsWith("ue") || w.endsWith("ne") || w.endsWith("re")
                    || w.endsWith("le") || w.endsWith("te") || w.endsWith("de"))) {
                return !k.equals("ministre") && !k.equals("membre") && !k.equals("chef") && !k.endsWith("ment");
            }
        }
        return false;
    }

    /** A lower-case content word (a noun after a preposition): not a function word, not a verb form. */
    static boolean content(Tok t) {
        return t.word() && !stop(t) && t.text().length() > 1;
    }

    /** All capitals, as acronyms are: "JICA", "PCV", "ICDD", "ASEAN". */
    static boolean acronym(Tok t) {
        String s = t.text();
        if (s.length() < 2 || s.length() > 12 || !Character.isLetter(s.charAt(0))) return false;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                // ASCII: the same tests without the Unicode tables
                if (c >= 'A' && c <= 'Z') upper++;
                else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '&')) return false;
            } else if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && !Character.isLowerCase(c)) {
                return false;
            }
            // more than two chars not capitals already: the answer is no (most words stop here)
            if (i + 1 - upper > 2) return false;
        }
        return upper >= 2 && upper >= s.length() - 2;
    }

    static String capitaliseFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A set from words that may repeat across the groups they are written in. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
