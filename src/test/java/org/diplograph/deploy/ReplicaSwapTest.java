package org.diplograph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read replicas as they are deployed: Debian's nginx with the configuration of
 * {@code src/deploy/nginx}, two {@code serve --read-only} processes behind it, and
 * {@code src/deploy/rolling-swap.sh} moving both to a snapshot with more articles while a client
 * queries through nginx without a pause. Every request must be answered, and both replicas must
 * answer the new count afterwards. Each process's output is kept in the test's folder and printed
 * when the test fails.
 */
class ReplicaSwapTest {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path DEPLOY = Path.of("src", "deploy");
    private static final String PROXY_HOST = "diplograph-replicas";
    private static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/diplograph/ontology#Article> }";

    @TempDir Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Path> logs = new ArrayList<>();
    private Process nginx;

    @Tag("integration")
    @Test
    void queriesThroughNginxAreAllAnsweredWhileBothReplicasSwapToANewerSnapshot() throws Exception {
        assertTrue(Files.isExecutable(NGINX), "nginx is missing (" + NGINX + "): install Debian's nginx package, as .ci/run does"
                + " ('apt-get install -y nginx'); this test needs a real nginx and is never skipped");
        Path older = snapshot("older", "seeds/000_babf39bc84280e7e.txt", "seeds/001_04a527d0d29b2ca9.txt");
        Path newer = snapshot("newer", "seeds");
        String oldCount = manifestArticles(older);
        String newCount = manifestArticles(newer);
        assertTrue(Long.parseLong(newCount) > Long.parseLong(oldCount), oldCount + " then " + newCount);

        Path home = Files.createDirectories(tmp.resolve("replicas"));
        int[] ports = {freePort(), freePort()};
        String replicas = "1:" + ports[0] + " 2:" + ports[1];
        for (int i = 1; i <= 2; i++) copyTree(older, Files.createDirectories(home.resolve("replica-" + i)).resolve("data"));
        Map<String, String> env = swapSettings(home, replicas);
        try {
            for (int i = 1; i <= 2; i++) {
                logs.add(tmp.resolve("replica-" + i + ".log"));
                bash(env.get("START").replace("{name}", "" + i).replace("{port}", "" + ports[i - 1]), Map.of());
            }
            for (int port : ports) awaitCount(port, oldCount);
            assertEquals(0, script(env, "--upstream"), "the upstream list written");
            int front = startNginx(env.get("UPSTREAM_FILE"));
            assertEquals(oldCount, count("http://127.0.0.1:" + front, true), "through nginx, before the swap");

            Set<String> seen = new ConcurrentSkipListSet<>();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicLong answered = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong resent = new AtomicLong();
            Thread client = new Thread(() -> {
                for (boolean get = true; !stop.get(); get = !get) {
                    try {
                        seen.add(countResendingOnce("http://127.0.0.1:" + front, get, resent));
                        answered.incrementAndGet();
                    } catch (Exception | AssertionError e) {
                        failures.add((get ? "GET: " : "POST: ") + e.getMessage());
                    }
                }
            }, "replica-client");
            client.start();
            int swapped = script(env, newer.toAbsolutePath().toString());
            stop.set(true);
            client.join();

            assertEquals(0, swapped, "rolling-swap.sh's exit status");
            assertEquals(List.of(), failures, "every request through nginx answered during the swap (" + answered + " answered)");
            assertTrue(seen.contains(oldCount) && seen.contains(newCount), "the client saw both snapshots: " + seen);
            for (int port : ports) assertEquals(newCount, count("http://127.0.0.1:" + port, true), "replica on port " + port);
            assertEquals(newCount, count("http://127.0.0.1:" + front, false), "through nginx, after the swap");
            for (int i = 1; i <= 2; i++) {
                assertTrue(Files.notExists(home.resolve("replica-" + i).resolve("data.previous")), "the previous folder removed");
            }
            System.out.println("ReplicaSwapTest: " + answered + " queries answered through nginx during the swap, none failed ("
                    + resent + " sent again on a new connection after nginx closed an idle one)");
        } catch (Exception | AssertionError e) {
            printLogs();
            throw e;
        } finally {
            stopAll(env);
        }
    }

    /** A data folder of {@code inputs} read by the real command line, and its snapshot; returns the snapshot. */
    private Path snapshot(String name, String... inputs) {
        Path db = tmp.resolve(name + "-data");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--db", db.toString()));
        ingest.addAll(List.of(inputs));
        assertEquals(0, Main.commandLine().execute(ingest.toArray(String[]::new)));
        Path out = tmp.resolve(name + "-snapshot");
        assertEquals(0, Main.commandLine().execute("snapshot", "--db", db.toString(), out.toString()));
        return out;
    }

    private static String manifestArticles(Path snapshot) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(snapshot.resolve("manifest.json").toFile())
                .path("articles").asText();
    }

    /** The settings of rolling-swap.sh for this test: replicas as child processes of this build's classes, nginx in tmp. */
    private Map<String, String> swapSettings(Path home, String replicas) throws IOException {
        String java = quote(ProcessHandle.current().info().command().orElse("java")) + " -Xmx256m -cp "
                + quote(System.getProperty("java.class.path")) + " " + Main.class.getName();
        Path nginxDir = Files.createDirectories(tmp.resolve("nginx"));
        String pid = quote(tmp.toString()) + "/replica-{name}.pid";
        return Map.of(
                "REPLICAS", replicas,
                "REPLICA_HOME", home.toString(),
                "UPSTREAM_FILE", nginxDir.resolve("replicas.conf").toString(),
                "NGINX_RELOAD", NGINX + " -p " + quote(nginxDir.toString()) + " -c " + quote(nginxDir.resolve("nginx.conf").toString())
                        + " -s reload",
                "START", "nohup " + java + " serve --read-only --db " + quote(home.toString()) + "/replica-{name}/data --port {port}"
                        + " --allowed-host " + PROXY_HOST + " >> " + quote(tmp.toString()) + "/replica-{name}.log 2>&1 & echo $! > " + pid,
                // waits for the process to end (a zombie left to the init process counts as ended)
                "STOP", "p=$(cat " + pid + "); kill $p; while [ -e /proc/$p ] && ! grep -q '^State:.*Z' /proc/$p/status; do sleep 0.1; done",
                "DIPLOGRAPH", java,
                "DRAIN_SECONDS", "1",
                "READY_SECONDS", "180");
    }

    private int script(Map<String, String> env, String arg) throws Exception {
        Path log = tmp.resolve("rolling-swap.log");
        if (!logs.contains(log)) logs.add(log);
        ProcessBuilder pb = new ProcessBuilder("bash", DEPLOY.resolve("rolling-swap.sh").toString(), arg)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }

    private void bash(String command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), command + ": " + out);
    }

    /**
     * Starts nginx in the foreground as a child, with its own prefix, pid and log files in tmp, serving
     * the shipped configuration on a free loopback port; returns that port once nginx answers there.
     */
    private int startNginx(String upstreamFile) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("nginx"));
        int port = freePort();
        String shipped = Files.readString(DEPLOY.resolve("nginx").resolve("diplograph.conf"));
        String upstream = "include /etc/nginx/diplograph-replicas.conf;";
        String listen = "listen 127.0.0.1:8080;";
        assertTrue(shipped.contains(upstream) && shipped.contains(listen), "the shipped configuration's include and listen lines");
        Files.writeString(dir.resolve("diplograph.conf"), shipped.replace(upstream, "include " + upstreamFile + ";")
                .replace(listen, "listen 127.0.0.1:" + port + ";"));
        String root = "root".equals(System.getProperty("user.name")) ? "user root root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), root + "daemon off;\nworker_processes 1;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\nerror_log " + dir.resolve("error.log") + " info;\n"
                + "events { worker_connections 256; }\nhttp {\n  access_log " + dir.resolve("access.log") + ";\n"
                + "  client_body_temp_path " + dir.resolve("client_body") + ";\n  proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n  uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + dir.resolve("scgi") + ";\n  include " + dir.resolve("diplograph.conf") + ";\n}\n");
        Path out = dir.resolve("nginx.out");
        logs.add(out);
        logs.add(dir.resolve("error.log"));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        for (int i = 0; i < 600 && nginx.isAlive(); i++) {
            try {
                ping("http://127.0.0.1:" + port);
                return port;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not answer on port " + port + (nginx.isAlive() ? "" : " (it exited " + nginx.exitValue() + ")"));
    }

    private void ping(String base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("ping answered " + r.statusCode());
    }

    /** Waits until a replica started by this test answers {@code expected} articles; fails, with the logs, if it never does. */
    private void awaitCount(int port, String expected) throws Exception {
        String last = "no answer";
        for (int i = 0; i < 1800; i++) {
            try {
                last = count("http://127.0.0.1:" + port, true);
                if (last.equals(expected)) return;
            } catch (IOException | AssertionError notYet) {
                last = String.valueOf(notYet.getMessage());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the replica on port " + port + " never answered " + expected + " articles (last: " + last + ")");
    }

    /**
     * {@link #count} through nginx as a well-behaved client does it: when the connection fails without
     * an answer (nginx's reload closes its old worker's idle keep-alive connections, and a pooled one
     * can be handed to the request at that moment; {@code java.net.http} sends a GET again by itself
     * but not a POST), the query is sent once more on a connection of its own. An answer other than
     * 200, a wrong body, a query left unanswered past its timeout or a second failure still fails;
     * so does anything nginx itself answered.
     */
    private String countResendingOnce(String base, boolean get, AtomicLong resent) throws IOException, InterruptedException {
        try {
            return count(http, base, get);
        } catch (java.net.http.HttpTimeoutException hung) {
            throw hung;
        } catch (IOException closed) {
            resent.incrementAndGet();
            return count(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), base, get);
        }
    }

    private String count(String base, boolean get) throws IOException, InterruptedException {
        return count(http, base, get);
    }

    /** The article count a query to {@code base}/diplo/query answers, by GET or by POST; any other answer than 200 fails. */
    private static String count(HttpClient http, String base, boolean get) throws IOException, InterruptedException {
        String form = "query=" + URLEncoder.encode(ARTICLES, StandardCharsets.UTF_8);
        HttpRequest.Builder b = get ? HttpRequest.newBuilder(URI.create(base + "/diplo/query?" + form)).GET()
                : HttpRequest.newBuilder(URI.create(base + "/diplo/query")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> r = http.send(b.header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new AssertionError(base + " answered " + r.statusCode() + ": " + r.body().strip());
        String[] lines = r.body().strip().split("\r?\n");
        if (lines.length != 2) throw new AssertionError(base + " answered: " + r.body());
        return lines[1].strip();
    }

    private void stopAll(Map<String, String> env) {
        for (int i = 1; i <= 2; i++) {
            try {
                Path pid = tmp.resolve("replica-" + i + ".pid");
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(p -> {
                        p.destroy();
                        p.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> null).join();
                    });
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("ReplicaSwapTest: cannot stop replica " + i + ": " + e);
            }
        }
        if (nginx != null) {
            nginx.destroy();
            try {
                nginx.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void printLogs() {
        for (Path log : logs) {
            try {
                System.err.println("===== " + log.getFileName() + " =====");
                System.err.println(Files.exists(log) ? Files.readString(log) : "(none)");
            } catch (IOException e) {
                System.err.println("(cannot read " + log + ": " + e + ")");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
