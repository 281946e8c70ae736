package dev.acmr.bench.stats;

import java.util.Arrays;
import java.util.Locale;

/**
 * Completions per second of a window split into its first seconds (the cold part) and the rest.
 *
 * @param firstSeconds how many seconds the first part has (fewer when the window is shorter)
 */
public record WindowSplit(int firstSeconds, int firstCount, int restSeconds, int restCount) {

    public static WindowSplit of(int[] perSecond, int firstSeconds) {
        int first = Math.min(firstSeconds, perSecond.length);
        return new WindowSplit(first, Arrays.stream(perSecond, 0, first).sum(), perSecond.length - first,
                Arrays.stream(perSecond, first, perSecond.length).sum());
    }

    /** "12.3 /s (123 in 10 s)", or n/a for an empty part. */
    public static String rate(int count, int seconds) {
        return seconds == 0 ? "n/a (no such seconds)"
                : String.format(Locale.ROOT, "%.1f /s (%d in %d s)", count / (double) seconds, count, seconds);
    }

    public String first() {
        return rate(firstCount, firstSeconds);
    }

    public String rest() {
        return rate(restCount, restSeconds);
    }
}
