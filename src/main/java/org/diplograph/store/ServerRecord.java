package org.diplograph.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.diplograph.DiplographException;

/**
 * The file a running server leaves beside its dataset so that other processes can reach it.
 *
 * <p>TDB2 lets one process hold a dataset. While a server holds it, read commands ({@code query},
 * {@code export-facts}) go through the server's endpoint instead. The record is the line
 * {@code http://127.0.0.1:PORT/diplo} in {@code DB/server.url}; a record whose server does not
 * answer is stale and ignored.
 */
public final class ServerRecord {
    static final String FILE = "server.url";

    private ServerRecord() {}

    /** Writes the record for a server whose dataset URL is {@code datasetUrl}. */
    public static void write(Path db, String datasetUrl) {
        try {
            Files.writeString(db.resolve(FILE), datasetUrl + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DiplographException("Cannot write " + db.resolve(FILE), e);
        }
    }

    /** Removes the record; called when the server stops. */
    public static void clear(Path db) {
        try {
            Files.deleteIfExists(db.resolve(FILE));
        } catch (IOException e) {
            throw new DiplographException("Cannot remove " + db.resolve(FILE), e);
        }
    }

    /** The dataset URL of a live server holding {@code db}, if one answers its ping. */
    public static Optional<String> live(Path db) {
        Path f = db.resolve(FILE);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            String url = Files.readString(f, StandardCharsets.UTF_8).trim();
            URI base = URI.create(url).resolve("/$/ping");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? Optional.of(url) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
