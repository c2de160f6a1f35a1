package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Lists of French words the rules read, kept as resource files beside this class
 * ({@code src/main/resources/org/diplograph/extract/NAME.txt}): one entry a line, {@code #} starts a
 * comment, entries folded by {@link Fold#fold} when loaded.
 */
final class WordLists {
    private WordLists() {}

    /** The folded entries of the list {@code name}; fails when the list is missing. */
    static Set<String> load(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name + ".txt")) {
            if (in == null) throw new IllegalStateException("word list missing: " + name);
            Set<String> out = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) out.add(Fold.fold(w));
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
