package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input: one message naming the file (and line) and why; the others are read. */
class BadInputTest {
    private static final String FRENCH = "Le ministre des Affaires étrangères du Pérou, Luis Carranza, a reçu le 4 mai à Lima"
            + " l'ambassadeur du Canada, Marc Dubreuil. Les deux parties ont évoqué la coopération dans le domaine"
            + " de l'énergie et des mines, ainsi que les échanges entre les deux pays.";

    @TempDir Path dir;
    private final List<String> problems = new ArrayList<>();
    private final List<SourceDoc> read = new ArrayList<>();

    private void readAll(long maxSize, String... paths) {
        SourceReader r = new SourceReader((o, m) -> problems.add(o + ": " + m), maxSize);
        for (Path f : r.files(List.of(paths))) r.read(f, read::add);
    }

    private void readAll(String... paths) {
        readAll(SourceReader.DEFAULT_MAX_ARTICLE_SIZE, paths);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void onlyProblem(String file, String why) {
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(file), problems.get(0));
        assertTrue(problems.get(0).contains(why), problems.get(0));
    }

    @Test
    void anEmptyFileIsReportedAndTheOthersRead() throws Exception {
        write("in/a-empty.txt", "");
        write("in/b-good.txt", FRENCH);
        readAll(dir.resolve("in").toString());
        onlyProblem("a-empty.txt", "empty file");
        assertEquals(1, read.size());
    }

    @Test
    void aBinaryFileIsReported() throws Exception {
        write("in/photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        readAll(dir.resolve("in/photo.txt").toString());
        onlyProblem("photo.txt", "binary file");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws Exception {
        byte[] latin1 = ("Première ligne\nLe ministre a été reçu.\n").getBytes(StandardCharsets.ISO_8859_1);
        write("in/latin1.txt", latin1);
        readAll(dir.resolve("in/latin1.txt").toString());
        onlyProblem("latin1.txt", "not valid UTF-8");
        assertTrue(problems.get(0).contains("line 1"), problems.get(0));
    }

    @Test
    void anArticleOverTheSizeLimitIsSkippedWithTheLimitNamed() throws Exception {
        write("in/big.txt", FRENCH.repeat(20));
        write("in/small.txt", FRENCH);
        readAll(FRENCH.length() * 5L, dir.resolve("in").toString());
        onlyProblem("big.txt", "--max-article-size");
        assertEquals(List.of("small"), read.stream().map(SourceDoc::key).toList());
    }

    @Test
    void englishAndVietnameseArticlesAreSkippedAsNotFrench() throws Exception {
        write("in/en.txt", "The foreign minister of Peru received the ambassador of Canada in Lima on May 4. The two sides"
                + " discussed cooperation in energy and mining, and the exchanges between the two countries, which have"
                + " grown over the past decade.");
        write("in/vi.txt", "Bộ trưởng Bộ Ngoại giao đã tiếp Đại sứ Canada tại Lima. Hai bên đã trao đổi về hợp tác trong lĩnh vực"
                + " năng lượng và khai khoáng, cũng như các hoạt động giao lưu giữa hai nước trong những năm qua, và"
                + " nhất trí tăng cường quan hệ của hai nước.");
        write("in/fr.txt", FRENCH);
        readAll(dir.resolve("in").toString());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("en.txt") && problems.get(0).contains("English"), problems.get(0));
        assertTrue(problems.get(1).contains("vi.txt") && problems.get(1).contains("Vietnamese"), problems.get(1));
        assertEquals(List.of("fr"), read.stream().map(SourceDoc::key).toList());
    }

    @Test
    void aRecordDeclaringAnotherLanguageIsSkipped() throws Exception {
        write("r.jsonl", "{\"id\": \"a\", \"text\": \"" + FRENCH + "\", \"language\": \"en\"}\n"
                + "{\"id\": \"b\", \"text\": \"" + FRENCH + "\", \"language\": \"fr-FR\"}\n");
        readAll(dir.resolve("r.jsonl").toString());
        onlyProblem("r.jsonl:1", "language \"en\" declared");
        assertEquals("fr-FR", read.get(0).language());
    }

    @Test
    void recordsWithWrongTypesOrMissingFieldsAndBrokenLinesAreReportedByLine() throws Exception {
        write("r.jsonl", String.join("\n",
                "{\"id\": \"ok1\", \"text\": \"" + FRENCH + "\"}",
                "{\"id\": \"t\", \"text\": 42}",
                "{\"text\": \"" + FRENCH + "\"}",
                "{\"id\": \"p\", \"title\": \"sans texte\"}",
                "{\"id\": \"broken\", \"text\": \"Le ministre",
                "[1, 2]",
                "{\"id\": {\"x\": 1}, \"text\": \"" + FRENCH + "\"}",
                "{\"id\": 7, \"text\": \"" + FRENCH + "\", \"published\": \"2024-05-03\"}",
                ""));
        readAll(dir.resolve("r.jsonl").toString());
        assertEquals(List.of("ok1", "7"), read.stream().map(SourceDoc::key).toList());
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("r.jsonl:2") && problems.get(0).contains("\"text\" must be a string, not number"));
        assertTrue(problems.get(1).contains("r.jsonl:3") && problems.get(1).contains("no \"id\""));
        assertTrue(problems.get(2).contains("r.jsonl:4") && problems.get(2).contains("neither \"text\" nor \"html\""));
        assertTrue(problems.get(3).contains("r.jsonl:5") && problems.get(3).contains("malformed JSON"));
        assertTrue(problems.get(4).contains("r.jsonl:6") && problems.get(4).contains("must be a JSON object"));
        assertTrue(problems.get(5).contains("r.jsonl:7") && problems.get(5).contains("\"id\" must be a string"));
    }

    @Test
    void aBadByteInOneLineOfJsonLinesLosesOnlyThatLine() throws Exception {
        byte[] good = ("{\"id\": \"a\", \"text\": \"" + FRENCH + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\": \"b\", \"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good, 0, all, good.length + bad.length, good.length);
        write("r.jsonl", all);
        readAll(dir.resolve("r.jsonl").toString());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("r.jsonl:2") && problems.get(0).contains("not valid UTF-8"));
        assertEquals(2, read.size());
    }

    @Test
    void aFolderWithNoInputFileIsReported() throws Exception {
        write("empty/notes.pdf", "x");
        write("empty/sub/readme.md", "x");
        readAll(dir.resolve("empty").toString());
        onlyProblem("empty", "no input file");
    }

    @Test
    void aFileThatVanishesAfterListingIsReportedAndTheRunGoesOn() throws Exception {
        write("in/a.txt", FRENCH);
        write("in/b.txt", FRENCH);
        SourceReader r = new SourceReader((o, m) -> problems.add(o + ": " + m));
        List<Path> files = r.files(List.of(dir.resolve("in").toString()));
        Files.delete(files.get(0));
        for (Path f : files) r.read(f, read::add);
        onlyProblem("a.txt", "vanished");
        assertEquals(List.of("b"), read.stream().map(SourceDoc::key).toList());
    }
}
