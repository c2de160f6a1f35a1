package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token of a sentence: a word (elisions such as {@code l'} and {@code d'} are tokens of their
 * own), a number or one punctuation mark. begin/end are char offsets into the sentence.
 */
record Tok(String text, int begin, int end, String key) {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(?:(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])'(?=\\p{L}))"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*\\.?"
                    + "|\\d+(?:[.,]\\d+)*(?:e|er|ème|ᵉ)?"
                    + "|[^\\s]");

    static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            int e = m.end();
            // keep a final period as a token of its own, except in abbreviations like "M." and initials
            if (t.length() > 1 && t.endsWith(".") && !abbreviation(t)) {
                t = t.substring(0, t.length() - 1);
                e--;
                out.add(new Tok(t, m.start(), e, Fold.fold(t)));
                out.add(new Tok(".", e, e + 1, "."));
                continue;
            }
            out.add(new Tok(t, m.start(), e, Fold.fold(t)));
        }
        return out;
    }

    private static boolean abbreviation(String t) {
        String w = t.substring(0, t.length() - 1);
        return w.equals("M") || w.equals("MM") || w.equals("Mme") || w.equals("Mlle") || w.equals("Dr")
                || w.equals("Pr") || (w.length() == 1 && Character.isUpperCase(w.charAt(0)));
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean word() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    boolean is(String folded) {
        return key.equals(folded);
    }
}
