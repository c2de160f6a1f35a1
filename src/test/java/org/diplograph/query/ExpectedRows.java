package org.diplograph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Hand-written expected rows of a query over the fixture, in {@code fixture/expected/NAME.rows}, and
 * for other parameter values in {@code NAME@VARIANT.rows}:
 * lines {@code # param NAME=VALUE} give parameters, other {@code #} lines are comments, the first
 * table line names the columns and the others are rows: {@code | cell | cell |}. An IRI is written
 * {@code id:...} or {@code dip:...}, a literal as its lexical form, an unbound cell empty.
 */
public record ExpectedRows(Map<String, String> params, List<String> columns, List<List<String>> rows) {
    public static final String DIP = "https://w3id.org/diplograph/ontology#";

    /**
     * Every expected-rows file of query {@code name}, keyed by file name: {@code NAME.rows} first,
     * then its variants {@code NAME@VARIANT.rows} in name order; empty when there is none.
     */
    static Map<String, ExpectedRows> all(String name) throws IOException {
        Map<String, ExpectedRows> out = new LinkedHashMap<>();
        ExpectedRows main = of(name);
        if (main != null) out.put(name + ".rows", main);
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(ExpectedRows.class.getResource("/fixture/expected").toURI());
            try (var files = java.nio.file.Files.list(dir)) {
                for (String f : files.map(p -> p.getFileName().toString())
                        .filter(f -> f.startsWith(name + "@") && f.endsWith(".rows")).sorted().toList()) {
                    out.put(f, of(f.substring(0, f.length() - ".rows".length())));
                }
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return out;
    }

    /** The expected rows in {@code fixture/expected/FILE.rows}, or null when there is no file. */
    public static ExpectedRows of(String file) throws IOException {
        try (InputStream in = ExpectedRows.class.getResourceAsStream("/fixture/expected/" + file + ".rows")) {
            if (in == null) return null;
            Map<String, String> params = new LinkedHashMap<>();
            List<List<String>> table = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith("# param ")) {
                    String a = l.substring("# param ".length());
                    params.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
                } else if (l.startsWith("|")) {
                    table.add(cells(l));
                }
            }
            return new ExpectedRows(params, table.get(0), table.subList(1, table.size()));
        }
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) out.add(c.strip());
        return out;
    }

    /** The cells of {@code table} written the way expected files write them. */
    static List<List<String>> render(ResultTable table) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            List<String> row = new ArrayList<>();
            for (String c : table.columns()) row.add(cell(table.get(r, c)));
            out.add(row);
        }
        return out;
    }

    static String cell(Node n) {
        if (n == null) return "";
        if (n.isURI()) {
            String u = n.getURI();
            if (u.startsWith(Fixture.ID)) return "id:" + u.substring(Fixture.ID.length());
            if (u.startsWith(DIP)) return "dip:" + u.substring(DIP.length());
            return "<" + u + ">";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel();
    }
}
