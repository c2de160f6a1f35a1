package org.diplograph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.diplograph.query.ExpectedRows;
import org.diplograph.query.Fixture;
import org.diplograph.query.FixtureTest;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.TestServer;
import org.junit.jupiter.api.Tag;
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

    /** The queries that search for a text, which a report cannot guess. */
    private static final List<String> TEXT_SEARCHES = List.of("find", "mentions", "name-like");

    @Test
    void writesEveryQueryAsCsvAndJsonWithTheRowsWrittenByHandForTheFixture(@TempDir Path out) throws IOException {
        Report.Result r = report(QueryRunner.local(dsg), out);
        for (CannedQuery q : Catalogue.load().list()) {
            if (TEXT_SEARCHES.contains(q.name())) continue;
            assertTrue(Files.exists(out.resolve(q.name() + ".json")), q.name());
            ExpectedRows expected = ExpectedRows.of(q.name());
            if (q.params().stream().allMatch(p -> !p.required()) && expected.params().isEmpty()) {
                // the rows written by hand for the query alone, in fixture/expected
                assertRows(expected.columns(), expected.rows(), out.resolve(q.name() + ".csv"), q.query().hasOrderBy());
            }
        }
        // a required date is the latest full date of the graph: the conference story's publication (17 November
        // 2021); the Vietnamese offices stated on or before it, each by its latest article (the copy gives no date)
        assertRows(List.of("person", "name", "title", "organization", "statedOn", "article"), rows(
                "| id:person/le-thi-hoa | Lê Thị Hoa | vice-ministre des Affaires étrangères | Ministère des Affaires étrangères | 2021-11-17 | conference-id |",
                "| id:person/nguyen-van-an | Nguyễn Văn An | membre du Comité central | Parti communiste du Vietnam | 2019-08-09 | story-jp-vn |",
                "| id:person/nguyen-van-an | Nguyễn Văn An | ministre et chef du Bureau du gouvernement | Bureau du gouvernement | 2019-08-09 | story-jp-vn |"),
                out.resolve("office-on-date.csv"), true);
        // a required person is the one in most events: the Vietnamese minister, visitor in Tokyo from 5 to 7 August,
        // received there (and in the copy), received in Belarus by the teaser; the signing is told as the agreement
        assertRows(List.of("event", "article", "kind", "role", "date", "end", "place", "others"), rows(
                "| id:event/story-jp-vn/1 | story-jp-vn | visit | visitor | --08-05 | --08-07 | Tokyo |  |",
                "| id:event/story-jp-vn/2 | story-jp-vn | meeting | participant |  |  |  | Taro Yamada |",
                "| id:event/story-jp-vn-copy/1 | story-jp-vn-copy | meeting | participant |  |  |  | Taro Yamada |",
                "| id:event/teaser-by-vn/1 | teaser-by-vn | meeting | participant |  |  |  | Ivan Petrov |"),
                out.resolve("person-events.csv"), true);
        // the evidence is that of the busiest pair, Japan and Viet Nam: the sentences of the story and of its copy
        assertRows(List.of("fact", "article", "begin", "end", "sentence"), rows(
                "| id:agreement/story-jp-vn/1 | story-jp-vn | 0 | 95 | Le Viêt Nam et le Japon ont signé le 7 août à Tokyo un protocole d'accord sur l'e-gouvernement. |",
                "| id:event/story-jp-vn/1 | story-jp-vn | 96 | 202 | Le ministre et chef du Bureau du gouvernement, Nguyễn Văn An, effectue une visite au Japon du 5 au 7 août. |",
                "| id:event/story-jp-vn/2 | story-jp-vn | 203 | 268 | Il a rencontré le ministre des Affaires intérieures, Taro Yamada. |",
                "| id:agreement/story-jp-vn-copy/1 | story-jp-vn-copy | 0 | 76 | LeViêt Nam et le Japon ont signé un protocole d'accord sur l'e-gouvernement. |",
                "| id:event/story-jp-vn-copy/1 | story-jp-vn-copy | 77 | 115 | Nguyễn Văn An a rencontré Taro Yamada. |"),
                out.resolve("evidence.csv"), true);
        // text is never guessed
        assertEquals(java.util.Set.copyOf(TEXT_SEARCHES), r.skipped().keySet());
        assertTrue(r.skipped().get("find").contains("--param find.text=VALUE"), r.skipped().toString());
        // one timeline per pair of the network, with the pair's own parameters: undated first, then by date
        List<String> timeline = List.of("date", "end", "what", "kind", "item", "place", "article", "published");
        assertRows(timeline, rows(
                "|  |  | event | meeting | id:event/story-jp-vn/2 |  | story-jp-vn | 2019-08-09 |",
                "|  |  | event | meeting | id:event/story-jp-vn-copy/1 |  | story-jp-vn-copy |  |",
                "| --08-05 | --08-07 | event | visit | id:event/story-jp-vn/1 | Tokyo | story-jp-vn | 2019-08-09 |",
                "| --08-07 |  | agreement | protocole d'accord | id:agreement/story-jp-vn/1 | Tokyo | story-jp-vn | 2019-08-09 |",
                "| --08-07 |  | agreement | protocole d'accord | id:agreement/story-jp-vn-copy/1 |  | story-jp-vn-copy |  |"),
                out.resolve("pair-timeline-JP-VN.csv"), true);
        // Laos: the proposed telecommunications accord (no date), the talks of 14 March, the ceremony of 15 March
        // in Vientiane, the memorandum concluded in April 2017
        assertRows(timeline, rows(
                "|  |  | agreement | accord | id:agreement/story-la-vn/2 |  | story-la-vn | 2019-03-16 |",
                "| --03-14 |  | event | talks | id:event/story-la-vn/2 |  | story-la-vn | 2019-03-16 |",
                "| --03-15 |  | event | ceremony | id:event/story-la-vn/1 | Vientiane | story-la-vn | 2019-03-16 |",
                "| 2017-04 |  | agreement | protocole d'accord | id:agreement/story-la-vn/1 |  | story-la-vn | 2019-03-16 |"),
                out.resolve("pair-timeline-LA-VN.csv"), true);
        // Belarus: the teaser's meeting only, without date
        assertRows(timeline, rows("|  |  | event | meeting | id:event/teaser-by-vn/1 |  | teaser-by-vn |  |"),
                out.resolve("pair-timeline-BY-VN.csv"), true);
        assertTrue(r.ran().containsAll(List.of("pair-timeline JP-VN", "pair-timeline LA-VN", "pair-timeline BY-VN")), r.ran().toString());
        assertTrue(r.files().contains(out.resolve(Report.PAGE)));
    }

    /** Rows in the notation of the expected-rows files: {@code | cell | cell |}, IRIs as {@code id:...}. */
    static List<List<String>> rows(String... lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) {
            List<String> row = new ArrayList<>();
            for (String c : l.substring(1, l.length() - 1).split("\\|", -1)) row.add(c.strip());
            rows.add(row);
        }
        return rows;
    }

    /**
     * The CSV file {@code csv} holds {@code columns} and {@code rows}, in this order when {@code ordered}
     * (the query sorts), else in any order; its IRIs are compared in the {@code id:}/{@code dip:} notation.
     */
    static void assertRows(List<String> columns, List<List<String>> rows, Path csv, boolean ordered) throws IOException {
        List<List<String>> table = new ArrayList<>();
        for (List<String> row : parseCsv(Files.readString(csv))) {
            table.add(row.stream().map(c -> c.startsWith(Fixture.ID) ? "id:" + c.substring(Fixture.ID.length())
                    : c.startsWith(ExpectedRows.DIP) ? "dip:" + c.substring(ExpectedRows.DIP.length()) : c).toList());
        }
        assertEquals(columns, table.get(0), "columns of " + csv.getFileName());
        List<List<String>> actual = table.subList(1, table.size());
        if (ordered) {
            assertEquals(rows, actual, csv.getFileName().toString());
        } else {
            java.util.Comparator<List<String>> byText = java.util.Comparator.comparing(Object::toString);
            assertEquals(rows.stream().sorted(byText).toList(), actual.stream().sorted(byText).toList(), csv.getFileName().toString());
        }
    }

    /** The records of an RFC 4180 text: fields split on commas, quoted fields may hold commas, quotes and line ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
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
        int tables = count(html, "<table data-query=\"[^\"]+\">");   // a long table's folded rest is not another table
        int links = count(html, "class=\"console\"");
        assertEquals(Catalogue.load().list().size() - TEXT_SEARCHES.size() + 3, tables,
                "every query but the text searches, and three pair timelines");
        assertEquals(tables + 2, links, "each table links, and the network and topics charts");
    }

    @Tag("integration")
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
        assertFalse(r.skipped().containsKey("find"), r.skipped().toString());
        assertEquals("entity,type,label\r\n", Files.readString(out.resolve("find.csv")), "one literal, matching nothing");
    }

    @Test
    void theSummaryComesFirstAndItsFileReadsBack(@TempDir Path out) throws IOException {
        String html = Files.readString(report(QueryRunner.local(dsg), out).page());
        int summary = html.indexOf("<section id=\"summary\">");
        assertTrue(summary > 0 && summary < html.indexOf("id=\"network\""), "the summary opens the page");
        String box = block(html, "<section id=\"summary\">", "</section>");
        // the articles' dates and those of what they tell (the agreement of April 2017); a day without a year is left out
        assertTrue(box.contains("<dd class=\"period\">2017-04 to 2021-11-17</dd>"), box);
        assertTrue(box.contains("<dd class=\"published\">2019-03-16 to 2021-11-17 (the articles that give a date)</dd>"), box);
        assertTrue(box.contains("<dd class=\"articles\">4 (1 repeats a story also loaded), and 1 teaser</dd>"), box);
        assertTrue(box.contains("<dd class=\"pairs\">3</dd>"), box);
        Matcher busiest = Pattern.compile("<li><a href=\"#q-pair-timeline-([A-Z-]+)\">([^<]+)</a>").matcher(box);
        List<String> pairs = new ArrayList<>();
        while (busiest.find()) pairs.add(busiest.group(1) + " " + busiest.group(2));
        assertEquals(List.of("JP-VN Japon – Viêt Nam", "LA-VN Laos – Viêt Nam", "BY-VN Biélorussie – Viêt Nam"), pairs);
        assertTrue(html.contains("id=\"q-pair-timeline-JP-VN\""), "the busiest pairs link to their timelines");
        assertFalse(box.contains("Since the report of"), "no earlier report, no changes");

        Summary read = Summary.read(out);
        assertEquals(read, Summary.read(out.resolve(Summary.FILE)), "the folder or the file");
        assertEquals("2017-04", read.from());
        assertEquals("2019-03-16", read.publishedFrom());
        assertEquals(4, read.articles());
        assertEquals(List.of("JP-VN", "LA-VN", "BY-VN"), read.busiest().stream().map(Summary.Pair::key).toList());
        assertTrue(read.agreements().contains("https://w3id.org/diplograph/id/agreement/story-jp-vn/1"), read.agreements().toString());
        DiplographException none = assertThrows(DiplographException.class, () -> Summary.read(out.resolve("nope.json")));
        assertTrue(none.getMessage().startsWith("no report summary at "), none.getMessage());
        DiplographException other = assertThrows(DiplographException.class, () -> Summary.read(out.resolve("network.json")));
        assertTrue(other.getMessage().startsWith("not a report summary: "), other.getMessage());
    }

    @Test
    void sinceAnEarlierReportThePageSaysWhatChanged(@TempDir Path out) throws IOException {
        report(QueryRunner.local(dsg), out.resolve("now"));
        Summary now = Summary.read(out.resolve("now"));
        // an earlier week: one article less, no agreement yet, the Lao pair quieter, the Japanese one absent
        List<Summary.Pair> pairs = new ArrayList<>();
        for (Summary.Pair p : now.pairs()) {
            if (p.key().equals("LA-VN")) pairs.add(new Summary.Pair(p.a(), p.b(), p.aLabel(), p.bLabel(), p.events() - 1, 0, 1));
            else if (!p.key().equals("JP-VN")) pairs.add(p);
        }
        Summary before = new Summary("2026-01-05T08:00:00Z", now.from(), now.to(), now.publishedFrom(), now.publishedTo(), now.articles() - 1, 0, 0, pairs,
                now.events().subList(1, now.events().size()), List.of());
        Summary.Changes changes = now.since(before);
        assertEquals(List.of("JP-VN"), changes.newPairs().stream().map(Summary.Pair::key).toList());
        assertEquals(now.agreements(), changes.newAgreements());
        assertEquals(List.of(now.events().get(0)), changes.newEvents());
        assertTrue(changes.counts().contains(new Summary.Count("articles", 3, 4)), changes.counts().toString());
        assertTrue(changes.counts().contains(new Summary.Count("Japon – Viêt Nam (events + agreements)", 0,
                now.pairs().get(0).weight())), changes.counts().toString());
        assertTrue(now.since(now).none(), "nothing changed since itself");

        Path file = out.resolve("before.json");
        before.write(file);
        Report.Result r = Report.create().runner(QueryRunner.local(dsg)).console(CONSOLE).since(Summary.read(file)).build()
                .write(out.resolve("later"));
        String box = block(Files.readString(r.page()), "<section id=\"summary\">", "</section>");
        assertTrue(box.contains("Since the report of 2026-01-05T08:00:00Z"), box);
        assertTrue(box.contains("<dd class=\"new-pairs\">Japon – Viêt Nam</dd>"), box);
        // new agreements by name, the IRI on hover
        assertTrue(Pattern.compile("<dd class=\"new-agreements\">" + now.agreements().size() + ": .*title=\"https://w3id.org/"
                + "diplograph/id/agreement/story-jp-vn/1\"[^>]*>[^<]*accord").matcher(box).find(), box);
        assertTrue(box.contains("<li>articles: 3 → 4 <span class=\"up\">+1</span></li>"), box);
    }

    @Test
    void tablesShowNamesNotIrisAndFoldTheirLongTail(@TempDir Path out) throws IOException {
        String html = Files.readString(report(QueryRunner.local(dsg), out, "partners.country=JP").page());
        String partners = block(html, "id=\"q-partners\"", "</section>");
        assertTrue(Pattern.compile("<td><a class=\"iri\" title=\"https://w3id.org/diplograph/id/country/VN\" href=\""
                + "http://127\\.0\\.0\\.1:3030/#/dataset/diplo/query\\?query=DESCRIBE[^\"]+\">Viêt Nam</a></td>").matcher(partners).find(), partners);
        assertTrue(partners.contains("Parameters: country = JP"), partners);
        assertFalse(Pattern.compile("<td[^>]*>(<a[^>]*>)?(https?://|id:country/)").matcher(html).find(), "no table prints a country's IRI");
        assertTrue(html.contains(">Le Viêt Nam et le Japon signent un protocole d&#39;accord</a></td>"), "an article by its headline");
        assertTrue(block(html, "id=\"q-evidence\"", "</section>").contains("entity = Japon – Viêt Nam"), "a parameter by its name");

        // 12 meetings: the first ten shown, two behind a click
        String meetings = block(html, "id=\"q-meetings\"", "</section>");
        assertEquals(ReportPage.FIRST_ROWS, count(block(meetings, "<table data-query=\"meetings\">", "</table>"), "<tr>") - 1);
        String rest = block(meetings, "<details class=\"more\" data-query=\"meetings\"><summary>Show the other 2 rows</summary>", "</details>");
        assertEquals(2, count(rest, "<tr>") - 1, rest);
        assertFalse(block(html, "id=\"q-countries\"", "</section>").contains("<details"), "a short table is whole");
    }

    @Test
    void aDateWithoutYearIsMarkedWhereTheArticlesYearPlacesIt(@TempDir Path out) throws IOException {
        String html = Files.readString(report(QueryRunner.local(dsg), out).page());
        String timeline = block(html, "class=\"timeline\" data-pair=\"JP-VN\"", "</figure>");
        // the meeting of 5 August and the signing of 7 August, in 2019 by their article; the copy's agreement too (no article date)
        assertEquals(3, count(timeline, "class=\"item [a-z]+ yearless\""), timeline);
        assertEquals(3 + 1, count(timeline, "class=\"yearless-mark\""), "each marked, and the mark in the legend");
        assertTrue(timeline.contains(">year taken from the article<"), "the legend says what the mark means");
        assertTrue(timeline.contains("--08-05, year of the article: 2019-08-05"), "the hover says it too");
        // a full date is not marked
        assertEquals(0, count(block(html, "class=\"timeline\" data-pair=\"BY-VN\"", "</figure>"), "class=\"item [a-z]+ yearless\""));
    }

    @Test
    void theNetworkChartDrawsTheBusiestPairsOfALargeGraph() {
        List<NetworkChart.Edge> few = new ArrayList<>(), many = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            NetworkChart.Edge e = new NetworkChart.Edge("A" + k, "Pays " + k, "VN", "Viêt Nam", k < 30 ? 30 - k : 0);
            many.add(e);
            if (k >= 30) few.add(e);
        }
        assertEquals(few, ReportPage.drawn(few), "a small graph is drawn whole, pairs without events too");
        List<NetworkChart.Edge> drawn = ReportPage.drawn(many);
        assertEquals(ReportPage.NETWORK_PAIRS, drawn.size());
        assertEquals(many.subList(0, ReportPage.NETWORK_PAIRS), drawn, "the busiest, in the network's order");
    }

    @Test
    void aPeriodLimitsTheSummaryToWhatFallsInIt(@TempDir Path out) throws IOException {
        Report.Result r = Report.create().runner(QueryRunner.local(dsg)).console(CONSOLE)
                .period(java.time.LocalDate.of(2019, 8, 1), java.time.LocalDate.of(2019, 8, 31)).build().write(out);
        Summary august = Summary.read(out);
        // the Japanese story of 9 August; its copy gives no date, so neither it nor what only it tells is counted
        assertEquals(1, august.articles());
        assertEquals("2019-08-09", august.publishedFrom());
        // the meeting of "5 August" in its article's year opens the period
        assertEquals("2019-08-05", august.from());
        assertEquals(List.of("JP-VN"), august.pairs().stream().map(Summary.Pair::key).toList());
        assertEquals(List.of("https://w3id.org/diplograph/id/agreement/story-jp-vn/1"), august.agreements());
        assertFalse(august.events().stream().anyMatch(e -> e.contains("story-la-vn") || e.contains("conference")), august.events().toString());
        String box = block(Files.readString(r.page()), "<section id=\"summary\">", "</section>");
        assertTrue(box.contains("<h2>Summary, 2019-08-01 to 2019-08-31</h2>"), box);
        assertTrue(box.contains("Below, the 18 queries taking from and to cover the period; the others, the whole graph."), box);
        String page = Files.readString(r.page());
        assertFalse(page.contains("Laos"), "the listings of the period leave out the Lao story of another month");

        Summary whole = Summary.read(report(QueryRunner.local(dsg), out.resolve("whole")).page().getParent());
        assertTrue(whole.articles() > august.articles() && whole.pairs().size() > august.pairs().size());
        DiplographException backwards = assertThrows(DiplographException.class, () -> Report.create()
                .period(java.time.LocalDate.of(2019, 9, 1), java.time.LocalDate.of(2019, 8, 1)));
        assertEquals("the period ends before it begins: from 2019-09-01 to 2019-08-01", backwards.getMessage());
    }
}
