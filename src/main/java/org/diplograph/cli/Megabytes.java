package org.diplograph.cli;

import java.util.Locale;

/**
 * A size as the commands print it: megabytes of 10^6 bytes, rounded to whole ones ({@code "12 MB"}).
 * Shared by the load's compaction line and the benchmarks, so both print sizes alike.
 */
final class Megabytes {
    private Megabytes() {}

    static String of(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
