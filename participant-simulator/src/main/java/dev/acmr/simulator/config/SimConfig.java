package dev.acmr.simulator.config;

import java.util.EnumMap;
import java.util.Map;

/**
 * ONAP's simulator settings, field for field with ONAP's current SimConfig and its defaults (every operation
 * succeeds; deploy and undeploy take 1000 ms, the rest 100 ms); {@code rollback} and {@code rollbackTimerMs} govern
 * the rollback of a migration. Held as one {@link OperationSetting} per {@link SimOperation}; the flat accessors below
 * are ONAP's field names, which JSON-B writes for {@code GET /parameters} (the map is not a property: it has no
 * getter and is transient). Mutable only while being built or copied, {@link SimConfigHolder} hands out copies.
 */
public class SimConfig {

    private final transient Map<SimOperation, OperationSetting> settings = new EnumMap<>(SimOperation.class);

    public SimConfig() {
        for (SimOperation operation : SimOperation.values()) {
            settings.put(operation, operation.defaults());
        }
    }

    /** A copy: the settings are immutable records, so copying the map copies everything. */
    public SimConfig copy() {
        SimConfig copy = new SimConfig();
        copy.settings.putAll(settings);
        return copy;
    }

    public OperationSetting setting(SimOperation operation) {
        return settings.get(operation);
    }

    public void setSuccess(SimOperation operation, boolean success) {
        settings.put(operation, settings.get(operation).withSuccess(success));
    }

    public void setTimerMs(SimOperation operation, int timerMs) {
        settings.put(operation, settings.get(operation).withTimerMs(timerMs));
    }

    private boolean succeeds(SimOperation operation) {
        return settings.get(operation).success();
    }

    private int timerMs(SimOperation operation) {
        return settings.get(operation).timerMs();
    }

    // ONAP's flat fields, one operation per group (its flag, then its delay): plain delegation, one line each.

    public boolean isDeploySuccess() { return succeeds(SimOperation.DEPLOY); }
    public void setDeploySuccess(boolean success) { setSuccess(SimOperation.DEPLOY, success); }
    public int getDeployTimerMs() { return timerMs(SimOperation.DEPLOY); }
    public void setDeployTimerMs(int millis) { setTimerMs(SimOperation.DEPLOY, millis); }

    public boolean isUndeploySuccess() { return succeeds(SimOperation.UNDEPLOY); }
    public void setUndeploySuccess(boolean success) { setSuccess(SimOperation.UNDEPLOY, success); }
    public int getUndeployTimerMs() { return timerMs(SimOperation.UNDEPLOY); }
    public void setUndeployTimerMs(int millis) { setTimerMs(SimOperation.UNDEPLOY, millis); }

    public boolean isLockSuccess() { return succeeds(SimOperation.LOCK); }
    public void setLockSuccess(boolean success) { setSuccess(SimOperation.LOCK, success); }
    public int getLockTimerMs() { return timerMs(SimOperation.LOCK); }
    public void setLockTimerMs(int millis) { setTimerMs(SimOperation.LOCK, millis); }

    public boolean isUnlockSuccess() { return succeeds(SimOperation.UNLOCK); }
    public void setUnlockSuccess(boolean success) { setSuccess(SimOperation.UNLOCK, success); }
    public int getUnlockTimerMs() { return timerMs(SimOperation.UNLOCK); }
    public void setUnlockTimerMs(int millis) { setTimerMs(SimOperation.UNLOCK, millis); }

    public boolean isDeleteSuccess() { return succeeds(SimOperation.DELETE); }
    public void setDeleteSuccess(boolean success) { setSuccess(SimOperation.DELETE, success); }
    public int getDeleteTimerMs() { return timerMs(SimOperation.DELETE); }
    public void setDeleteTimerMs(int millis) { setTimerMs(SimOperation.DELETE, millis); }

    public boolean isUpdateSuccess() { return succeeds(SimOperation.UPDATE); }
    public void setUpdateSuccess(boolean success) { setSuccess(SimOperation.UPDATE, success); }
    public int getUpdateTimerMs() { return timerMs(SimOperation.UPDATE); }
    public void setUpdateTimerMs(int millis) { setTimerMs(SimOperation.UPDATE, millis); }

    public boolean isMigrateSuccess() { return succeeds(SimOperation.MIGRATE); }
    public void setMigrateSuccess(boolean success) { setSuccess(SimOperation.MIGRATE, success); }
    public int getMigrateTimerMs() { return timerMs(SimOperation.MIGRATE); }
    public void setMigrateTimerMs(int millis) { setTimerMs(SimOperation.MIGRATE, millis); }

    public boolean isMigratePrecheck() { return succeeds(SimOperation.MIGRATE_PRECHECK); }
    public void setMigratePrecheck(boolean success) { setSuccess(SimOperation.MIGRATE_PRECHECK, success); }
    public int getMigratePrecheckTimerMs() { return timerMs(SimOperation.MIGRATE_PRECHECK); }
    public void setMigratePrecheckTimerMs(int millis) { setTimerMs(SimOperation.MIGRATE_PRECHECK, millis); }

    public boolean isPrepare() { return succeeds(SimOperation.PREPARE); }
    public void setPrepare(boolean success) { setSuccess(SimOperation.PREPARE, success); }
    public int getPrepareTimerMs() { return timerMs(SimOperation.PREPARE); }
    public void setPrepareTimerMs(int millis) { setTimerMs(SimOperation.PREPARE, millis); }

    public boolean isReview() { return succeeds(SimOperation.REVIEW); }
    public void setReview(boolean success) { setSuccess(SimOperation.REVIEW, success); }
    public int getReviewTimerMs() { return timerMs(SimOperation.REVIEW); }
    public void setReviewTimerMs(int millis) { setTimerMs(SimOperation.REVIEW, millis); }

    public boolean isPrimeSuccess() { return succeeds(SimOperation.PRIME); }
    public void setPrimeSuccess(boolean success) { setSuccess(SimOperation.PRIME, success); }
    public int getPrimeTimerMs() { return timerMs(SimOperation.PRIME); }
    public void setPrimeTimerMs(int millis) { setTimerMs(SimOperation.PRIME, millis); }

    public boolean isDeprimeSuccess() { return succeeds(SimOperation.DEPRIME); }
    public void setDeprimeSuccess(boolean success) { setSuccess(SimOperation.DEPRIME, success); }
    public int getDeprimeTimerMs() { return timerMs(SimOperation.DEPRIME); }
    public void setDeprimeTimerMs(int millis) { setTimerMs(SimOperation.DEPRIME, millis); }

    public boolean isRollback() { return succeeds(SimOperation.ROLLBACK); }
    public void setRollback(boolean success) { setSuccess(SimOperation.ROLLBACK, success); }
    public int getRollbackTimerMs() { return timerMs(SimOperation.ROLLBACK); }
    public void setRollbackTimerMs(int millis) { setTimerMs(SimOperation.ROLLBACK, millis); }
}
