package org.diplograph.extract;

/**
 * A date as precise as the text allows.
 *
 * @param lexical   {@code YYYY-MM-DD}, {@code --MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param raw       the words that gave it ("du 5 au 7 août", "mardi")
 * @param inference how a year not written next to the date was found ("stated", "weekday",
 *                  "publication date", ...), or null when none was inferred
 */
public record DateValue(String lexical, String raw, String inference) {
    /** XSD datatype local name for the lexical form: date, gMonthDay, gYearMonth or gYear. */
    public String xsdType() {
        if (lexical.startsWith("--")) return "gMonthDay";
        return switch (lexical.length()) {
            case 10 -> "date";
            case 7 -> "gYearMonth";
            default -> "gYear";
        };
    }
}
