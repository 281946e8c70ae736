package dev.acmr.simulator.config;

/**
 * The operations ONAP's SimConfig configures, each with the JSON names of its success flag and its delay and ONAP's
 * default delay (every operation succeeds by default). The names are ONAP's, irregular ones included
 * ({@code migratePrecheck}, {@code prepare}, {@code review} and {@code rollback} are the flags of their operations).
 */
public enum SimOperation {
    DEPLOY("deploySuccess", "deployTimerMs", 1000),
    UNDEPLOY("undeploySuccess", "undeployTimerMs", 1000),
    LOCK("lockSuccess", "lockTimerMs", 100),
    UNLOCK("unlockSuccess", "unlockTimerMs", 100),
    DELETE("deleteSuccess", "deleteTimerMs", 100),
    UPDATE("updateSuccess", "updateTimerMs", 100),
    MIGRATE("migrateSuccess", "migrateTimerMs", 100),
    MIGRATE_PRECHECK("migratePrecheck", "migratePrecheckTimerMs", 100),
    PREPARE("prepare", "prepareTimerMs", 100),
    REVIEW("review", "reviewTimerMs", 100),
    PRIME("primeSuccess", "primeTimerMs", 100),
    DEPRIME("deprimeSuccess", "deprimeTimerMs", 100),
    ROLLBACK("rollback", "rollbackTimerMs", 100);

    private final String flagName;
    private final String timerName;
    private final int defaultTimerMs;

    SimOperation(String flagName, String timerName, int defaultTimerMs) {
        this.flagName = flagName;
        this.timerName = timerName;
        this.defaultTimerMs = defaultTimerMs;
    }

    /** The JSON name of the flag saying whether the operation succeeds. */
    public String flagName() {
        return flagName;
    }

    /** The JSON name of the operation's delay in milliseconds. */
    public String timerName() {
        return timerName;
    }

    /** ONAP's defaults: success, after the operation's usual delay. */
    OperationSetting defaults() {
        return new OperationSetting(true, defaultTimerMs);
    }
}
