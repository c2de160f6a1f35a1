package org.diplograph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.diplograph.DiplographException;

/** What the benchmarks share: order statistics, disk use and free space, and the peak of the heap in use. */
public final class Measure {
    private Measure() {}

    /** The median of the values (the upper middle one for an even count). */
    public static double median(double[] values) {
        double[] sorted = sorted(values);
        return sorted[sorted.length / 2];
    }

    /** The nearest-rank percentile {@code p} (1-100) of the values. */
    public static double percentile(double[] values, double p) {
        double[] sorted = sorted(values);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static double[] sorted(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Bytes of the files under {@code dir} (allocated size as the file system reports it). */
    public static long directorySize(Path dir) {
        AtomicLong total = new AtomicLong();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total.addAndGet(attrs.size());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new DiplographException("Cannot measure " + dir + ": " + e.getMessage(), e);
        }
        return total.get();
    }

    /**
     * Bytes the files under {@code dir} take on disk, as {@code du} counts them (TDB2 grows its files
     * in large sparse steps, so this is less than {@link #directorySize}); -1 where {@code du} is not available.
     */
    public static long diskUsage(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) return -1;
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Refuses to start when the file system of {@code dir} has less than {@code bytes} free, saying what is needed. */
    public static void requireFreeSpace(Path dir, long bytes, String what) {
        long free;
        try {
            Files.createDirectories(dir);
            free = Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            throw new DiplographException("Cannot read the free space of " + dir + ": " + e.getMessage(), e);
        }
        if (free < bytes) {
            throw new DiplographException(String.format(java.util.Locale.ROOT,
                    "%s needs about %.1f GB free in %s, and only %.1f GB are: free some space or give another --work folder",
                    what, bytes / 1e9, dir, free / 1e9));
        }
    }

    /** Deletes {@code dir} and everything under it; quietly does nothing when it is not there. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new DiplographException("Cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The largest heap in use seen while it runs, sampled every 20 ms on a daemon thread (a
     * sample can miss a short peak between two collections; the figure is a lower bound of the true peak).
     */
    public static final class PeakHeap implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        public PeakHeap() {
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "peak-heap");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** Starts again from the heap in use now. */
        public void reset() {
            peak.set(memory.getHeapMemoryUsage().getUsed());
        }

        /** The peak so far, in bytes. */
        public long peak() {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get();
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
        }
    }
}
