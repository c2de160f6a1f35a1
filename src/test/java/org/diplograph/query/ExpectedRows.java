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
 * Hand-written expected rows of a query over the fixture, in {@code fixture/expected/NAME.rows}:
 * lines {@code # param NAME=VALUE} give parameters, other {@code #} lines are comments, the first
 * table line names the columns and the others are rows: {@code | cell | cell |}. An IRI is written
 * {@code id:...} or {@code dip:...}, a literal as its lexical form, an unbound cell empty.
 */
record ExpectedRows(Map<String, String> params, List<String> columns, List<List<String>> rows) {
    static final String DIP = "https://w3id.org/diplograph/ontology#";

    /** The expected rows of query {@code name}, or null when there is no file. */
    static ExpectedRows of(String name) throws IOException {
        try (InputStream in = ExpectedRows.class.getResourceAsStream("/fixture/expected/" + name + ".rows")) {
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
