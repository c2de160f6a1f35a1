package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile input folder cannot do: read a file outside the paths given through a symbolic link,
 * hang the listing with a link loop, or stop the run with JSON nested a hundred thousand levels deep.
 */
class InputBoundsTest {
    private static final String FRENCH = "Le ministre des Affaires étrangères du Pérou, Luis Carranza, a reçu le 4 mai à Lima"
            + " l'ambassadeur du Canada, Marc Dubreuil. Les deux parties ont évoqué la coopération dans le domaine"
            + " de l'énergie et des mines, ainsi que les échanges entre les deux pays.";
    private static final String SECRET = "root:SECRET-HASH-7f3a:19000:0:99999:7:::";

    @TempDir Path dir;
    private final List<String> problems = new ArrayList<>();
    private final List<SourceDoc> read = new ArrayList<>();

    private List<Path> readAll(String... paths) {
        SourceReader r = new SourceReader((o, m) -> problems.add(o + ": " + m));
        List<Path> files = r.files(List.of(paths));
        for (Path f : files) r.read(f, read::add);
        return files;
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private Path secret() throws Exception {
        return write("elsewhere/shadow", SECRET);
    }

    @Test
    void aLinkToAFileOutsideTheInputIsReportedAndSkipped() throws Exception {
        write("in/good.txt", FRENCH);
        Files.createSymbolicLink(dir.resolve("in/shadow.txt"), secret());

        List<Path> files = readAll(dir.resolve("in").toString());

        assertEquals(List.of(dir.resolve("in/good.txt")), files);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("shadow.txt") && problems.get(0).contains("points outside the input"), problems.get(0));
        assertTrue(read.stream().noneMatch(d -> d.text().contains("SECRET")), "the target is never read");
    }

    @Test
    void aGlobIsBoundedByItsFolder() throws Exception {
        write("in/good.txt", FRENCH);
        Path other = write("other/kept.txt", FRENCH);
        Files.createSymbolicLink(dir.resolve("in/shadow.txt"), secret());
        Files.createSymbolicLink(dir.resolve("in/alias.txt"), other);

        List<Path> files = readAll(dir.resolve("in") + "/*.txt");

        assertEquals(List.of(dir.resolve("in/good.txt")), files);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.contains("points outside the input")), problems.toString());
    }

    @Test
    void aLinkToAFileInsideTheGivenPathsIsReadOnceWhereItLies() throws Exception {
        write("in/a.txt", FRENCH);
        Path other = write("other/b.txt", FRENCH);
        Files.createSymbolicLink(dir.resolve("in/alias-of-a.txt"), dir.resolve("in/a.txt"));
        Files.createSymbolicLink(dir.resolve("in/alias-of-b.txt"), other);

        List<Path> files = readAll(dir.resolve("in").toString(), dir.resolve("other").toString());

        assertEquals(List.of(), problems);
        assertEquals(List.of(dir.resolve("in/a.txt"), dir.resolve("other/b.txt")), files, "each file once, under its own name");
    }

    @Test
    void aLinkedFolderOutsideTheInputIsReportedAndNotEntered() throws Exception {
        write("in/good.txt", FRENCH);
        secret();
        write("elsewhere/story.txt", FRENCH);
        Files.createSymbolicLink(dir.resolve("in/mounted"), dir.resolve("elsewhere"));

        List<Path> files = readAll(dir.resolve("in").toString());

        assertEquals(List.of(dir.resolve("in/good.txt")), files);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("mounted") && problems.get(0).contains("points outside the input"), problems.get(0));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void linkLoopsDoNotHang() throws Exception {
        write("in/sub/good.txt", FRENCH);
        Files.createSymbolicLink(dir.resolve("in/sub/up"), dir.resolve("in"));
        Files.createSymbolicLink(dir.resolve("in/self"), dir.resolve("in/self"));
        Files.createSymbolicLink(dir.resolve("in/ping.txt"), dir.resolve("in/pong.txt"));
        Files.createSymbolicLink(dir.resolve("in/pong.txt"), dir.resolve("in/ping.txt"));

        List<Path> files = readAll(dir.resolve("in").toString());

        assertEquals(List.of(dir.resolve("in/sub/good.txt")), files);
        assertEquals(1, read.size());
    }

    @Test
    void aPathGivenByTheUserThatIsItselfALinkIsFollowed() throws Exception {
        write("real/story.txt", FRENCH);
        Path link = Files.createSymbolicLink(dir.resolve("latest"), dir.resolve("real"));
        Path fileLink = Files.createSymbolicLink(dir.resolve("one.txt"), dir.resolve("real/story.txt"));

        readAll(link.toString());
        assertEquals(List.of(), problems);
        assertEquals(1, read.size(), "the folder named by the link");
        read.clear();
        readAll(fileLink.toString());
        assertEquals(List.of(), problems);
        assertEquals(1, read.size(), "the file named by the link");
    }

    @Test
    void jsonNestedTooDeepIsReportedAsABadInputOfItsFileAndTheOthersAreRead() throws Exception {
        write("in/a-deep.json", "[".repeat(100_000));
        write("in/b-deep.jsonl", "{\"id\": \"x\", \"text\": " + "[".repeat(100_000) + "\n{\"id\": \"ok\", \"text\": \"" + FRENCH + "\"}\n");
        write("in/c-good.txt", FRENCH);

        readAll(dir.resolve("in").toString());

        assertEquals(List.of("ok", "c-good"), read.stream().map(SourceDoc::key).toList());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("a-deep.json") && problems.get(0).contains("JSON nested deeper than "
                + SourceReader.MAX_JSON_DEPTH + " levels"), problems.get(0));
        assertTrue(problems.get(1).contains("b-deep.jsonl:1") && problems.get(1).contains("JSON nested deeper than"), problems.get(1));
    }

    @Test
    void recordsNestedWithinTheLimitAreStillRead() throws Exception {
        write("in/list.json", "[{\"id\": \"a\", \"text\": \"" + FRENCH + "\", \"extra\": " + "[".repeat(50) + "]".repeat(50) + "}]");
        readAll(dir.resolve("in").toString());
        assertEquals(List.of(), problems);
        assertEquals(1, read.size());
    }
}
