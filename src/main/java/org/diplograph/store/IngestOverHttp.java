package org.diplograph.store;

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
    }

    /** {@code DELETE /diplo/ingest?key=KEY} removes an article ({@link Removal}): 200, or 404 when there is none. */
    @Override
    protected void doDelete(HttpAction action) {
        String key = action.getRequestParameter("key");
        boolean removed;
        try {
            removed = Removal.create().store(store).build().remove(key);
        } catch (DiplographException e) {
            ServletOps.errorOccurred(e.getMessage());
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
            Path file = dir.resolve(Path.of(name.replace('\\', '/')).getFileName().toString());
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
            r.problems().forEach(p -> problems.addObject().put("origin", p.origin().replace(prefix, name)).put("message",
                    p.message().replace(prefix, name)));
            byte[] body = json.writeValueAsBytes(answer);
            action.setResponseStatus(200);
            action.setResponseContentType("application/json");
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            ServletOps.errorOccurred("cannot receive " + name + ": " + e.getMessage());
        } catch (DiplographException e) {
            ServletOps.errorOccurred(e.getMessage());
        } finally {
            delete(dir);
        }
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
