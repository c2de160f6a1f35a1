package org.diplograph.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns paths given by a user into {@link SourceDoc}s.
 *
 * <p>A path is a file, a folder (read recursively) or a glob ({@code seeds/*.txt}). Files ending in
 * {@code .txt} are plain pages, {@code .html} and {@code .htm} HTML pages; {@code .json} holds one
 * record or a list, read record by record; {@code .jsonl} one record a line, read line by line, so
 * that a file of any size is read in bounded memory (shape in the README). Text is decoded as strict
 * UTF-8 and a BOM is dropped, so offsets count code points of what follows it.
 *
 * <p>Whatever is wrong with one input is reported to the {@link InputProblem} policy, naming the file
 * (and line or record) and why, and reading goes on with the rest: an empty file, a binary file,
 * bytes that are not UTF-8, an article over the size limit, an article in another language than
 * French (declared by its record or guessed by {@link LanguageGuess}), an HTML page with no article
 * text, a record with a missing field or a field of the wrong type, a line that is not JSON, JSON
 * nested deeper than {@value #MAX_JSON_DEPTH} levels, a folder with no input file, a folder that
 * cannot be listed, a symbolic link that points outside the paths given, a file that vanished after
 * it was listed.
 */
public final class SourceReader {
    /** What a folder named as input with no article file in it is told (a watched drop folder is not). */
    public static final String EMPTY_FOLDER = "folder holds no input file (.txt, .html, .htm, .json, .jsonl)";

    /** Default largest article, in characters: far above any news story, far below trouble. */
    public static final long DEFAULT_MAX_ARTICLE_SIZE = 4_000_000;

    private static final Set<String> EXTENSIONS = Set.of("txt", "json", "jsonl", "html", "htm");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /**
     * Deepest nesting of arrays and objects read in a JSON input: an article record is two levels
     * deep in its list, so this is far above any record and far below a stack in danger. A deeper
     * file (or line) is reported and skipped.
     */
    public static final int MAX_JSON_DEPTH = 100;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build()).build());
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SourceReader.class);

    private final InputProblem problems;
    private final long maxArticleSize;

    public SourceReader(InputProblem problems) {
        this(problems, DEFAULT_MAX_ARTICLE_SIZE);
    }

    /** @param maxArticleSize the largest article read, in characters (bytes for a whole file) */
    public SourceReader(InputProblem problems, long maxArticleSize) {
        this.problems = problems;
        this.maxArticleSize = maxArticleSize;
    }

    /**
     * An input file as listed: where it is read from ({@code file}, under the path the user gave) and
     * the name the dataset records for it ({@code name}, its {@code dip:sourceFile}), which does not
     * depend on how the path was typed ({@link InputListing}).
     */
    public record Input(Path file, String name) {}

    /**
     * Every input file under the given paths, sorted, each once, with the name the dataset records
     * for it. Nothing outside the paths given is listed: a symbolic link inside a folder is followed
     * only when its real target lies inside one of them, else reported and skipped; a path given that
     * is itself a link is followed. Missing paths and folders that cannot be listed are reported, and
     * their readable siblings listed ({@link InputListing}).
     */
    public List<Input> inputs(List<String> paths) {
        return new InputListing(problems, f -> EXTENSIONS.contains(extension(f))).list(paths);
    }

    /** The files of {@link #inputs}. */
    public List<Path> files(List<String> paths) {
        return inputs(paths).stream().map(Input::file).toList();
    }

    /**
     * Reads every article of one file and hands each to {@code sink}; problems are reported. Whatever
     * goes wrong in reading the file, even a fault of this reader, is reported as a problem of that
     * file and the caller goes on with the next; what {@code sink} throws is the caller's and is
     * thrown on.
     */
    public void read(Path file, Consumer<SourceDoc> sink) {
        reading(file.toString(), sink, guarded -> {
            switch (extension(file)) {
                case "json" -> readJson(file, guarded);
                case "jsonl" -> readJsonLines(file, guarded);
                default -> readPage(file, guarded);
            }
        });
    }

    /**
     * As {@link #read(Path, Consumer)}, for an input that is not a local file (a file of another file
     * system, read by a job on a cluster): {@code name} is where it was read from, whose extension
     * decides how it is read, and names it in problems and origins; {@code in} is read to its end but
     * not closed. A whole page is read into memory (up to the article size limit); JSON Lines are read
     * a line at a time.
     */
    public void read(String name, InputStream in, Consumer<SourceDoc> sink) {
        reading(name, sink, guarded -> {
            String ext = extension(name);
            switch (ext) {
                case "json" -> readJson(name, in, guarded);
                case "jsonl" -> readJsonLines(name, in, guarded);
                default -> {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxArticleSize + 1));
                    if (bytes.length > maxArticleSize) {
                        problems.report(name, "file is over the article size limit of " + maxArticleSize
                                + " bytes (--max-article-size); skipped");
                    } else {
                        readPage(name, ext, bytes, guarded);
                    }
                }
            }
        });
    }

    /** How one input is read, given the sink it hands its articles to. */
    @FunctionalInterface
    private interface Reading {
        void read(Consumer<SourceDoc> sink) throws IOException;
    }

    /**
     * Runs {@code body} on the input named {@code origin}: whatever goes wrong in reading it, even a
     * fault of this reader, is reported as a problem of that input; what {@code sink} throws is thrown on.
     */
    private void reading(String origin, Consumer<SourceDoc> sink, Reading body) {
        Consumer<SourceDoc> guarded = doc -> {
            try {
                sink.accept(doc);
            } catch (RuntimeException e) {
                throw new SinkFailed(e);
            }
        };
        try {
            body.read(guarded);
        } catch (NoSuchFileException e) {
            problems.report(origin, "file vanished before it could be read");
        } catch (AccessDeniedException e) {
            problems.report(origin, "permission denied");
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.report(origin, "cannot read: " + e.getMessage());
        } catch (SinkFailed e) {
            throw e.getCause();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("{}: reading failed", origin, e);
            problems.report(origin, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * One record of the JSON input (what a line of a {@code .jsonl} file holds, or a row of a table
     * turned into JSON), read from {@code origin}: checked as a line of a file is, problems reported.
     */
    public void readRecord(String origin, String json, Consumer<SourceDoc> sink) {
        try {
            record(JSON.readTree(json), origin, sink);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.report(origin, malformed(e, false));
        }
    }

    /** What the sink of {@link #read} threw, carried past the reader's own handling. */
    private static final class SinkFailed extends RuntimeException {
        SinkFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private void readPage(Path file, Consumer<SourceDoc> sink) throws IOException {
        String origin = file.toString();
        long size = Files.size(file);
        if (size > maxArticleSize) {
            problems.report(origin, "file is " + size + " bytes, over the article size limit of " + maxArticleSize
                    + " (--max-article-size); skipped");
            return;
        }
        readPage(origin, extension(file), Files.readAllBytes(file), sink);
    }

    /** One page ({@code .txt}, {@code .html}, {@code .htm}) of these bytes, read from {@code origin}, keyed by its base name. */
    private void readPage(String origin, String ext, byte[] bytes, Consumer<SourceDoc> sink) throws CharacterCodingException {
        if (bytes.length == 0) {
            problems.report(origin, "empty file");
            return;
        }
        String why = notText(bytes);
        if (why != null) {
            problems.report(origin, why);
            return;
        }
        SourceDoc.Format format = ext.equals("html") || ext.equals("htm") ? SourceDoc.Format.HTML : SourceDoc.Format.TEXT;
        accept(new SourceDoc(baseName(origin), origin, decode(bytes), null, null, null, null, format, null), sink);
    }

    /** Why these bytes are not UTF-8 text (binary, or a bad byte at a line), or null when they are. */
    static String notText(byte[] bytes) {
        int scan = Math.min(bytes.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) return "binary file, not text (a NUL byte at offset " + i + ")";
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
                return "not valid UTF-8 text (bad byte 0x" + String.format("%02X", bytes[at] & 0xFF) + " at offset " + at
                        + ", line " + line + ")";
            }
            if (r.isUnderflow()) return null;
            out.clear();
        }
    }

    private void readJson(Path file, Consumer<SourceDoc> sink) throws IOException {
        if (Files.size(file) == 0) {
            problems.report(file.toString(), "empty file");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            readJson(file.toString(), in, sink);
        }
    }

    private void readJson(String origin, InputStream in, Consumer<SourceDoc> sink) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                record(JSON.readTree(p), origin + "#1", sink);
            } else if (t == JsonToken.START_ARRAY) {
                int n = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    n++;
                    JsonNode r = JSON.readTree(p);
                    record(r, origin + "#" + n, sink);
                }
            } else if (t == null) {
                problems.report(origin, "empty file");
            } else {
                problems.report(origin, "expected a JSON object or a list of objects");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.report(origin, malformed(e, true));
        }
    }

    /**
     * One record a line, read as bytes and decoded line by line: a line that is not UTF-8 or not JSON
     * is reported with its number and the next one is read; a line longer than the size limit is
     * skipped without being held in memory.
     */
    private void readJsonLines(Path file, Consumer<SourceDoc> sink) throws IOException {
        if (Files.size(file) == 0) {
            problems.report(file.toString(), "empty file");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            readJsonLines(file.toString(), in, sink);
        }
    }

    private void readJsonLines(String origin, InputStream raw, Consumer<SourceDoc> sink) throws IOException {
        long limit = maxArticleSize * 4 + 65536; // a record's text escaped in JSON, plus its other fields
        {
            InputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(4096);
            int n = 0;
            boolean over = false;
            int b;
            do {
                b = in.read();
                if (b == '\n' || b < 0) {
                    n++;
                    if (over) {
                        problems.report(origin + ":" + n, "line is over the article size limit of " + maxArticleSize
                                + " (--max-article-size); skipped");
                    } else if (line.size() > 0 || b >= 0) {
                        jsonLine(origin, n, line.toByteArray(), sink);
                    }
                    line.reset();
                    over = false;
                } else if (!over) {
                    line.write(b);
                    if (line.size() > limit) {
                        over = true;
                        line.reset();
                    }
                }
            } while (b >= 0);
        }
    }

    private void jsonLine(String file, int n, byte[] bytes, Consumer<SourceDoc> sink) {
        String origin = file + ":" + n;
        String why = notText(bytes);
        if (why != null) {
            problems.report(origin, why.replaceFirst(", line \\d+\\)", ")"));
            return;
        }
        String line = new String(bytes, StandardCharsets.UTF_8);
        if (n == 1) line = stripBom(line);
        if (line.isBlank()) return;
        try {
            record(JSON.readTree(line), origin, sink);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.report(origin, malformed(e, false));
        }
    }

    /**
     * What is wrong with a JSON input, from Jackson's error: a nesting over {@link #MAX_JSON_DEPTH}
     * or another limit of the parser, else the place (when Jackson knows it, which it does not for
     * every error) and the parser's words.
     */
    static String malformed(com.fasterxml.jackson.core.JsonProcessingException e, boolean withLine) {
        if (e instanceof StreamConstraintsException) {
            return e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting depth")
                    ? "JSON nested deeper than " + MAX_JSON_DEPTH + " levels; skipped"
                    : "JSON over a limit of the reader: " + e.getOriginalMessage();
        }
        JsonLocation at = e.getLocation();
        String where = withLine && at != null && at.getLineNr() > 0 ? " at line " + at.getLineNr() : "";
        return "malformed JSON" + where + ": " + e.getOriginalMessage();
    }

    private void record(JsonNode r, String origin, Consumer<SourceDoc> sink) {
        if (r == null || !r.isObject()) {
            problems.report(origin, "a record must be a JSON object");
            return;
        }
        JsonNode idNode = r.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
            problems.report(origin, "record's \"id\" must be a string or a whole number, not " + kind(idNode));
            return;
        }
        if (idNode == null || idNode.isNull() || idNode.asText().isBlank()) {
            problems.report(origin, "record has no \"id\"");
            return;
        }
        String id = idNode.asText();
        for (String field : new String[] {"text", "html", "title", "url", "published", "language"}) {
            JsonNode v = r.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                problems.report(origin, "record " + id + ": \"" + field + "\" must be a string, not " + kind(v) + "; skipped");
                return;
            }
        }
        String body = text(r, "text");
        String html = text(r, "html");
        if (body == null && html == null) {
            problems.report(origin, "record " + id + " has neither \"text\" nor \"html\"");
            return;
        }
        String published = text(r, "published");
        if (published != null && !DATE.matcher(published).matches()) {
            problems.report(origin, "record " + id + ": \"published\" must be YYYY-MM-DD, YYYY-MM or YYYY, not " + published);
            published = null;
        }
        SourceDoc.Format format = body != null ? SourceDoc.Format.TEXT : SourceDoc.Format.HTML;
        accept(new SourceDoc(id, origin, body != null ? body : html, published, text(r, "url"), text(r, "title"),
                text(r, "language"), format, null), sink);
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(Locale.ROOT).replace("pojo", "object");
    }

    /** The checks every article passes, whatever its format: size, not empty, French, some article text. */
    private void accept(SourceDoc doc, Consumer<SourceDoc> sink) {
        String what = "article";
        if (doc.text().length() > maxArticleSize) {
            problems.report(doc.origin(), what + " is " + doc.text().length() + " characters, over the article size limit of "
                    + maxArticleSize + " (--max-article-size); skipped");
            return;
        }
        if (doc.text().isBlank()) {
            problems.report(doc.origin(), "empty " + what + ": no text");
            return;
        }
        if (doc.language() != null && !doc.language().isBlank()
                && !doc.language().toLowerCase(Locale.ROOT).matches("fr([-_].*)?|fra|fre|french|français")) {
            problems.report(doc.origin(), "language \"" + doc.language() + "\" declared; only French articles are read; skipped");
            return;
        }
        Page page = null;
        String plain = doc.text();
        if (doc.format() == SourceDoc.Format.HTML) {
            page = PageSplitter.split(doc);
            if (page.units().stream().noneMatch(u -> u.kind() == Page.Kind.BODY || u.kind() == Page.Kind.LEAD)) {
                problems.report(doc.origin(), "HTML page has no article text (no paragraph found); skipped");
                return;
            }
            plain = page.text();
        }
        if (doc.language() == null) {
            String guessed = LanguageGuess.of(plain);
            if (guessed != null && !guessed.equals("fr")) {
                problems.report(doc.origin(), "reads as " + LANGUAGE_NAMES.getOrDefault(guessed, guessed)
                        + ", not French; skipped (the rules are written for French)");
                return;
            }
        }
        sink.accept(doc);
    }

    private static final java.util.Map<String, String> LANGUAGE_NAMES = java.util.Map.of("en", "English", "vi", "Vietnamese");

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
        return extension(f.getFileName().toString());
    }

    /** The extension of the last part of a name or path (any separator), lower case; "" when none. */
    static String extension(String name) {
        String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(Path f) {
        return baseName(f.getFileName().toString());
    }

    static String baseName(String name) {
        String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
