package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.export.FactsExport;
import org.junit.jupiter.api.Test;

/**
 * The extractor's pure function ({@link ArticleQuads}) runs where there is no store and no server (a
 * Spark executor): the project's classes it reaches, read from their class files, name nothing of
 * TDB2, Fuseki or Jetty, nor the store, server, pipeline or command line. The facts export a job
 * writes beside the quads ({@link FactsExport} over a dataset in memory) reaches no server either.
 */
class ExtractionBoundaryTest {
    private static final Pattern PROJECT_CLASS = Pattern.compile("org/diplograph/[A-Za-z0-9_/$]+");
    private static final List<String> SERVERS = List.of("org/apache/jena/fuseki", "org/eclipse/jetty", "jakarta/servlet",
            "org/diplograph/server/", "org/diplograph/cli/", "org/diplograph/pipeline/");

    @Test
    void articleQuadsReachesNoStoreServerOrPipeline() throws IOException {
        List<String> forbidden = new ArrayList<>(SERVERS);
        forbidden.addAll(List.of("org/apache/jena/tdb2", "org/apache/jena/dboe", "org/diplograph/store/"));
        Reached r = reach(ArticleQuads.class);
        assertTrue(r.classes().contains("org/diplograph/extract/Extractor"), "the walk reaches the extractor: " + r.classes());
        assertTrue(r.classes().contains("org/diplograph/resolve/Fingerprint"), r.classes().toString());
        assertFalse(r.classes().contains("org/diplograph/store/Store"), "the walk finds what it must not: " + r.classes());
        assertEquals(List.of(), r.naming(forbidden));
    }

    @Test
    void theFactsExportReachesNoServer() throws IOException {
        assertEquals(List.of(), reach(FactsExport.class).naming(SERVERS));
    }

    private static void assertEquals(List<String> expected, List<String> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "classes that name what the boundary excludes");
    }

    /** The project's classes reached from a root through their constant pools, and every name each mentions. */
    private record Reached(Set<String> classes, java.util.Map<String, Set<String>> names) {
        /** "class names x" for each reached class mentioning a name under one of the prefixes. */
        List<String> naming(List<String> prefixes) {
            List<String> out = new ArrayList<>();
            names.forEach((c, ns) -> {
                for (String n : ns) {
                    for (String p : prefixes) if (n.contains(p)) out.add(c + " names " + n);
                }
            });
            return out;
        }
    }

    private static Reached reach(Class<?> root) throws IOException {
        Set<String> seen = new TreeSet<>();
        java.util.Map<String, Set<String>> names = new java.util.TreeMap<>();
        Deque<String> next = new ArrayDeque<>(List.of(root.getName().replace('.', '/')));
        while (!next.isEmpty()) {
            String c = next.poll();
            if (!seen.add(c)) continue;
            Set<String> strings = utf8(c);
            if (strings == null) continue;   // a name in a string that is no class of the project
            names.put(c, strings);
            for (String s : strings) {
                Matcher m = PROJECT_CLASS.matcher(s);
                while (m.find()) next.add(m.group());
            }
        }
        seen.removeIf(c -> !names.containsKey(c));
        return new Reached(seen, names);
    }

    /** The UTF-8 entries of a class file's constant pool (class names, descriptors, signatures); null when there is no such class. */
    private static Set<String> utf8(String internalName) throws IOException {
        try (InputStream raw = ExtractionBoundaryTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            if (raw == null) return null;
            DataInputStream in = new DataInputStream(raw);
            in.readInt();                       // magic
            in.readUnsignedShort();             // minor
            in.readUnsignedShort();             // major
            int count = in.readUnsignedShort();
            Set<String> out = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 3, 4 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 15 -> in.skipBytes(3);
                    default -> throw new IOException(internalName + ": constant pool tag " + tag + " not known");
                }
            }
            return out;
        }
    }
}
