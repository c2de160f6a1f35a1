package org.diplograph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.DiplographException;
import org.diplograph.query.CannedQuery;
import org.diplograph.query.Catalogue;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.Params;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on the hand-written fixture graph: files, tables, charts and console links. */
class ReportTest extends FixtureTest {
    static final ConsoleLink CONSOLE = new ConsoleLink("http://127.0.0.1:3030/", "diplo");

    static Report.Result report(QueryRunner runner, Path out, String... params) {
        Report.Builder b = Report.create().runner(runner).console(CONSOLE);
        for (String p : params) b.param(p);
        return b.build().write(out);
    }

    static String csv(QueryRunner runner, String query, String... params) {
        CannedQuery q = Catalogue.load().get(query);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFormat.CSV.write(runner.run(q, Params.parse(q, List.of(params))), q.prefixes(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The part of the page from the element with this attribute to the end of its figure or section. */
    static String block(String html, String marker, String end) {
        int at = html.indexOf(marker);
        assertTrue(at >= 0, "the page has " + marker);
        return html.substring(at, html.indexOf(end, at));
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void writesEveryQueryAsCsvAndJsonWithTheRowsTheQueryGives(@TempDir Path out) throws IOException {
        QueryRunner runner = QueryRunner.local(dsg);
        Report.Result r = report(runner, out);
        for (CannedQuery q : Catalogue.load().list()) {
            if (q.name().equals("find")) continue;
            assertTrue(Files.exists(out.resolve(q.name() + ".json")), q.name());
            if (q.params().stream().allMatch(p -> !p.required())) {
                assertEquals(csv(runner, q.name()), Files.readString(out.resolve(q.name() + ".csv")), q.name());
            }
        }
        // a required date is the latest full date of the graph: the conference story's publication
        assertEquals(csv(runner, "office-on-date", "date=2021-11-17"), Files.readString(out.resolve("office-on-date.csv")));
        // a required person is the one in most events; the evidence is that of the busiest pair
        assertEquals(csv(runner, "person-events", "person=https://w3id.org/diplograph/id/person/nguyen-van-an"),
                Files.readString(out.resolve("person-events.csv")));
        assertEquals(csv(runner, "evidence", "entity=https://w3id.org/diplograph/id/relation/JP-VN"),
                Files.readString(out.resolve("evidence.csv")));
        // text is never guessed
        assertEquals(List.of("find"), List.copyOf(r.skipped().keySet()));
        assertTrue(r.skipped().get("find").contains("--param find.text=VALUE"), r.skipped().toString());
        // one timeline per pair of the network, with the pair's own parameters
        assertEquals(csv(runner, "pair-timeline", "a=JP", "b=VN"), Files.readString(out.resolve("pair-timeline-JP-VN.csv")));
        assertTrue(r.ran().containsAll(List.of("pair-timeline JP-VN", "pair-timeline LA-VN", "pair-timeline BY-VN")), r.ran().toString());
        assertTrue(r.files().contains(out.resolve(Report.PAGE)));
    }

    @Test
    void thePageHoldsTheChartsWithTheCountriesAndNoExternalResource(@TempDir Path out) throws IOException {
        String html = Files.readString(report(QueryRunner.local(dsg), out).page());
        String network = block(html, "id=\"network-chart\"", "</figure>");
        List<String> countries = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"country\">([^<]+)<").matcher(network);
        while (m.find()) countries.add(m.group(1));
        assertEquals(List.of("Viêt Nam", "Japon", "Laos", "Biélorussie"), countries, "nodes, busiest first");
        assertEquals(3, count(network, "<line "), "one line per pair");
        assertTrue(network.contains("stroke-width=\"11.5\""), "the heaviest pair has the widest line");

        // JP-VN: two items dated by the story's publication year, one hollow at its article's date,
        // the copy's agreement on the axis without year, the copy's undated meeting counted
        String timeline = block(html, "class=\"timeline\" data-pair=\"JP-VN\"", "</figure>");
        assertEquals(4, count(timeline, "class=\"item "), timeline);
        assertEquals(1, count(timeline, "fill=\"#ffffff\" stroke=\"" + Svg.EVENT), "one event drawn hollow");
        assertTrue(timeline.contains("year not stated"));
        assertTrue(timeline.contains("1 item without a date"));
        assertTrue(timeline.contains(">2019-08-"), "the axis is in 2019");

        String topics = block(html, "id=\"topics-chart\"", "</figure>");
        assertTrue(topics.contains(">Japon – Viêt Nam<") && topics.contains(">Laos – Viêt Nam<"), topics);
        assertEquals(3, count(topics, "class=\"bar\""));
        assertTrue(topics.contains(">télécommunications<"));

        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"https?://(?!127\\.0\\.0\\.1:3030/)").matcher(html).find(),
                "nothing fetched from elsewhere; links go to the console only");
    }

    @Test
    void everyTableLinksToItsQueryInTheConsoleWithItsParametersFilledIn(@TempDir Path out) throws IOException {
        String html = Files.readString(report(QueryRunner.local(dsg), out, "partners.country=JP").page());
        String section = block(html, "id=\"q-partners\"", "</section>");
        Matcher link = Pattern.compile("class=\"console\" data-query=\"partners\" href=\"([^\"]+)\"").matcher(section);
        assertTrue(link.find(), section);
        String href = link.group(1).replace("&amp;", "&");
        String prefix = "http://127.0.0.1:3030/#/dataset/diplo/query?query=";
        assertTrue(href.startsWith(prefix), href);
        String query = URLDecoder.decode(href.substring(prefix.length()), StandardCharsets.UTF_8);
        assertTrue(query.contains("<https://w3id.org/diplograph/id/country/JP>"), query);
        assertFalse(query.contains("?country "), "the parameter is filled in: " + query);
        assertTrue(section.contains("Parameters: country = JP"));
        int tables = count(html, "<table data-query=");
        int links = count(html, "class=\"console\"");
        assertEquals(Catalogue.load().list().size() - 1 + 3, tables, "every query but find, and three pair timelines");
        assertEquals(tables + 2, links, "each table links, and the network and topics charts");
    }

    @Test
    void givesTheSameFilesThroughAnEndpoint(@TempDir Path out) throws IOException {
        report(QueryRunner.local(dsg), out.resolve("local"));
        try (TestServer server = TestServer.start(dsg)) {
            report(QueryRunner.remote(server.queryUrl()), out.resolve("remote"));
        }
        for (String name : List.of("network.csv", "pair-topics.csv", "office-on-date.csv", "pair-timeline-JP-VN.csv", "visits.json")) {
            assertEquals(Files.readString(out.resolve("local").resolve(name)), Files.readString(out.resolve("remote").resolve(name)), name);
        }
    }

    @Test
    void wrongParametersAreClearErrors(@TempDir Path out) {
        DiplographException unknownQuery = assertThrows(DiplographException.class,
                () -> report(QueryRunner.local(dsg), out, "nope.country=VN"));
        assertTrue(unknownQuery.getMessage().contains("no canned query 'nope'"), unknownQuery.getMessage());
        DiplographException form = assertThrows(DiplographException.class, () -> Report.create().param("country=VN"));
        assertTrue(form.getMessage().contains("QUERY.NAME=VALUE"), form.getMessage());
        DiplographException injection = assertThrows(DiplographException.class,
                () -> report(QueryRunner.local(dsg), out, "partners.country=JP\" } ; DROP ALL ; #"));
        assertTrue(injection.getMessage().contains("wants an ISO 3166-1 alpha-2 code"), injection.getMessage());
        DiplographException unknownParam = assertThrows(DiplographException.class,
                () -> report(QueryRunner.local(dsg), out, "network.weight=3"));
        assertTrue(unknownParam.getMessage().contains("unknown parameter 'weight'"), unknownParam.getMessage());
    }

    @Test
    void aGivenTextRunsTheQueryNobodyGuesses(@TempDir Path out) throws IOException {
        Report.Result r = report(QueryRunner.local(dsg), out, "find.text=<urn:x> } INSERT { <urn:a> <urn:b> <urn:c> } WHERE {");
        assertTrue(r.skipped().isEmpty(), r.skipped().toString());
        assertEquals("entity,type,label\r\n", Files.readString(out.resolve("find.csv")), "one literal, matching nothing");
    }
}
