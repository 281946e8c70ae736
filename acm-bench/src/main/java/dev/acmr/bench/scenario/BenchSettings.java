package dev.acmr.bench.scenario;

/**
 * The counts and durations of one run: the full benchmark, or the quick smoke test (same scenarios, small counts,
 * no restart of a runtime node; about two minutes in all).
 */
public record BenchSettings(boolean quick, int loops, int users, int instancesPerUser, int throughputSeconds,
        int throughputConcurrency, int convergenceChanges, int scaleSmall, int scaleLarge, int scaleDeploying,
        int supervisionWindowSeconds, int pagesQueried, int pageSize, int pollMs) {

    public static BenchSettings full() {
        return new BenchSettings(false, 200, 5, 100, 60, 16, 1000, 100, 10_000, 5, 20, 200, 20, 5);
    }

    public static BenchSettings quickSmoke() {
        return new BenchSettings(true, 5, 5, 2, 8, 16, 100, 100, 400, 3, 4, 30, 20, 5);
    }

    /** The scale scenario's simulated deploy delay: longer than its measurement, so a few stay DEPLOYING. */
    public int deployingDelayMs() {
        return (supervisionWindowSeconds + 8) * 1000;
    }

    public String mode() {
        return quick ? "quick (--quick, smoke test: small counts, figures not comparable)" : "full";
    }
}
