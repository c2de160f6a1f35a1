package org.diplograph.query;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.DiplographException;

/**
 * How a result table is written: an aligned text table for reading, CSV for spreadsheets, SPARQL JSON
 * results for programs, a Markdown table for notes and reports. Jena's writers do the first three.
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
            case TABLE -> ResultSetFormatter.out(out, table.resultSet(), prefixes);
            case CSV -> ResultSetFormatter.outputAsCSV(out, table.resultSet());
            case JSON -> ResultSetFormatter.outputAsJSON(out, table.resultSet());
            case MD -> markdown(table, prefixes, out);
        }
    }

    private static void markdown(ResultTable table, PrefixMapping prefixes, OutputStream out) {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("| " + String.join(" | ", table.columns()) + " |");
        w.println("|" + "---|".repeat(table.columns().size()));
        for (Binding row : table.rows()) {
            StringBuilder line = new StringBuilder("|");
            for (String c : table.columns()) line.append(' ').append(cell(row.get(Var.alloc(c)), prefixes)).append(" |");
            w.println(line);
        }
        w.flush();
    }

    /** A literal's text, an IRI shortened by a known prefix or else in angle brackets; pipes escaped. */
    static String cell(Node n, PrefixMapping prefixes) {
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
        return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
    }
}
