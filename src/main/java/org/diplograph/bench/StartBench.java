package org.diplograph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.diplograph.DiplographException;
import org.diplograph.store.Store;

/**
 * Server start on an existing dataset, as a user sees it: a new process runs {@code serve --db DIR}
 * (a fresh JVM each time, same class path and heap as this one) and the time is taken until the
 * first SPARQL query answers; the process is then stopped. Repeated {@code starts} times.
 *
 * @param seconds each start, in order
 */
public record StartBench(List<Double> seconds) {
    private static final Duration LIMIT = Duration.ofSeconds(180);

    public double medianSeconds() {
        return Measure.median(seconds.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Runs the benchmark on the dataset in {@code db} (no other process may hold it). */
    public static StartBench run(Path db, int starts) {
        if (!Store.exists(db)) throw new DiplographException("no dataset at " + db);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Double[] out = new Double[starts];
        for (int i = 0; i < starts; i++) out[i] = once(db, http);
        return new StartBench(List.of(out));
    }

    private static double once(Path db, HttpClient http) {
        int port = freePort();
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        long heap = Runtime.getRuntime().maxMemory();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx" + (heap >> 20) + "m", "-cp", System.getProperty("java.class.path"),
                "org.diplograph.cli.Main", "serve", "--db", db.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        URI ask = URI.create("http://127.0.0.1:" + port + "/diplo/query?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new DiplographException("Cannot start a server process: " + e.getMessage(), e);
        }
        try {
            while (true) {
                if (!p.isAlive()) throw new DiplographException("the server process ended with status " + p.exitValue() + " before answering");
                if (System.nanoTime() - t0 > LIMIT.toNanos()) throw new DiplographException("the server did not answer within " + LIMIT);
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) return (System.nanoTime() - t0) / 1e9;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("Interrupted while starting the server", e);
        } finally {
            p.destroy();
            try {
                if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new DiplographException("No free port: " + e.getMessage(), e);
        }
    }
}
