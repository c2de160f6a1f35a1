package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The failure table behind the login delays: the schedule, the reset, and its bounded memory. */
class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong();
    private final LoginThrottle throttle = new LoginThrottle(Set.of("editor"), LoginThrottle.Delays.DEFAULT, 100, now::get);

    @Test
    void freeThenDoublingFromAQuarterSecondUpToTenSeconds() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 12; i++) millis.add(throttle.failed("editor").delay().toMillis());
        assertEquals(List.of(0L, 0L, 0L, 250L, 500L, 1000L, 2000L, 4000L, 8000L, 10_000L, 10_000L, 10_000L), millis);
        assertEquals(Duration.ofSeconds(10), LoginThrottle.Delays.DEFAULT.after(Integer.MAX_VALUE));
    }

    @Test
    void aSuccessOrAQuietPeriodStartsTheCountAgain() {
        for (int i = 0; i < 5; i++) throttle.failed("editor");
        throttle.succeeded("editor");
        assertEquals(0, throttle.failures("editor"));
        for (int i = 0; i < 5; i++) throttle.failed("editor");
        now.addAndGet(Duration.ofMinutes(14).toNanos());
        assertEquals(6, throttle.failed("editor").inARow(), "within the quiet period the count goes on");
        now.addAndGet(Duration.ofMinutes(16).toNanos());
        assertEquals(1, throttle.failed("editor").inARow(), "after it, the count starts again");
    }

    @Test
    void guessingManyOtherNamesNeitherGrowsTheTableNorWipesAUsersCount() {
        for (int i = 0; i < 6; i++) throttle.failed("editor");
        for (int i = 0; i < 6; i++) throttle.failed("nobody");
        for (int i = 0; i < 10_000; i++) throttle.failed("name-" + i);
        assertEquals(6, throttle.failures("editor"), "a user of the password file keeps its count");
        assertEquals(0, throttle.failures("nobody"), "the least recently tried unknown names are forgotten");
        assertEquals(1, throttle.failures("name-9999"));
        String longName = "x".repeat(10_000);
        throttle.failed(longName);
        assertEquals(1, throttle.failures(longName.substring(0, LoginThrottle.MAX_NAME) + "y"), "counted by its first 256 characters");
    }
}
