package org.diplograph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country names, adjectives and capitals compiled into folded token-sequence maps, for longest
 * match over a sentence's tokens. Built once from the {@link CountryTable}; immutable after.
 */
final class Gazetteer {
    /** folded token sequence joined by ' ' -> code */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> capitalNames = new HashMap<>();
    /** adjective key -> every country it is the demonym of; only those of two countries or more are kept */
    private final Map<String, java.util.Set<String>> sharedAdjectives = new HashMap<>();
    private final CountryTable table;
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /** The keys of entries cut short by one or more words: "republique", "republique democratique"... */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    private int longest = 1;

    Gazetteer(CountryTable table) {
        this.table = table;
        for (CountryTable.Country c : table.all()) {
            for (String n : c.names()) put(names, n, c.code());
            for (String a : c.adjectives()) {
                put(adjectives, a, c.code());
                sharedAdjectives.computeIfAbsent(key(a), k -> new java.util.TreeSet<>()).add(c.code());
            }
            for (String cap : c.capitals()) {
                put(capitals, cap, c.code());
                capitalNames.put(key(cap), cap);
            }
        }
        sharedAdjectives.values().removeIf(codes -> codes.size() < 2);
        // the names and adjectives French news uses that the generated table lacks
        WordLists.table("country-names-extra").forEach((name, code) -> put(names, name, code));
        WordLists.table("demonyms-extra").forEach((adjective, code) -> put(adjectives, adjective, code));
        languageAdjectives();
        // capitals and major cities of the table, with their country: "à Moscou", "maire de Bordeaux"
        for (CountryTable.City city : table.cities()) {
            for (String name : city.names()) {
                String k = key(name);
                if (k.isEmpty() || names.containsKey(k) || adjectives.containsKey(k)) continue;
                if (capitals.putIfAbsent(k, city.country().toUpperCase(java.util.Locale.ROOT)) == null) {
                    capitalNames.put(k, name);
                    firstWords.add(k.split(" ")[0]);
                    longest = Math.max(longest, k.split(" ").length);
                }
            }
        }
        for (Map<String, String> m : List.of(names, adjectives, capitals)) {
            for (String k : m.keySet()) {
                for (int sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) prefixes.add(k.substring(0, sp));
            }
        }
        for (String w : firstWords) {
            int h = w.hashCode();
            firstWordBits[bit(h) >>> 6] |= 1L << bit(h);
            firstWordBits[otherBit(h) >>> 6] |= 1L << otherBit(h);
        }
    }

    /**
     * A Bloom filter of {@link #firstWords}, two bits per word taken from its hash: a word with
     * either bit clear is not in the set. Most tokens start no entry, and one read of this small
     * array turns them away where a look-up in the large set reads memory far apart; a word that
     * passes is looked up in the set, so the answer is the set's.
     */
    private final long[] firstWordBits = new long[1 << (FILTER_BITS - 6)];
    private static final int FILTER_BITS = 17;

    private static int bit(int hash) {
        return hash & (1 << FILTER_BITS) - 1;
    }

    private static int otherBit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - FILTER_BITS);
    }

    /** True when {@code key} may be in {@link #firstWords}: false only when it is not. */
    boolean mayStart(String key) {
        int h = key.hashCode();
        return (firstWordBits[bit(h) >>> 6] & 1L << bit(h)) != 0 && (firstWordBits[otherBit(h) >>> 6] & 1L << otherBit(h)) != 0;
    }

    /**
     * French writes "la partie lao", "le ministère kazakh": the name of a language spoken as a national
     * language in one country only serves as that country's adjective. The languages and their
     * French names come from the JDK's locale data (CLDR); a language of several countries
     * (français, arabe, coréen) names none of them, and an existing demonym always wins.
     */
    private void languageAdjectives() {
        Map<String, java.util.Set<String>> countriesOf = new HashMap<>();
        for (java.util.Locale l : java.util.Locale.getAvailableLocales()) {
            if (l.getCountry().length() != 2 || l.getLanguage().isEmpty() || !l.getVariant().isEmpty()) continue;
            if (table.byCode(l.getCountry()).isEmpty()) continue;
            countriesOf.computeIfAbsent(l.getLanguage(), k -> new java.util.TreeSet<>()).add(l.getCountry());
        }
        for (Map.Entry<String, java.util.Set<String>> e : countriesOf.entrySet()) {
            if (e.getValue().size() != 1) continue;
            String code = e.getValue().iterator().next();
            String name = new java.util.Locale(e.getKey()).getDisplayLanguage(java.util.Locale.FRENCH).toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty() || name.contains(" ") || name.equals(e.getKey())) continue;
            for (String form : List.of(name, name + "e", name + "s", name + "es")) {
                if (adjectives.putIfAbsent(key(form), code) == null) firstWords.add(key(form));
            }
        }
    }

    private void put(Map<String, String> map, String phrase, String code) {
        String k = key(phrase);
        if (k.isEmpty()) return;
        map.putIfAbsent(k, code);
        firstWords.add(k.split(" ")[0]);
        longest = Math.max(longest, k.split(" ").length);
    }

    static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Tok t : Tok.tokenize(phrase)) {
            if (b.length() > 0) b.append(' ');
            b.append(t.key());
        }
        return b.toString();
    }


    /**
     * The countries an adjective is the demonym of, when it is that of two or more ("congolais":
     * CD and CG); empty for any other word.
     */
    java.util.Set<String> sharing(String adjectiveKey) {
        return sharedAdjectives.getOrDefault(adjectiveKey, java.util.Set.of());
    }

    CountryTable table() {
        return table;
    }

    /** A match of a gazetteer entry over tokens [b, e). */
    record Hit(int b, int e, String code, Mention.Type type, String name) {}

    /** Longest entry starting at token {@code i}, or null. Names and capitals must be capitalised. */
    Hit match(List<Tok> toks, int i) {
        if (!toks.get(i).word() || !mayStart(toks.get(i).key()) || !firstWords.contains(toks.get(i).key())) return null;
        boolean cap = toks.get(i).capitalised();
        if (!cap) {
            // names and capitals are capitalised: a word in lower case ("le" of "Le Caire", "de") can
            // only be an adjective, of one word, and no longer key need be made
            String k = toks.get(i).key();
            return adjectives.containsKey(k) ? new Hit(i, i + 1, adjectives.get(k), Mention.Type.COUNTRY_ADJ, null) : null;
        }
        // the keys of 1, 2, ... tokens from i, as long as some entry starts with them: a longer
        // sequence cannot be an entry, so the longest-first search below starts at the last of them
        List<String> keys = new java.util.ArrayList<>(4);
        String key = toks.get(i).key();
        keys.add(key);
        for (int k = i + 1; k < i + Math.min(longest, toks.size() - i) && prefixes.contains(key); k++) {
            key = key + ' ' + toks.get(k).key();
            keys.add(key);
        }
        for (int n = keys.size(); n >= 1; n--) {
            String k = keys.get(n - 1);
            if (names.containsKey(k)) return new Hit(i, i + n, names.get(k), Mention.Type.COUNTRY, null);
            if (capitals.containsKey(k)) return new Hit(i, i + n, capitals.get(k), Mention.Type.PLACE, capitalNames.get(k));
            if (n == 1 && adjectives.containsKey(k)) return new Hit(i, i + 1, adjectives.get(k), Mention.Type.COUNTRY_ADJ, null);
        }
        return null;
    }

    /** The country of a hyphenated compound's parts ("Japon-Vietnam"), in order. */
    List<String> compound(Tok t) {
        if (!t.text().contains("-")) return List.of();
        String[] parts = t.key().split("-");
        List<String> codes = new java.util.ArrayList<>();
        for (String p : parts) {
            String c = names.get(p);
            if (c == null) return List.of();
            codes.add(c);
        }
        return codes.size() >= 2 ? codes : List.of();
    }

    /**
     * "Chine-Asie", "Togo-Afrique": a capitalised word whose first part names a country and whose
     * other part is no country (a region, usually followed by its adjective). Compounds of countries
     * alone are {@link #compound}'s.
     */
    boolean countryThenRegion(Tok t) {
        if (!t.text().contains("-") || !t.capitalised() || !compound(t).isEmpty()) return false;
        String[] parts = t.key().split("-");
        return parts.length == 2 && names.containsKey(parts[0]) && !names.containsKey(parts[1])
                && Character.isUpperCase(t.text().charAt(t.text().indexOf('-') + 1));
    }

}
