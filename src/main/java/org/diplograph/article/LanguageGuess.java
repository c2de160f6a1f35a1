package org.diplograph.article;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells French text from English and Vietnamese text by the share of each language's commonest
 * words among its words. Wire pages are long enough for this to be reliable, and the extraction
 * rules are written for French only: an article in another language would only yield noise.
 *
 * <p>Text with fewer than 20 words, or where no language's words make up 10%, is not judged.
 */
public final class LanguageGuess {
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "à", "en", "un", "une", "est", "dans", "pour",
                    "que", "qui", "sur", "au", "aux", "avec", "par", "ont", "a", "ce", "il", "sont", "d", "l", "entre"),
            "en", Set.of("the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "by", "was", "as",
                    "at", "from", "are", "has", "have", "its", "this", "were", "be", "an", "which", "said"),
            "vi", Set.of("của", "và", "là", "các", "những", "được", "trong", "cho", "với", "không", "này", "một",
                    "người", "có", "đã", "để", "về", "tại", "từ", "đến", "năm", "nhà", "cũng", "theo", "nước"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MIN_WORDS = 20;

    private LanguageGuess() {}

    /** The language code ("fr", "en", "vi") whose common words are most frequent in {@code text}, or null. */
    public static String of(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        Map<String, int[]> hits = Map.of("fr", new int[1], "en", new int[1], "vi", new int[1]);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            STOP_WORDS.forEach((lang, set) -> {
                if (set.contains(w)) hits.get(lang)[0]++;
            });
        }
        if (words < MIN_WORDS) return null;
        String best = null;
        int bestHits = 0;
        for (String lang : new String[] {"fr", "en", "vi"}) {
            if (hits.get(lang)[0] > bestHits) {
                best = lang;
                bestHits = hits.get(lang)[0];
            }
        }
        return bestHits * 10 >= words ? best : null;
    }
}
