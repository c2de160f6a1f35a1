package org.diplograph.extract;

/**
 * Something recognised in a sentence, over tokens [b, e).
 *
 * @param value   the canonical value: a country code, an org key, a person key, a date's lexical form,
 *                a place name
 * @param country the country it belongs to, or null
 * @param extra   type-specific: the raw date text, the title head, ...
 */
record Mention(Type type, int b, int e, String value, String country, String extra) {
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
        /** a person's title; value = normalised title, extra = head */
        TITLE,
        /** a person; value = person key */
        PERSON,
        /** a date; value = lexical form (may be --MM-DD), extra = end lexical form for spans */
        DATE
    }
}
