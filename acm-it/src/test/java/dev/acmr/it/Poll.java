package dev.acmr.it;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/** Bounded polling, as ONAP's "Wait Until Keyword Succeeds": retry a check until it passes or time is up. */
final class Poll {

    private static final long INTERVAL_MILLIS = 250;

    private Poll() {
    }

    /**
     * Runs {@code attempt} until it returns null (passed); when {@code within} has passed, fails with
     * {@code failure} applied to what the last attempt saw.
     */
    static void until(Duration within, Supplier<String> attempt, Function<String, String> failure) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            String seen = attempt.get();
            if (seen == null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.apply(seen));
            }
            Compositions.sleep(INTERVAL_MILLIS);
        }
    }
}
