package org.diplograph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Many small articles of invented text (names, places and events made up for the tests), to make an
 * input large enough that an ingest can be interrupted in the middle. Article {@code i} pairs two of a
 * few countries, so the articles share bilateral relations and their counts.
 */
public final class GeneratedArticles {
    private static final List<String[]> COUNTRIES = List.of(
            new String[] {"la France", "français", "Paris"},
            new String[] {"le Chili", "chilien", "Santiago"},
            new String[] {"le Kenya", "kényan", "Nairobi"},
            new String[] {"la Norvège", "norvégien", "Oslo"},
            new String[] {"le Pérou", "péruvien", "Lima"});
    private static final List<String> FIRST = List.of("Aurèle", "Bastien", "Clémence", "Doriane", "Evrard", "Félicie", "Gaspard");
    private static final List<String> LAST = List.of("Valmorin", "Tessandier", "Quillery", "Ormesson-Ladue", "Brisacq", "Lhermitaz");
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre");

    private GeneratedArticles() {}

    /** Writes {@code n} articles {@code gen-0000.txt}... into {@code folder} and returns it. */
    public static Path write(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve(String.format("gen-%04d.txt", i)), text(i), StandardCharsets.UTF_8);
        }
        return folder;
    }

    public static String text(int i) {
        String[] a = COUNTRIES.get(i % COUNTRIES.size());
        String[] b = COUNTRIES.get((i / COUNTRIES.size() + i + 1) % COUNTRIES.size());
        if (a == b) b = COUNTRIES.get((i + 2) % COUNTRIES.size());
        String host = FIRST.get(i % FIRST.size()) + " " + LAST.get((i / 3) % LAST.size());
        String guest = FIRST.get((i + 3) % FIRST.size()) + " " + LAST.get((i / 2 + 1) % LAST.size());
        int day = 1 + i % 28;
        String month = MONTHS.get(i % 12);
        int year = 2010 + i % 12;
        return "Entretien n° " + i + " entre " + a[0] + " et " + b[0] + "\n\n"
                + a[2] + " (" + year + ") - Le ministre " + a[1] + " des Affaires étrangères, " + host
                + ", a reçu le " + day + " " + month + " " + year + " à " + a[2] + " son homologue " + b[1] + ", " + guest
                + ", en visite officielle.\n\n"
                + "Les deux ministres ont passé en revue la coopération entre " + a[0] + " et " + b[0]
                + " dans le commerce, l'énergie et l'éducation, et ont signé un mémorandum d'accord sur la"
                + " formation de " + (20 + i) + " jeunes diplomates.\n\n"
                + "Selon " + host + ", les échanges commerciaux ont atteint " + (100 + 7 * i) + " millions de dollars"
                + " cette année, et la réunion n° " + i + " de la commission mixte se tiendra à " + b[2] + ".\n";
    }
}
