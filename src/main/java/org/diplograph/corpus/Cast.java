package org.diplograph.corpus;

import java.util.List;
import java.util.SplittableRandom;
import org.diplograph.corpus.Tables.Country;
import org.diplograph.corpus.Tables.Office;

/**
 * Invented office holders: a name (home names from the home country's name parts, others built
 * from syllables), the country served, and the title as the text writes it.
 */
final class Cast {
    private Cast() {}

    /**
     * A person in a story.
     *
     * @param role the role as the answers give it (the title without the country's adjective)
     * @param titled the title before the name in running text, with its article and adjective
     *     ({@code le ministre japonais des Affaires étrangères})
     * @param office the office, or null for an ambassador
     */
    record Official(String name, Country country, String role, String titled, boolean female, Office office) {
        /** {@code le ministre japonais des Affaires étrangères, Kaori Tamendi}. */
        String introduced() {
            return titled + ", " + name;
        }
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String name(SplittableRandom r, Country c) {
        if (c.code().equals("VN")) {
            return pick(r, Tables.HOME_FAMILY) + " " + pick(r, Tables.HOME_MIDDLE) + " " + pick(r, Tables.HOME_GIVEN);
        }
        return word(r, r.nextInt(3) == 0 ? 3 : 2) + " " + word(r, 2 + r.nextInt(2));
    }

    private static String word(SplittableRandom r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(pick(r, Tables.ONSETS)).append(pick(r, Tables.VOWELS));
            if (i == syllables - 1 || r.nextInt(4) == 0) b.append(pick(r, Tables.CODAS));
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** An office holder of {@code c} in {@code office}. */
    static Official holder(SplittableRandom r, Country c, Office office) {
        boolean female = r.nextInt(10) < 3;
        String title = female ? office.female() : office.male();
        String adjective = c.adjective(female);
        String written;
        if (!office.adjective() || r.nextInt(5) == 0 && c.code().equals("VN")) {
            written = title;
        } else if (title.startsWith("ministre ") || title.startsWith("vice-ministre ")) {
            int sp = title.indexOf(' ');
            written = title.substring(0, sp) + " " + adjective + title.substring(sp);
        } else {
            written = title + " " + adjective;
        }
        return new Official(name(r, c), c, title, article(written, female) + written, female, office);
    }

    /** The ambassador of {@code from} in {@code in}. */
    static Official ambassador(SplittableRandom r, Country from, Country in) {
        boolean female = r.nextInt(10) < 3;
        String role = (female ? "ambassadrice " : "ambassadeur ") + from.ofShort() + " " + in.in();
        return new Official(name(r, from), from, role, "l'" + role, female, null);
    }

    /** An official of the given rank or near it. */
    static Official of(SplittableRandom r, Country c, int rank) {
        for (int i = 0; i < 20; i++) {
            Office o = pick(r, Tables.OFFICES);
            if (Math.abs(o.rank() - rank) <= 1) return holder(r, c, o);
        }
        return holder(r, c, Tables.OFFICES.get(0));
    }

    static String article(String title, boolean female) {
        char first = Character.toLowerCase(title.charAt(0));
        if ("aeéiou".indexOf(first) >= 0) return "l'";
        return female ? "la " : "le ";
    }

    /** {@code de commerce}, {@code d'énergie}: French elision before a vowel. */
    static String of(String noun) {
        return ("aeéèiouhâî".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "d'" : "de ") + noun;
    }

    static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
