package org.diplograph.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.DiplographException;

/**
 * How a result table is written: an aligned text table for reading, CSV for spreadsheets, SPARQL JSON
 * results for programs, a Markdown table for notes and reports. Jena's writers do CSV and JSON; the
 * two tables are for people, so they show a literal's text without quotes or tags and IRIs shortened
 * by the query's prefixes ({@code id:country/JP}), which Jena's text writer leaves whole.
 */
public enum ResultFormat {
    TABLE, CSV, JSON, MD;

    /** The format named {@code word} (table, csv, json, md; any case). */
    public static ResultFormat of(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DiplographException("unknown format '" + word + "' (known: table, csv, json, md)");
        }
    }

    /**
     * Writes {@code table} to {@code out} as UTF-8. {@code prefixes} shortens IRIs in the text table
     * and the Markdown table; CSV and JSON carry full IRIs.
     */
    public void write(ResultTable table, PrefixMapping prefixes, OutputStream out) {
        switch (this) {
            case TABLE -> text(table, prefixes, out);
            case CSV -> ResultSetFormatter.outputAsCSV(out, table.resultSet());
            case JSON -> ResultSetFormatter.outputAsJSON(out, table.resultSet());
            case MD -> markdown(table, prefixes, out);
        }
    }

    private static void markdown(ResultTable table, PrefixMapping prefixes, OutputStream out) {
        PrintWriter w = writer(out);
        w.println("| " + String.join(" | ", table.columns()) + " |");
        w.println("|" + "---|".repeat(table.columns().size()));
        for (List<String> row : cells(table, prefixes)) {
            StringBuilder line = new StringBuilder("|");
            for (String c : row) line.append(' ').append(c.replace("\\", "\\\\").replace("|", "\\|")).append(" |");
            w.println(line);
        }
        w.flush();
    }

    /** Columns padded to their widest cell, two spaces apart, the header underlined. */
    private static void text(ResultTable table, PrefixMapping prefixes, OutputStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columns());
        rows.add(null);
        rows.addAll(cells(table, prefixes));
        int[] width = new int[table.columns().size()];
        for (List<String> row : rows) {
            for (int i = 0; row != null && i < width.length; i++) width[i] = Math.max(width[i], length(row.get(i)));
        }
        PrintWriter w = writer(out);
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String c = row == null ? "-".repeat(width[i]) : row.get(i);
                line.append(c).append(" ".repeat(width[i] - length(c) + 2));
            }
            w.println(line.toString().stripTrailing());
        }
        w.flush();
    }

    private static List<List<String>> cells(ResultTable table, PrefixMapping prefixes) {
        List<List<String>> out = new ArrayList<>();
        for (Binding row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String c : table.columns()) cells.add(cell(row.get(Var.alloc(c)), prefixes));
            out.add(cells);
        }
        return out;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A literal's text, an IRI shortened by a known prefix or else in angle brackets, on one line. */
    public static String cell(Node n, PrefixMapping prefixes) {
        if (n == null) return "";
        String s;
        if (n.isURI()) {
            String shortForm = prefixes.shortForm(n.getURI());
            s = shortForm.equals(n.getURI()) ? "<" + n.getURI() + ">" : shortForm;
        } else if (n.isLiteral()) {
            s = n.getLiteralLexicalForm();
        } else {
            s = "_:" + n.getBlankNodeLabel();
        }
        return s.replaceAll("\\R", " ");
    }
}
