package org.diplograph.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns paths given by a user into {@link SourceDoc}s.
 *
 * <p>A path is a file, a folder (read recursively) or a glob ({@code seeds/*.txt}). Files ending in
 * {@code .txt} are plain pages; {@code .json} holds one record or a list; {@code .jsonl} one record a
 * line (shape in the README). Text is decoded as strict UTF-8 and a BOM is dropped, so offsets
 * count code points of what follows it. Whatever is wrong with one input is reported to the
 * {@link InputProblem} policy, naming the file, and reading goes on with the rest.
 */
public final class SourceReader {
    private static final Set<String> EXTENSIONS = Set.of("txt", "json", "jsonl");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputProblem problems;

    public SourceReader(InputProblem problems) {
        this.problems = problems;
    }

    /** Every input file under the given paths, sorted, each once. Missing paths are reported. */
    public List<Path> files(List<String> paths) {
        Set<Path> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (String p : paths) {
            List<Path> found = expand(p);
            found.stream().sorted().filter(seen::add).forEach(out::add);
        }
        return out;
    }

    private List<Path> expand(String p) {
        if (p.contains("*") || p.contains("?") || p.contains("[")) {
            int cut = p.replace('\\', '/').lastIndexOf('/', indexOfGlob(p));
            Path root = cut < 0 ? Paths.get(".") : Paths.get(p.substring(0, cut == 0 ? 1 : cut));
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p);
            List<Path> out = walk(root).stream().filter(f -> m.matches(f) || m.matches(root.relativize(f))).toList();
            if (out.isEmpty()) problems.report(p, "no input file matches this pattern");
            return out;
        }
        Path path = Paths.get(p);
        if (Files.isDirectory(path)) return walk(path);
        if (Files.isRegularFile(path)) return List.of(path);
        problems.report(p, "no such file or folder");
        return List.of();
    }

    private static int indexOfGlob(String p) {
        int i = p.length();
        for (char c : new char[] {'*', '?', '['}) {
            int k = p.indexOf(c);
            if (k >= 0) i = Math.min(i, k);
        }
        return i;
    }

    private List<Path> walk(Path root) {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(f -> EXTENSIONS.contains(extension(f))).sorted().toList();
        } catch (IOException e) {
            problems.report(root.toString(), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    /** Reads every article of one file and hands each to {@code sink}; problems are reported. */
    public void read(Path file, Consumer<SourceDoc> sink) {
        String origin = file.toString();
        try {
            switch (extension(file)) {
                case "json" -> readJson(file, sink);
                case "jsonl" -> readJsonLines(file, sink);
                default -> sink.accept(SourceDoc.of(baseName(file), origin, decode(Files.readAllBytes(file))));
            }
        } catch (CharacterCodingException e) {
            problems.report(origin, "not valid UTF-8 text");
        } catch (IOException e) {
            problems.report(origin, "cannot read: " + e.getMessage());
        }
    }

    private void readJson(Path file, Consumer<SourceDoc> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                record(JSON.readTree(p), file + "#1", sink);
            } else if (t == JsonToken.START_ARRAY) {
                int n = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    record(JSON.readTree(p), file + "#" + (++n), sink);
                }
            } else {
                problems.report(file.toString(), "expected a JSON object or a list of objects");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.report(file.toString(), "malformed JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
    }

    private void readJsonLines(Path file, Consumer<SourceDoc> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1) line = stripBom(line);
                if (line.isBlank()) continue;
                try {
                    record(JSON.readTree(line), file + ":" + n, sink);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.report(file + ":" + n, "malformed JSON: " + e.getOriginalMessage());
                }
            }
        }
    }

    private void record(JsonNode r, String origin, Consumer<SourceDoc> sink) {
        if (!r.isObject()) {
            problems.report(origin, "a record must be a JSON object");
            return;
        }
        String id = text(r, "id");
        String body = text(r, "text");
        if (id == null || id.isBlank()) {
            problems.report(origin, "record has no \"id\"");
            return;
        }
        if (body == null) {
            problems.report(origin, "record " + id + " has no \"text\"");
            return;
        }
        String published = text(r, "published");
        if (published != null && !DATE.matcher(published).matches()) {
            problems.report(origin, "record " + id + ": \"published\" must be YYYY-MM-DD, YYYY-MM or YYYY, not " + published);
            published = null;
        }
        sink.accept(new SourceDoc(id, origin, body, published, text(r, "url"), text(r, "title")));
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Strict UTF-8 decoding without a leading BOM. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return stripBom(s);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
