package org.diplograph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.pipeline.Ingest;

/**
 * A second Java process on the test class path, for what one process cannot show about another:
 * a crash in the middle of a write, a file size limit, a dataset held by someone else.
 *
 * <p>As a program: {@code ingest DIR PATH...} ingests and prints {@code committed KEY} after each
 * article it wrote (the progress callback runs after the commit); {@code hold DIR} opens the store,
 * prints {@code held} and keeps it until its standard input closes.
 */
public final class Child {
    public static final String COMMITTED = "committed ";
    public static final String HELD = "held";

    private Child() {}

    public static void main(String[] args) throws IOException {
        Store store = Store.open(Path.of(args[1]));
        if (args[0].equals("hold")) {
            System.out.println(HELD);
            System.out.flush();
            while (System.in.read() >= 0) { /* until the parent closes our input */ }
            store.close();
            return;
        }
        Ingest.create().store(store).mapper(TestPipeline.mapper())
                .progress((origin, key, outcome) -> {
                    if (outcome == Ingest.Outcome.NEW || outcome == Ingest.Outcome.CHANGED) {
                        System.out.println(COMMITTED + key);
                        System.out.flush();
                    }
                })
                .build().run(List.of(args).subList(2, args.length));
        store.close();
    }

    /** Starts {@code java -cp <test class path> <mainClass> args...}, through {@code bash -c} when {@code shellPrefix} is given. */
    public static Process start(String shellPrefix, Path errFile, Class<?> mainClass, String... args) throws IOException {
        List<String> java = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        java.addAll(List.of(args));
        List<String> command = java;
        if (shellPrefix != null) {
            StringBuilder line = new StringBuilder(shellPrefix).append("; exec");
            for (String a : java) line.append(" '").append(a.replace("'", "'\\''")).append('\'');
            command = List.of("bash", "-c", line.toString());
        }
        return new ProcessBuilder(command).redirectError(errFile.toFile()).start();
    }

    public static BufferedReader out(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
