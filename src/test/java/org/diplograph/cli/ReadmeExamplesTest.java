package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's sample outputs are what the current build prints: every {@code $ java -jar
 * target/diplograph.jar query ...} line of a README code block followed by output is run on the seeds
 * (loaded as the README's first command loads them) and its output must begin with the lines shown
 * (up to a line {@code ...}, which marks the rest as cut). The load's own summary line is compared too.
 */
class ReadmeExamplesTest {
    static final String JAR = "$ java -jar target/diplograph.jar ";
    @TempDir static Path tmp;
    static Path db;
    static CommandRun load;

    @BeforeAll
    static void loadTheSeeds() {
        db = tmp.resolve("data");
        load = CommandRun.of("ingest", "--db", db.toString(), "seeds");
        assertEquals(0, load.exit(), load.err());
    }

    /** One command of the README and the lines it is shown to print. */
    record Example(String command, List<String> shown) {}

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        boolean inBlock = false;
        Example current = null;
        for (String line : lines) {
            if (line.startsWith("```")) {
                if (current != null) out.add(current);
                current = null;
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) continue;
            if (line.startsWith("$ ")) {
                if (current != null) out.add(current);
                current = line.startsWith(JAR) ? new Example(line.substring(JAR.length()), new ArrayList<>()) : null;
            } else if (current != null) {
                current.shown().add(line);
            }
        }
        return out;
    }

    @Test
    void everyQueryExampleWithOutputPrintsWhatTheReadmeShows() throws IOException {
        int compared = 0;
        for (Example e : examples()) {
            String command = e.command().replaceAll("\\s+#.*$", "").strip();
            List<String> shown = new ArrayList<>();
            for (String l : e.shown()) {
                if (l.strip().equals("...")) break;
                shown.add(l);
            }
            if (!command.startsWith("query ") || shown.isEmpty()) continue;
            List<String> args = new ArrayList<>(Arrays.asList(command.split(" +")));
            args.add(2, "--db");
            args.add(3, db.toString());
            CommandRun r = CommandRun.of(args.toArray(String[]::new));
            assertEquals(0, r.exit(), command + ": " + r.err());
            List<String> printed = r.out().lines().map(String::stripTrailing).toList();
            assertTrue(printed.size() >= shown.size(), command + " printed\n" + r.out());
            assertEquals(String.join("\n", shown), String.join("\n", printed.subList(0, shown.size())),
                    "README's output of `" + command + "` is not what the build prints");
            compared++;
        }
        assertTrue(compared >= 3, "the README shows query outputs: " + compared);
    }

    @Test
    void theLoadsSummaryLineIsTheOneTheReadmeShows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String printed = load.out().lines().filter(l -> l.startsWith("Dataset: ")).findFirst().orElseThrow();
        assertTrue(readme.contains("\n" + printed + "\n"), "README should show: " + printed);
        assertFalse(load.out().isBlank());
    }
}
