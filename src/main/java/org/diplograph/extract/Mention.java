package org.diplograph.extract;

/**
 * Something recognised in a sentence, over tokens [b, e). What only some types carry has a field
 * of its own, null (or false) for the others, so no rule parses a value out of another.
 *
 * @param value    the canonical value: a country code, an org key, a person key, a date's lexical form,
 *                 a place name, a normalised title
 * @param country  the country it belongs to, or null
 * @param head     a title's head word, folded ("ministre", "homologue"): the rules on ranks and weak
 *                 titles read it; null for other types
 * @param compound a country written joined to another ("Japon-Vietnam"): the two name a pair
 * @param date     what a date mention read besides its lexical form; null for other types
 */
record Mention(Type type, int b, int e, String value, String country, String head, boolean compound, DateText date) {
    /**
     * A date as the sentence gives it.
     *
     * @param end       the lexical form of a span's last day ("du 5 au 7 août"), or null for one date
     * @param raw       the text as written ("le 7 août")
     * @param inference how the date was placed where the text leaves a part out (the year, the
     *                  month), or null when it is stated whole
     */
    record DateText(String end, String raw, String inference) {}

    /** A mention of a type that carries nothing besides its value and country. */
    static Mention of(Type type, int b, int e, String value, String country) {
        return new Mention(type, b, e, value, country, null, false, null);
    }

    /** One of the countries of a compound ("Japon-Vietnam"). */
    static Mention compound(int b, int e, String code) {
        return new Mention(Type.COUNTRY, b, e, code, code, null, true, null);
    }

    /** A person's title, normalised, with its folded head word. */
    static Mention title(int b, int e, String title, String country, String head) {
        return new Mention(Type.TITLE, b, e, title, country, head, false, null);
    }

    /** A date: its lexical form (may be --MM-DD), or null where it could not be placed. */
    static Mention date(int b, int e, String lexical, DateText text) {
        return new Mention(Type.DATE, b, e, lexical, null, null, false, text);
    }

    /** The same mention naming another value and country, as a later rule corrects it. */
    Mention naming(String value, String country) {
        return new Mention(type, b, e, value, country, head, compound, date);
    }

    enum Type {
        /** a country by its name ("le Japon"); value = code */
        COUNTRY,
        /** a country by its adjective ("japonais"); value = code */
        COUNTRY_ADJ,
        /** "les deux pays", "les deux parties" */
        BOTH,
        /** a city or capital; value = name, country = its country when known */
        PLACE,
        /** an organisation; value = org key */
        ORG,
        /** a person's title; value = normalised title, head = its head word */
        TITLE,
        /** a person; value = person key */
        PERSON,
        /** a date; value = lexical form (may be --MM-DD), date = its end, raw text and inference */
        DATE
    }
}
