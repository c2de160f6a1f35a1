package org.diplograph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Names the process that holds a dataset, for the message a second process gets.
 *
 * <p>TDB2 writes the holder's process id into {@code tdb2/tdb.lock} while it holds the database, and a
 * server also leaves its URL in {@code server.url} ({@link ServerRecord}). The description is the
 * process id, its command line (or program when the system cuts the line short), user and start
 * time, and the server's URL when one answers.
 */
final class LockHolder {
    static final String LOCK_FILE = "tdb.lock";

    private LockHolder() {}

    /** Who holds the dataset in {@code folder}, if a live process other than this one does. */
    static Optional<String> of(Path folder) {
        Path lock = folder.resolve(Store.DATABASE).resolve(LOCK_FILE);
        long pid;
        try {
            pid = Long.parseLong(Files.readString(lock, StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        if (pid == ProcessHandle.current().pid()) return Optional.empty();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) return Optional.empty();
        ProcessHandle.Info info = process.get().info();
        StringBuilder text = new StringBuilder("process ").append(pid).append(" (");
        // The system may cut a long command line short (Java's class path), so it is shown only when whole.
        text.append(info.arguments().isPresent() ? info.commandLine().map(LockHolder::shorten).orElse("?")
                : info.command().orElse("?"));
        info.user().ifPresent(u -> text.append(", user ").append(u));
        info.startInstant().ifPresent(t -> text.append(", started ").append(t.truncatedTo(ChronoUnit.SECONDS)));
        text.append(')');
        ServerRecord.live(folder).ifPresent(url -> text.append(", serving it at ").append(url));
        return Optional.of(text.toString());
    }

    /** A command line without the long class path, which says nothing to the reader. */
    private static String shorten(String commandLine) {
        String s = commandLine.replaceAll("(-cp|-classpath|--class-path) \\S+", "$1 …");
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
