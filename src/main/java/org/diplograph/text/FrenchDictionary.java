package org.diplograph.text;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.diplograph.DiplographException;

/**
 * LanguageTool's French full-form dictionary (about 500,000 forms with part of speech and a
 * frequency class), read with morfologik. Used to tell French words from glued ones.
 *
 * <p>The frequency class is the last character of each tag: {@code A} (rare) to {@code Z}.
 * Lookups are not thread-safe in morfologik, so each thread gets its own lookup.
 */
public final class FrenchDictionary {
    private static final String RESOURCE = "/org/languagetool/resource/fr/french.dict";

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    private FrenchDictionary(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    /** The dictionary bundled with the french-pos-dict artifact. */
    public static FrenchDictionary load() {
        URL url = FrenchDictionary.class.getResource(RESOURCE);
        if (url == null) throw new DiplographException("French dictionary not on the class path: " + RESOURCE);
        try {
            return new FrenchDictionary(Dictionary.read(url));
        } catch (IOException e) {
            throw new DiplographException("Cannot read the French dictionary " + RESOURCE, e);
        }
    }

    /** Frequency class of the form, 1 (rare) to 26 (most common), or 0 when it is not a French word form. */
    public int frequency(String form) {
        // the same forms are asked for again and again: each is looked up once
        return frequencies.get(form, this::lookUp);
    }

    private static final int MEMO_LIMIT = 500_000;
    private final Memo<String, Integer> frequencies = new Memo<>(MEMO_LIMIT);

    private int lookUp(String form) {
        List<WordData> found = lookup.get().lookup(form);
        int best = 0;
        for (WordData w : found) {
            CharSequence tag = w.getTag();
            if (tag == null || tag.length() == 0) continue;
            char f = tag.charAt(tag.length() - 1);
            if (f >= 'A' && f <= 'Z') best = Math.max(best, f - 'A' + 1);
            else best = Math.max(best, 1);
        }
        return best;
    }

    /** True when one reading of the form is a verb in the indicative, third person ("effectue", "reçoit", "a"). */
    public boolean finiteVerb(String form) {
        // asked for the words after each subject: each form is looked up once
        return finiteVerbs.get(form, this::lookUpFiniteVerb);
    }

    private final Memo<String, Boolean> finiteVerbs = new Memo<>(MEMO_LIMIT);

    /** The definition of {@link #finiteVerb}: the dictionary's readings of the form in lower case. */
    boolean lookUpFiniteVerb(String form) {
        for (WordData w : lookup.get().lookup(form.toLowerCase(java.util.Locale.ROOT))) {
            CharSequence tag = w.getTag();
            if (tag == null) continue;
            String t = tag.toString();
            if (t.startsWith("V") && t.contains(" ind ") && t.contains(" 3 ")) return true;
        }
        return false;
    }

    /** True when the form, as written or in lower case, is a French word form. */
    public boolean known(String form) {
        return frequency(form) > 0 || frequency(form.toLowerCase(java.util.Locale.ROOT)) > 0;
    }
}
