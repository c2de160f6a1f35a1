package org.diplograph.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.diplograph.DiplographException;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.ParamSpec;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.ResultTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole catalogue as a script and writes, into one folder, {@code NAME.csv} and
 * {@code NAME.json} (SPARQL results) per query, {@link Summary#FILE} (the figures the next report
 * compares with) and {@code report.html}: one self-contained page (no script, no style sheet or
 * font fetched) with a summary at the top, the charts (the country-pair network, a timeline per
 * pair, topics per pair) and every table, each linking to the same query in the Fuseki console
 * with its parameters filled in; the tables show names instead of IRIs and their first rows only,
 * the rest a click away.
 *
 * <p>Parameters come from the query's defaults, from {@link Builder#param} and, for a required one
 * nobody gave, from {@link Picks}; a query that still lacks a value, or that fails, is listed in
 * the report with the reason and the others run on.
 */
public final class Report {
    private static final Logger LOG = LoggerFactory.getLogger(Report.class);
    /** The name of the HTML page in the output folder. */
    public static final String PAGE = "report.html";

    private final QueryRunner runner;
    private final Catalogue catalogue;
    private final ConsoleLink console;
    private final Map<String, Map<String, String>> given;
    private final int timelines;
    private final Summary previous;
    private final LocalDate from;
    private final LocalDate to;

    private Report(Builder b) {
        this.runner = Objects.requireNonNull(b.runner, "runner");
        this.catalogue = b.catalogue != null ? b.catalogue : Catalogue.load();
        this.console = Objects.requireNonNull(b.console, "console");
        this.given = b.given;
        this.timelines = b.timelines;
        this.previous = b.previous;
        this.from = b.from;
        this.to = b.to;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a report; {@link #runner} and {@link #console} are required. */
    public static final class Builder {
        private QueryRunner runner;
        private Catalogue catalogue;
        private ConsoleLink console;
        private final Map<String, Map<String, String>> given = new LinkedHashMap<>();
        private int timelines = 6;
        private Summary previous;
        private LocalDate from;
        private LocalDate to;

        private Builder() {}

        /** Where the queries run: a local dataset or an endpoint. */
        public Builder runner(QueryRunner runner) {
            this.runner = runner;
            return this;
        }

        /** The queries to run (default: the shipped catalogue). */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = catalogue;
            return this;
        }

        /** The console the tables link to. */
        public Builder console(ConsoleLink console) {
            this.console = console;
            return this;
        }

        /**
         * A parameter value for one query, written {@code QUERY.NAME=VALUE}
         * ({@code office-on-date.date=2021-11-16}).
         *
         * @throws DiplographException when the assignment is not of that form
         */
        public Builder param(String assignment) {
            int eq = assignment.indexOf('=');
            int dot = eq < 0 ? -1 : assignment.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0 || dot == eq - 1) {
                throw new DiplographException("expected QUERY.NAME=VALUE, got '" + assignment + "'");
            }
            given.computeIfAbsent(assignment.substring(0, dot), k -> new LinkedHashMap<>())
                    .put(assignment.substring(dot + 1, eq), assignment.substring(eq + 1));
            return this;
        }

        /** How many of the busiest pairs get a timeline (default 6). */
        public Builder timelines(int pairs) {
            this.timelines = pairs;
            return this;
        }

        /**
         * An earlier report's summary ({@link Summary#read}): the page then says what changed since
         * (new pairs, agreements and events, counts up and down).
         */
        public Builder since(Summary previous) {
            this.previous = previous;
            return this;
        }

        /**
         * The period the report is about, inclusive, either end null for open: the summary counts
         * what falls in it ({@link Summary#within}), and every query that takes {@code from} or
         * {@code to} parameters gets them unless {@link #param} gave them.
         *
         * @throws DiplographException when {@code from} is after {@code to}
         */
        public Builder period(LocalDate from, LocalDate to) {
            if (from != null && to != null && from.isAfter(to)) {
                throw new DiplographException("the period ends before it begins: from " + from + " to " + to);
            }
            this.from = from;
            this.to = to;
            return this;
        }

        public Report build() {
            return new Report(this);
        }
    }

    /**
     * What a report wrote.
     *
     * @param page    the HTML page
     * @param files   every file written, the page last
     * @param ran     the sections run, by name ({@code pair-timeline JP-VN} for a pair's timeline)
     * @param skipped queries not shown, with the reason
     */
    public record Result(Path page, List<Path> files, List<String> ran, Map<String, String> skipped) {}

    /** One table of the report: a query run with its values. */
    record Section(String id, CannedQuery query, Map<String, String> values, String sparql, ResultTable table) {}

    /**
     * Runs the catalogue and writes the report into {@code outDir} (created if missing; files of the
     * same names are replaced).
     *
     * @throws DiplographException when the folder cannot be written, or a parameter names an unknown query
     */
    public Result write(Path outDir) {
        for (String name : given.keySet()) catalogue.get(name);   // an unknown query is an error, not a silent skip
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new DiplographException("cannot create " + outDir + ": " + e.getMessage(), e);
        }
        Picks picks = new Picks(runner);
        List<Section> sections = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (CannedQuery q : catalogue.list()) {
            Map<String, String> values = new LinkedHashMap<>(given.getOrDefault(q.name(), Map.of()));
            for (ParamSpec p : q.params()) {
                if (p.name().equals("from") && from != null) values.putIfAbsent("from", from.toString());
                if (p.name().equals("to") && to != null) values.putIfAbsent("to", to.toString());
            }
            Optional<String> missing = fill(q, values, picks);
            if (missing.isPresent()) {
                skipped.put(q.name(), missing.get());
                continue;
            }
            run(q.name(), q, values, sections, skipped, files, outDir);
        }
        List<TimelineSection> pairTimelines = timelines(sections, skipped, files, outDir);
        ResultTable network = sections.stream().filter(s -> s.id().equals("network")).findFirst().map(Section::table).orElse(null);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Summary summary = from == null && to == null ? Summary.of(runner, network, now) : Summary.within(runner, network, now, from, to);
        Summary.Changes changes = previous == null ? null : summary.since(previous);
        List<ResultTable> tables = new ArrayList<>(sections.stream().map(Section::table).toList());
        pairTimelines.forEach(t -> tables.add(t.section().table()));
        List<String> named = new ArrayList<>();
        if (changes != null) {
            named.addAll(changes.newAgreements());
            named.addAll(changes.newEvents());
        }
        Labels labels = Labels.of(runner, tables, named);
        Path summaryFile = outDir.resolve(Summary.FILE);
        summary.write(summaryFile);
        files.add(summaryFile);
        Path page = outDir.resolve(PAGE);
        long dated = catalogue.list().stream().filter(q -> q.params().stream()
                .anyMatch(p -> (p.name().equals("from") && from != null) || (p.name().equals("to") && to != null))).count();
        String asked = from == null && to == null ? null
                : (from == null ? "until " + to : to == null ? "from " + from : from + " to " + to);
        String html = ReportPage.html(runner.target(), console, sections, pairTimelines, skipped, summary, changes, labels,
                asked, dated);
        try {
            Files.writeString(page, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DiplographException("cannot write " + page + ": " + e.getMessage(), e);
        }
        files.add(page);
        List<String> ran = new ArrayList<>(sections.stream().map(Section::id).toList());
        pairTimelines.forEach(t -> ran.add(t.section().id()));
        LOG.info("Report: {} tables from {}, {} queries not run, written to {}", ran.size(), runner.target(), skipped.size(), page);
        return new Result(page, List.copyOf(files), List.copyOf(ran), Map.copyOf(skipped));
    }

    /** Fills required parameters nobody gave; returns why the query cannot run, if it cannot. */
    private static Optional<String> fill(CannedQuery q, Map<String, String> values, Picks picks) {
        for (ParamSpec p : q.params()) {
            if (!p.required() || values.containsKey(p.name())) continue;
            Optional<String> picked = picks.valueFor(p);
            if (picked.isEmpty()) {
                return Optional.of("needs " + p + " (" + p.type().expected() + "): give --param "
                        + q.name() + "." + p.name() + "=VALUE");
            }
            values.put(p.name(), picked.get());
        }
        return Optional.empty();
    }

    private Section run(String id, CannedQuery q, Map<String, String> values, List<Section> sections,
                        Map<String, String> skipped, List<Path> files, Path outDir) {
        Params params = Params.of(q, values);
        Map<String, String> shown = new LinkedHashMap<>();
        for (ParamSpec p : q.params()) {   // an optional parameter nobody gave (from, to) is not shown
            String value = values.getOrDefault(p.name(), p.defaultValue());
            if (value != null) shown.put(p.name(), value);
        }
        ResultTable table;
        try {
            table = runner.run(q, params);
        } catch (DiplographException e) {
            LOG.warn("Report: {} failed: {}", id, e.getMessage());
            skipped.put(id, "failed: " + e.getMessage());
            return null;
        }
        String file = id.replace(' ', '-');
        files.add(write(outDir.resolve(file + ".csv"), ResultFormat.CSV, table, q));
        files.add(write(outDir.resolve(file + ".json"), ResultFormat.JSON, table, q));
        Section s = new Section(id, q, shown, params.applyTo(q.query()).serialize(), table);
        sections.add(s);
        return s;
    }

    /** A pair's timeline: its chart and its table. */
    record TimelineSection(String pairLabel, Section section) {}

    /** Runs {@code pair-timeline} for the busiest pairs of the network table. */
    private List<TimelineSection> timelines(List<Section> sections, Map<String, String> skipped, List<Path> files, Path outDir) {
        List<TimelineSection> out = new ArrayList<>();
        Optional<Section> network = sections.stream().filter(s -> s.id().equals("network")).findFirst();
        Optional<CannedQuery> timeline = catalogue.find("pair-timeline");
        if (network.isEmpty() || timeline.isEmpty()) return out;
        ResultTable t = network.get().table();
        for (int r = 0; r < t.size() && out.size() < timelines; r++) {
            String a = text(t.get(r, "a")), b = text(t.get(r, "b"));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("a", a);
            values.put("b", b);
            Section s = run("pair-timeline " + a + "-" + b, timeline.get(), values, new ArrayList<>(), skipped, files, outDir);
            if (s != null) out.add(new TimelineSection(text(t.get(r, "aLabel")) + " – " + text(t.get(r, "bLabel")), s));
        }
        return out;
    }

    private static Path write(Path file, ResultFormat format, ResultTable table, CannedQuery q) {
        try (OutputStream out = Files.newOutputStream(file)) {
            format.write(table, q.prefixes(), out);
        } catch (IOException e) {
            throw new DiplographException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    static String text(Node n) {
        if (n == null) return "";
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
