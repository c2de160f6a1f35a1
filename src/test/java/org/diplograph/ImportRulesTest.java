package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows between packages follow the data flow (read, extract, resolve, map, store, driven by the
 * pipeline; server, query, report and cli on top): a stage never uses a later stage, the pipeline or
 * what sits on top. A plain scan of the sources, without a dependency: every {@code org.diplograph.}
 * name in code (imports, static imports and fully qualified names; comments and strings are left out,
 * a link in a comment is not an arrow) is checked against the rules, and every breach is listed with
 * its file and the name it uses.
 */
class ImportRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/diplograph");

    /** Package, and the packages it must not use: each rule with why. */
    private static final List<Rule> RULES = List.of(
            new Rule("store", Set.of("extract", "pipeline", "summary"),
                    "the store is a sink: it holds the dataset and writes what it is given"),
            new Rule("extract", Set.of("rdf", "resolve", "store", "pipeline", "cli"),
                    "extraction makes facts from text and knows nothing of graphs, copies or storage"),
            new Rule("resolve", Set.of("rdf", "store", "pipeline", "summary", "server", "cli"),
                    "resolution compares facts; where the links between copies are kept is the summary's"),
            stage("article"), stage("text"), stage("rdf"), stage("store"), stage("summary"));

    private static Rule stage(String name) {
        return new Rule(name, Set.of("pipeline", "server", "cli"), "a stage never uses the pipeline or what sits on top");
    }

    record Rule(String from, Set<String> notTo, String why) {}

    /** Package, the package it uses through a few of its classes only, those classes, and why. */
    private static final List<Narrow> NARROW = List.of(
            new Narrow("pipeline", "summary", Set.of("SummaryObserver"),
                    "the pipeline writes through the store's sink; the summary is kept by the sink's observer alone"));

    record Narrow(String from, String to, Set<String> only, String why) {}

    private static final Pattern NAME = Pattern.compile("\\borg\\.diplograph\\.([a-z][a-z0-9_]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*(?:\\.\\*)?)");

    @Test
    void noStageUsesALaterStageOrWhatSitsOnTop() throws IOException {
        Set<String> breaches = new TreeSet<>();
        for (Rule rule : RULES) {
            Path dir = SOURCES.resolve(rule.from());
            assertTrue(Files.isDirectory(dir), "a rule for a package that is gone: " + rule.from());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    for (Map.Entry<String, String> used : names(Files.readString(file))) {
                        if (rule.notTo().contains(used.getKey())) {
                            breaches.add(SOURCES.relativize(file) + " uses " + used.getValue() + " (" + rule.from()
                                    + " must not use " + used.getKey() + ": " + rule.why() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(breaches.isEmpty(), breaches.size() + " arrows against the data flow:\n  " + String.join("\n  ", breaches));
    }

    @Test
    void thePipelineKeepsTheSummaryThroughTheSinksObserverOnly() throws IOException {
        Set<String> breaches = new TreeSet<>();
        for (Narrow rule : NARROW) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(rule.from()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    for (Map.Entry<String, String> used : names(Files.readString(file))) {
                        if (!used.getKey().equals(rule.to())) continue;
                        String rest = used.getValue().substring(("org.diplograph." + rule.to()).length());
                        String type = rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
                        if (!rule.only().contains(type)) {
                            breaches.add(SOURCES.relativize(file) + " uses " + used.getValue() + " (" + rule.from()
                                    + " may use only " + rule.only() + " of " + rule.to() + ": " + rule.why() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(breaches.isEmpty(), breaches.size() + " uses beyond what is allowed:\n  " + String.join("\n  ", breaches));
    }

    @Test
    void theScanSeesImportsAndQualifiedNamesButNotCommentsOrStrings() {
        String source = """
                package org.diplograph.store;
                import org.diplograph.extract.Facts;
                import static org.diplograph.pipeline.Ingest.create;
                import org.diplograph.summary.*;
                /** See {@link org.diplograph.cli.Main}. */
                class X { // org.diplograph.server.Fuseki
                    Object o = new org.diplograph.resolve.Fingerprint(); String s = "org.diplograph.cli.Main";
                    char c = '"'; Object p = org.diplograph.rdf.DIP.Article;
                }
                """;
        List<String> found = names(source).stream().map(Map.Entry::getValue).toList();
        assertEquals(List.of("org.diplograph.store", "org.diplograph.extract.Facts", "org.diplograph.pipeline.Ingest.create",
                "org.diplograph.summary.*", "org.diplograph.resolve.Fingerprint", "org.diplograph.rdf.DIP.Article"), found);
    }

    /** Each {@code org.diplograph.} name in the code of {@code source}: its first package and the whole name. */
    static List<Map.Entry<String, String>> names(String source) {
        List<Map.Entry<String, String>> names = new ArrayList<>();
        Matcher m = NAME.matcher(code(source));
        while (m.find()) names.add(Map.entry(m.group(1), m.group()));
        return names;
    }

    /** {@code source} with comments, string and character literals (text blocks too) blanked out. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') i++;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') end = source.indexOf("\"\"\"", end + 1);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') j += source.charAt(j) == '\\' ? 2 : 1;
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
