package org.diplograph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB JSON Lines file of ordinary records is read in a JVM whose heap (32 MB) could not hold
 * it: reading streams record by record. One broken line in the middle is reported and the rest read.
 */
@Tag("integration")
class LargeJsonLinesTest {
    @TempDir Path dir;

    @Test
    void fiftyMegabytesOfRecordsAreReadInBoundedMemory() throws Exception {
        Path file = dir.resolve("big.jsonl");
        String body = ("Le ministre des Affaires étrangères du Pérou a reçu l'ambassadeur du Canada à Lima. Les deux"
                + " parties ont évoqué la coopération dans le domaine de l'énergie et des mines. ").repeat(6);
        long records = 0;
        long chars = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (Files.size(file) < 50L * 1024 * 1024 || records < 10) {
                for (int i = 0; i < 1000; i++) {
                    records++;
                    String text = body + "Numéro " + records + ".";
                    chars += text.length();
                    w.write("{\"id\": \"r" + records + "\", \"published\": \"2024-05-03\", \"text\": \"" + text + "\"}\n");
                    if (records == 5000) w.write("{\"id\": \"broken\", \"text\": \n");
                }
                w.flush();
            }
        }
        assertTrue(Files.size(file) >= 50L * 1024 * 1024);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                CountRecords.class.getName(), file.toString()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), err);
        assertEquals(records + " 1 " + chars, out, err);
    }
}
