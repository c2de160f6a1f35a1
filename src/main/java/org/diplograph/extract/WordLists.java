package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists and tables of French words the rules read, kept as resource files beside this class
 * ({@code src/main/resources/org/diplograph/extract/NAME.txt}): one entry a line, {@code #} starts a
 * comment, blank lines are skipped. Keeping them out of the Java lets a reader extend the vocabulary
 * without touching a rule.
 */
final class WordLists {
    private WordLists() {}

    /** The folded entries of the list {@code name}; fails when the list is missing. */
    static Set<String> load(String name) {
        return Set.copyOf(list(name));
    }

    /**
     * The folded entries of the list {@code name} in the order written, each once: for lists whose
     * order means something (months, weekdays). Fails when the list is missing.
     */
    static List<String> list(String name) {
        return List.copyOf(new java.util.LinkedHashSet<>(lines(name).stream().map(Fold::fold).toList()));
    }

    /**
     * The two-column table {@code name}: each line is a key of one or more words, then its value,
     * the line's last word. Keys are folded, values kept as written (a kind, a country code); a key
     * written twice keeps its first value. Fails when the table is missing or a line has one word.
     */
    static Map<String, String> table(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name)) {
            int cut = lastSpace(line);
            if (cut < 0) throw new IllegalStateException("table " + name + ": no value on line '" + line + "'");
            out.putIfAbsent(Fold.fold(line.substring(0, cut).strip()), line.substring(cut + 1));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static int lastSpace(String line) {
        for (int i = line.length() - 1; i >= 0; i--) if (Character.isWhitespace(line.charAt(i))) return i;
        return -1;
    }

    /** The entries of resource {@code name}, comments dropped, stripped, blank ones skipped. */
    private static List<String> lines(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name + ".txt")) {
            if (in == null) throw new IllegalStateException("word list missing: " + name);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) out.add(w);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
