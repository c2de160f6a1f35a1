package org.diplograph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.diplograph.DiplographException;
import org.diplograph.rdf.Vocab;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.pipeline.Removal;
import org.diplograph.store.Store;

/**
 * The server side of {@code ingest --endpoint}: {@code POST /diplo/ingest?file=NAME} with an article
 * file as the body reads it into the served store, in the server's process, as {@code ingest} would.
 *
 * <p>The body is kept in a temporary folder of the server's working area while it is read, under the
 * file's own name (the extension says how to read it); the articles record {@code NAME} as their
 * {@code dip:sourceFile}, so sending the same file again changes nothing. As {@code ingest} does, each
 * teaser a page lists is read as an article of its own, and a page read again that lists fewer teasers
 * loses the others; a file's articles land in transactions of up to {@value #BATCH}, with the counts
 * they change ({@link Ingest}). The counts in the answer include the teasers. The answer is JSON:
 * {@code {"new":1,"changed":0,"unchanged":0,"failed":0,"problems":[{"origin":…,"message":…}]}}.
 * {@code DELETE /diplo/ingest?key=KEY} removes an article as {@code remove} would. The endpoint exists
 * only when updates are enabled, behind the same password as SPARQL Update. A body larger than the
 * server's upload limit is refused with 413 before it is written ({@link BodyLimit}): at once when its
 * {@code Content-Length} says so, else as soon as it passes the limit while it streams.
 *
 * <p>A {@code NAME} that names no file ({@code ..}, {@code .}, a name ending in {@code /}), whose last
 * part is over 255 bytes, or that holds a control character is refused with 400 and the reason
 * ({@link IncomingName}); only the last part of a name is used on the server's disk, so a name cannot
 * place the body outside the temporary folder. A file that cannot be read (bad JSON, JSON nested too
 * deep, not UTF-8...) is a problem listed in a 200 answer, as {@code ingest} reports it. No answer,
 * not even a 500 for a store that cannot be written, names the server's folders: the details go to
 * the server's log.
 */
final class IngestOverHttp extends BaseActionREST {
    /** The Fuseki operation this handler serves. */
    static final Operation OPERATION = Operation.alloc(Vocab.ID + "operation/ingest", "diplograph-ingest",
            "Read an article file into the dataset");
    /** Articles per transaction: a page and the teasers it lists are written together. */
    static final int BATCH = 64;

    private final Store store;

    IngestOverHttp(Store store) {
        this.store = store;
    }

    @Override
    public void validate(HttpAction action) {
        String method = action.getRequestMethod();
        String param = "POST".equals(method) ? "file" : "DELETE".equals(method) ? "key" : null;
        if (param == null) ServletOps.errorMethodNotAllowed(method);
        String value = action.getRequestParameter(param);
        if (value == null || value.isBlank()) ServletOps.errorBadRequest("give ?" + param + "=...");
        String refused = "file".equals(param) ? IncomingName.refusal(value) : null;
        if (refused != null) ServletOps.errorBadRequest(refused);
    }

    /** {@code DELETE /diplo/ingest?key=KEY} removes an article ({@link Removal}): 200, or 404 when there is none. */
    @Override
    protected void doDelete(HttpAction action) {
        String key = action.getRequestParameter("key");
        boolean removed;
        try {
            removed = Removal.create().store(store).build().remove(key);
        } catch (DiplographException e) {
            action.log.error("removal of {}: {}", key, e.getMessage(), e);
            ServletOps.errorOccurred(withoutPaths(e.getMessage(), null));
            return;
        }
        if (!removed) ServletOps.errorNotFound("no article \"" + key + "\"");
        action.setResponseStatus(200);
        action.setResponseContentType("text/plain;charset=utf-8");
        try {
            action.getResponseOutputStream().write(("Removed " + key + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    @Override
    protected void doPost(HttpAction action) {
        String name = action.getRequestParameter("file");
        Path dir = null;
        try {
            Files.createDirectories(store.workArea());
            dir = Files.createTempDirectory(store.workArea(), "incoming");
            Path file = dir.resolve(IncomingName.lastPart(name));
            // the size was capped before the body reached here, or is while it streams (BodyLimit)
            try (InputStream in = action.getRequestInputStream(); OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            } catch (IOException | RuntimeException e) {
                if (BodyLimit.tooLarge(e)) ServletOps.error(413, "file larger than the server's upload limit");
                throw e;
            }
            String prefix = file.toString();
            // as ingest reads a file: the page's teasers too, written with it in one transaction
            IngestReport r = Ingest.create().store(store).sourceNames(f -> name).teasers(true).batch(BATCH)
                    .countDataset(false).build().run(List.of(file.toString()));
            ObjectMapper json = new ObjectMapper();
            ObjectNode answer = json.createObjectNode().put("new", r.articlesNew()).put("changed", r.articlesChanged())
                    .put("unchanged", r.articlesUnchanged()).put("failed", r.failed());
            ArrayNode problems = answer.putArray("problems");
            Path received = dir;
            r.problems().forEach(p -> problems.addObject().put("origin", withoutPaths(p.origin().replace(prefix, name), received))
                    .put("message", withoutPaths(p.message().replace(prefix, name), received)));
            byte[] body = json.writeValueAsBytes(answer);
            action.setResponseStatus(200);
            action.setResponseContentType("application/json");
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            action.log.warn("ingest of {}: cannot receive the body", name, e);
            ServletOps.errorOccurred("cannot receive " + name + ": the server could not keep the file to read it (see its log)");
        } catch (DiplographException e) {
            action.log.error("ingest of {}: {}", name, e.getMessage(), e);
            ServletOps.errorOccurred(withoutPaths(e.getMessage(), dir));
        } finally {
            delete(dir);
        }
    }

    /**
     * {@code message} without the server's folders (the received file's, the work area, the
     * dataset's), in the absolute and the given forms: an answer does not tell a client where the
     * server keeps its files.
     */
    private String withoutPaths(String message, Path received) {
        String out = message;
        for (Path p : received == null ? List.of(store.workArea(), store.folder())
                : List.of(received, store.workArea(), store.folder())) {
            for (String form : forms(p)) out = out.replace(form, p == received ? "the received file" : "the dataset folder");
        }
        return out;
    }

    /** The forms a path may take in a message: absolute, real, and as given when it has a folder in it. */
    private static List<String> forms(Path p) {
        java.util.List<String> forms = new java.util.ArrayList<>();
        try {
            forms.add(p.toRealPath().toString());
        } catch (IOException e) {
            // gone: its other forms
        }
        forms.add(p.toAbsolutePath().normalize().toString());
        forms.add(p.toAbsolutePath().toString());
        if (p.getNameCount() > 1) forms.add(p.toString());
        return forms;
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary file in the work area is harmless
        }
    }
}
