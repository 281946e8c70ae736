package dev.acmr.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a reading until it satisfies a condition, for a bounded time; the failure names what was awaited and the last reading. */
final class Eventually {

    private Eventually() {
    }

    static <T> T value(Supplier<T> reading, Predicate<T> condition, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = reading.get();
            if (condition.test(last)) {
                return last;
            }
            Compositions.sleep(100);
        }
        throw new AssertionError("not " + what + " within " + timeout + "; last: " + last);
    }
}
