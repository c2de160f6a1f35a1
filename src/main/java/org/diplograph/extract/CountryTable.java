package org.diplograph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the extractor knows of countries and cities: the ISO 3166-1 countries with their French
 * names, name variants, demonyms and capitals, and the major cities with their country. Plain
 * values: the extractor reads no file, so whoever builds it chooses the tables (the bundled ones are
 * loaded from {@code ontology/} by {@code rdf.ReferenceTables}, tests may give their own rows).
 * Immutable and thread-safe.
 */
public final class CountryTable {

    /**
     * One country.
     *
     * @param code       ISO 3166-1 alpha-2 ("VN")
     * @param alpha3     ISO 3166-1 alpha-3 ("VNM")
     * @param nameFr     the preferred French name ("Viêt Nam")
     * @param nameEn     the English name ("Vietnam")
     * @param names      every French name and written variant, the preferred name first
     *                   ("Viêt Nam", "Viet Nam", "Vietnam", "République socialiste du Viêt Nam", ...)
     * @param adjectives every demonym form, lower case: masculine and feminine, singular and plural
     *                   ("vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"); may be empty
     * @param capitals   the capital(s) as the source spells them; may be empty
     */
    public record Country(String code, String alpha3, String nameFr, String nameEn, List<String> names,
                          List<String> adjectives, List<String> capitals) {
        public Country {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
            capitals = List.copyOf(capitals);
        }
    }

    /**
     * A city the text may name: "à Moscou", "le maire de Bordeaux".
     *
     * @param names   every name, the French one first
     * @param country ISO 3166-1 alpha-2 code of its country
     */
    public record City(List<String> names, String country) {
        public City {
            names = List.copyOf(names);
        }
    }

    private final List<Country> all;
    private final List<City> cities;
    private final Map<String, Country> byCode;

    private CountryTable(List<Country> all, List<City> cities) {
        this.all = List.copyOf(all);
        this.cities = List.copyOf(cities);
        Map<String, Country> m = new LinkedHashMap<>();
        for (Country c : all) m.put(c.code(), c);
        this.byCode = Map.copyOf(m);
    }

    /**
     * A table of these countries and cities. The order matters where two entries share a name: a
     * city's name is taken by the first city that has it, so give the most populous first.
     */
    public static CountryTable of(List<Country> countries, List<City> cities) {
        return new CountryTable(countries, cities);
    }

    /** Every country, in the order given (the bundled table sorts them by code). */
    public List<Country> all() {
        return all;
    }

    /** Every city, in the order given (the bundled table: most populous first). */
    public List<City> cities() {
        return cities;
    }

    /** The country with this alpha-2 code (case-insensitive), if any. */
    public Optional<Country> byCode(String alpha2) {
        return alpha2 == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(alpha2.toUpperCase(java.util.Locale.ROOT)));
    }
}
