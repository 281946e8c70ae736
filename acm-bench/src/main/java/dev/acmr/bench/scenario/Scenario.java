package dev.acmr.bench.scenario;

/** One benchmark scenario; it fills the result and throws when it cannot complete. It must clean up after itself. */
public interface Scenario {

    String title();

    void run(ScenarioResult result) throws Exception;

    /** What the result describes as measured (one paragraph). */
    String measures();
}
