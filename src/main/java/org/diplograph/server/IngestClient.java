package org.diplograph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.diplograph.DiplographException;
import org.diplograph.pipeline.IngestReport;
import org.diplograph.store.StoreWrite;

/**
 * Sends article files to a running server's ingest endpoint ({@code DATASET_URL/ingest}), with HTTP
 * basic authentication, one request per file; the server reads each as {@code ingest} would.
 *
 * <p>The credentials are the first user of a password file in Jetty's format ({@code user: password},
 * optionally followed by {@code , role}), the same file the server was started with, read with the
 * server's rules ({@link PasswordFile}).
 */
public final class IngestClient {
    /** What the server did with one file. */
    public record Answer(int articlesNew, int articlesChanged, int articlesUnchanged, int failed,
                         List<IngestReport.Problem> problems) {}

    private final URI ingest;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private IngestClient(URI ingest, String authorization) {
        this.ingest = ingest;
        this.authorization = authorization;
    }

    /** A client of the server whose dataset is at {@code datasetUrl} (such as http://127.0.0.1:3030/diplo). */
    public static IngestClient of(String datasetUrl, Path passwordFile) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        URI uri;
        try {
            uri = URI.create(base.endsWith("/ingest") ? base : base + "/ingest");
        } catch (IllegalArgumentException e) {
            throw new DiplographException("Not a URL: " + datasetUrl, e);
        }
        return new IngestClient(uri, "Basic " + Base64.getEncoder().encodeToString(credentials(passwordFile)
                .getBytes(StandardCharsets.ISO_8859_1)));
    }

    private HttpResponse<String> exchange(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DiplographException("Cannot reach " + ingest + " for " + what + ": " + StoreWrite.reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("Interrupted while sending " + what, e);
        }
    }

    private void check(HttpResponse<String> r, String what) {
        if (r.statusCode() == 401) throw new DiplographException(ingest + " refused the user and password of the password file (401)");
        if (r.statusCode() == 404 || r.statusCode() == 405) {
            throw new DiplographException(ingest + " does not take articles: start the server with --allow-update --password-file");
        }
        if (r.statusCode() != 200) throw new DiplographException(ingest + " answered " + r.statusCode() + " for " + what + ": " + r.body().strip());
    }

    /**
     * {@code user:password} of the first user of a password file, read by {@link PasswordFile} with
     * the server's rules, so a file the server would refuse is refused here with the same one-line
     * message naming the file and the line; as bytes (ISO-8859-1 characters), as the server reads the
     * file and decodes what a client sends. An {@code OBF:} password is sent deobfuscated; an
     * {@code MD5:} or {@code CRYPT:} one cannot be sent (only its hash is known), which is an error.
     */
    static String credentials(Path passwordFile) {
        PasswordFile.User user = PasswordFile.read(passwordFile).users().values().iterator().next();
        String password = user.password();
        if (password.startsWith("OBF:")) {
            password = org.eclipse.jetty.util.security.Password.deobfuscate(password);
        } else if (password.startsWith("MD5:") || password.startsWith("CRYPT:")) {
            throw new DiplographException("Password file " + passwordFile + ", line " + user.line() + ": the password of user '"
                    + user.name() + "' is stored as a hash (" + password.substring(0, password.indexOf(':') + 1)
                    + "), which a server can check but a client cannot send; give the client a file holding the password");
        }
        return user.name() + ":" + password;
    }

    /**
     * Sends a SPARQL update to the server's update endpoint ({@code DATASET_URL/update}) as the user
     * of the password file; the server applies the corrections it records at once.
     */
    public void update(String sparqlUpdate) {
        URI update = URI.create(ingest.toString().replaceFirst("/ingest$", "/update"));
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(update).header("Authorization", authorization)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate, StandardCharsets.UTF_8)).build(), "an update");
        if (r.statusCode() == 401) throw new DiplographException(update + " refused the user and password of the password file (401)");
        if (r.statusCode() == 404 || r.statusCode() == 405) {
            throw new DiplographException(update + " takes no update: start the server with --allow-update --password-file");
        }
        if (r.statusCode() / 100 != 2) throw new DiplographException(update + " answered " + r.statusCode() + ": " + r.body().strip());
    }

    /** What the server answered to a snapshot request: the snapshot's name and its manifest's counts. */
    public record SnapshotAnswer(String name, long articles, long quads, int files, long bytes, String created) {}

    /**
     * Asks the server to write a snapshot of its dataset under its data folder's {@code snapshots/NAME}
     * ({@code POST DATASET_URL/snapshot?name=NAME}), as the user of the password file.
     */
    public SnapshotAnswer snapshot(String name) {
        URI snapshot = URI.create(ingest.toString().replaceFirst("/ingest$", "/snapshot") + "?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(snapshot).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), "a snapshot");
        String at = snapshot.toString().replaceFirst("\\?.*", "");
        if (r.statusCode() == 401) throw new DiplographException(at + " refused the user and password of the password file (401)");
        if (r.statusCode() == 404 || r.statusCode() == 405) {
            throw new DiplographException(at + " takes no snapshot: start the server with --allow-update --password-file");
        }
        if (r.statusCode() != 200) throw new DiplographException(at + " answered " + r.statusCode() + ": " + r.body().strip());
        try {
            JsonNode j = new ObjectMapper().readTree(r.body());
            return new SnapshotAnswer(j.path("name").asText(), j.path("articles").asLong(), j.path("quads").asLong(),
                    j.path("files").asInt(), j.path("bytes").asLong(), j.path("created").asText());
        } catch (IOException e) {
            throw new DiplographException(at + " gave an answer that is not JSON: " + r.body(), e);
        }
    }

    /** The server's query endpoint ({@code DATASET_URL/query}). */
    public String queryUrl() {
        return ingest.toString().replaceFirst("/ingest$", "/query");
    }

    /** Asks the server to remove the article with this key; false when it holds none. */
    public boolean remove(String key) {
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(URI.create(ingest + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                .header("Authorization", authorization).DELETE().build(), key);
        if (r.statusCode() == 404 && r.body().contains("no article")) return false;
        check(r, key);
        return true;
    }

    /** Sends one file, named as {@code name} in the dataset. */
    public Answer send(Path file, String name) {
        HttpResponse<String> r;
        try {
            r = exchange(HttpRequest.newBuilder(URI.create(ingest + "?file=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Authorization", authorization).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), file.toString());
        } catch (IOException e) {
            throw new DiplographException("Cannot read " + file + ": " + StoreWrite.reason(e), e);
        }
        check(r, file.toString());
        try {
            JsonNode j = new ObjectMapper().readTree(r.body());
            List<IngestReport.Problem> problems = new ArrayList<>();
            j.path("problems").forEach(p -> problems.add(new IngestReport.Problem(p.path("origin").asText(), p.path("message").asText())));
            return new Answer(j.path("new").asInt(), j.path("changed").asInt(), j.path("unchanged").asInt(), j.path("failed").asInt(), problems);
        } catch (IOException e) {
            throw new DiplographException(ingest + " gave an answer that is not JSON: " + r.body(), e);
        }
    }
}
