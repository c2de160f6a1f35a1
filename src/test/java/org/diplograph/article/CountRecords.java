package org.diplograph.article;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one input file and prints "records problems characters": run in a JVM with a small heap by
 * {@link LargeJsonLinesTest} to show that reading streams.
 */
public final class CountRecords {
    private CountRecords() {}

    public static void main(String[] args) {
        AtomicLong records = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong problems = new AtomicLong();
        new SourceReader((o, m) -> problems.incrementAndGet()).read(Path.of(args[0]), d -> {
            records.incrementAndGet();
            chars.addAndGet(d.text().length());
        });
        System.out.println(records + " " + problems + " " + chars);
    }
}
