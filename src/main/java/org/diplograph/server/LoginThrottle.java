package org.diplograph.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Failed logins counted per user name, and how long the refusal of each one is held back.
 *
 * <p>Per user name, not per address: a hostile web page on the analyst's machine shares the
 * editor's address, and blocking that address would let the page shut the editor out. The count is
 * of failures in a row; a successful login, or a quiet period without failures, sets it back to 0.
 * Nothing here ever refuses a login: it only says how late a refusal is answered
 * ({@link ThrottledBasicAuthenticator}).
 *
 * <p>Memory is bounded: the users of the password file each have a place of their own, never
 * evicted (so guessing many other names cannot wipe an editor's count); any other name shares a
 * table of at most {@code maxUnknown} names, the least recently tried dropped first. Thread-safe.
 */
final class LoginThrottle {
    /**
     * How late the refusal of the {@code n}th failure in a row is answered: not at all for the first
     * {@code free} (a mistyped password costs nothing), then {@code first}, doubling with each
     * further failure up to {@code cap}; the count starts again after {@code quiet} without failure.
     */
    record Delays(int free, Duration first, Duration cap, Duration quiet) {
        /** 0 for three failures, then 250 ms, 500 ms, 1 s ... up to 10 s; forgotten after 15 minutes. */
        static final Delays DEFAULT = new Delays(3, Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofMinutes(15));

        Delays {
            if (free < 0 || first.isNegative() || cap.compareTo(first) < 0 || quiet.isNegative()) {
                throw new IllegalArgumentException("bad login delays: " + free + ", " + first + ", " + cap + ", " + quiet);
            }
        }

        /** The delay of the {@code failures}th failure in a row (1 for the first). */
        Duration after(int failures) {
            if (failures <= free) return Duration.ZERO;
            int doublings = failures - free - 1;
            if (doublings >= 31) return cap;
            Duration d = first.multipliedBy(1L << doublings);
            return d.compareTo(cap) > 0 ? cap : d;
        }
    }

    /** The names longer than this are counted by their first so many characters. */
    static final int MAX_NAME = 256;
    /** How many names outside the password file are remembered. */
    static final int MAX_UNKNOWN = 4096;

    private static final class Count {
        int failures;
        long last;
    }

    private final Delays delays;
    private final LongSupplier nanos;
    private final Map<String, Count> known = new HashMap<>();
    private final Map<String, Count> unknown;

    LoginThrottle(Set<String> users, Delays delays) {
        this(users, delays, MAX_UNKNOWN, System::nanoTime);
    }

    LoginThrottle(Set<String> users, Delays delays, int maxUnknown, LongSupplier nanos) {
        this.delays = delays;
        this.nanos = nanos;
        for (String u : users) known.put(key(u), new Count());
        this.unknown = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > maxUnknown;
            }
        };
    }

    Delays delays() {
        return delays;
    }

    /** One failed login: the failures in a row of its name, this one included, and how late it is refused. */
    record Failure(int inARow, Duration delay) {}

    /** Records a failed login as {@code name}. */
    synchronized Failure failed(String name) {
        Count c = count(name, true);
        c.failures++;
        c.last = nanos.getAsLong();
        return new Failure(c.failures, delays.after(c.failures));
    }

    /** Records a successful login: the name's count starts again. */
    synchronized void succeeded(String name) {
        Count c = count(name, false);
        if (c != null) c.failures = 0;
    }

    /** The failures in a row recorded for {@code name} (0 after a success or the quiet period). */
    synchronized int failures(String name) {
        Count c = count(name, false);
        return c == null ? 0 : c.failures;
    }

    /** The name's count, restarted when its quiet period has passed; created when asked. */
    private Count count(String name, boolean create) {
        String k = key(name);
        Count c = known.get(k);
        if (c == null) c = create ? unknown.computeIfAbsent(k, x -> new Count()) : unknown.get(k);
        if (c != null && c.failures > 0 && nanos.getAsLong() - c.last > delays.quiet().toNanos()) c.failures = 0;
        return c;
    }

    private static String key(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
