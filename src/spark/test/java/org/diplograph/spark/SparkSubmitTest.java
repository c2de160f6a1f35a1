package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplograph.corpus.Corpus;
import org.diplograph.pipeline.Ingest;
import org.diplograph.pipeline.PartitionLoad;
import org.diplograph.pipeline.PartitionLoadTest;
import org.diplograph.rdf.Terms;
import org.diplograph.store.Snapshot;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job as the README says to submit it: {@code spark-submit}'s own entry point
 * ({@code org.apache.spark.deploy.SparkSubmit}, which the script calls) in a child JVM, with the
 * README's arguments and the {@code OPENS} flags of {@code scale.md} read from those files, the built
 * {@code target/diplograph-spark.jar}, and Spark's jars on the class path but not the project's classes
 * nor Jena (which the job's jar must bring). The master is {@code local[2]} in place of the cluster,
 * and the driver binds to loopback. Its N-Quads parts, loaded by {@code load}'s loader, give the dataset
 * {@code ingest --bulk} gives on the same input.
 */
@Tag("integration")   // needs the packaged jar: the profile's failsafe execution, after package
class SparkSubmitTest {
    private static final Path JAR = Path.of("target/diplograph-spark.jar");

    @TempDir Path tmp;

    @Test
    void theDocumentedCommandRunsThePackagedJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the job's jar is built first (mvn package -Pspark): " + JAR.toAbsolutePath());
        Corpus.Written corpus = Corpus.create().seed(22).count(40).build().write(tmp.resolve("corpus"));
        Path wires = Files.createDirectories(tmp.resolve("wires"));
        List<String> records = new ArrayList<>();
        try (Stream<Path> pages = Files.list(corpus.pages())) {
            for (Path p : pages.sorted().toList()) {
                String key = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                records.add(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("id", key).put("text", Files.readString(p)).toString());
            }
        }
        Files.write(wires.resolve("wires.jsonl"), records, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        String opens = opens();
        command.addAll(Arrays.asList(opens.split("\\s+")));   // what spark-submit gives the driver's JVM
        command.addAll(List.of("-cp", sparkClassPath(), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"));
        command.addAll(documentedArguments(opens, out.toString(), wires.toString()));
        Path log = tmp.resolve("spark-submit.log");
        ProcessBuilder submit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        submit.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = submit.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {   // a guard against a hang, not a measure
            p.destroyForcibly().waitFor();
            throw new AssertionError("spark-submit did not end:\n" + tail(log));
        }
        assertEquals(0, p.exitValue(), "spark-submit's exit status:\n" + tail(log));
        String said = Files.readString(log);
        assertTrue(said.matches("(?s).*\\n\\d+ articles, \\d+ quads, \\d+ duplicate links, \\d+ facts lines, 0 inputs left out, in .*"),
                "the job's last line:\n" + tail(log));

        try (Store bulk = Store.open(tmp.resolve("bulk")); Store loaded = Store.open(tmp.resolve("loaded"))) {
            Ingest.create().store(bulk).mode(Ingest.Mode.BULK).teasers(true).workers(2).build().run(List.of(wires.toString()));
            PartitionLoad.create().store(loaded).loader(PartitionLoad.Loader.PARALLEL).build().run(List.of(out.resolve("nquads")));
            assertTrue(Snapshot.of(loaded.dataset(), Terms.RUNS_GRAPH).size() > records.size(), "the parts hold the articles");
            PartitionLoadTest.assertSameQuads(Snapshot.of(bulk.dataset(), Terms.RUNS_GRAPH), Snapshot.of(loaded.dataset(), Terms.RUNS_GRAPH));
        }
    }

    /** The {@code OPENS} flags as {@code scale.md} sets them. */
    private static String opens() throws IOException {
        Matcher m = Pattern.compile("(?s)OPENS=\"(.*?)\"").matcher(Files.readString(Path.of("src/site/markdown/scale.md")));
        assertTrue(m.find(), "scale.md sets OPENS");
        return m.group(1).replace("\\\n", " ").strip();
    }

    /**
     * The arguments of the README's {@code spark-submit} line, {@code $OPENS} given its value and its
     * output and input (the line's last two) replaced by {@code out} and {@code in}.
     */
    private static List<String> documentedArguments(String opens, String out, String in) throws IOException {
        Matcher m = Pattern.compile("`spark-submit ([^`]+)`").matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "the README shows spark-submit");
        List<String> args = new ArrayList<>(Arrays.asList(m.group(1).strip().split("\\s+")));
        assertEquals(JAR.toString(), args.get(args.size() - 3), "the README submits the built jar: " + args);
        args.set(args.size() - 2, out);
        args.set(args.size() - 1, in);
        args.replaceAll(a -> a.replace("\"$OPENS\"", opens));
        assertTrue(args.containsAll(List.of("--class", "org.diplograph.spark.SparkExtract")), args.toString());
        return args;
    }

    /**
     * Spark and what it needs, from this JVM's class path: the project's classes and Jena left out, so
     * that the job finds them in its jar only, as on a cluster.
     */
    private static String sparkClassPath() {
        List<String> kept = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = e.replace('\\', '/');
            if (path.contains("/target/") || path.contains("/org/apache/jena/")) continue;
            kept.add(e);
        }
        assertTrue(kept.stream().anyMatch(e -> e.contains("spark-core")), "Spark is on the test class path: " + kept);
        return String.join(File.pathSeparator, kept);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
