package dev.acmr.simulator.config;

/**
 * ONAP's simulator settings, field for field with ONAP's current SimConfig and its defaults (every operation
 * succeeds; deploy and undeploy take 1000 ms, the rest 100 ms); {@code rollback} and {@code rollbackTimerMs} govern
 * the rollback of a migration. A plain bean because JSON-B writes it for {@code GET /parameters} by its getters; it is
 * mutable only while being built or copied, {@link SimConfigHolder} hands out copies.
 */
public class SimConfig {
    private boolean deploySuccess = true;
    private boolean undeploySuccess = true;
    private boolean lockSuccess = true;
    private boolean unlockSuccess = true;
    private boolean deleteSuccess = true;
    private boolean updateSuccess = true;
    private boolean migrateSuccess = true;
    private boolean migratePrecheck = true;
    private boolean prepare = true;
    private boolean review = true;
    private boolean primeSuccess = true;
    private boolean deprimeSuccess = true;
    private boolean rollback = true;

    private int deployTimerMs = 1000;
    private int undeployTimerMs = 1000;
    private int lockTimerMs = 100;
    private int unlockTimerMs = 100;
    private int updateTimerMs = 100;
    private int deleteTimerMs = 100;
    private int primeTimerMs = 100;
    private int deprimeTimerMs = 100;
    private int migrateTimerMs = 100;
    private int migratePrecheckTimerMs = 100;
    private int prepareTimerMs = 100;
    private int reviewTimerMs = 100;
    private int rollbackTimerMs = 100;

    /** A field-by-field copy. */
    public SimConfig copy() {
        SimConfig copy = new SimConfig();
        copy.deploySuccess = deploySuccess;
        copy.undeploySuccess = undeploySuccess;
        copy.lockSuccess = lockSuccess;
        copy.unlockSuccess = unlockSuccess;
        copy.deleteSuccess = deleteSuccess;
        copy.updateSuccess = updateSuccess;
        copy.migrateSuccess = migrateSuccess;
        copy.migratePrecheck = migratePrecheck;
        copy.prepare = prepare;
        copy.review = review;
        copy.primeSuccess = primeSuccess;
        copy.deprimeSuccess = deprimeSuccess;
        copy.deployTimerMs = deployTimerMs;
        copy.undeployTimerMs = undeployTimerMs;
        copy.lockTimerMs = lockTimerMs;
        copy.unlockTimerMs = unlockTimerMs;
        copy.updateTimerMs = updateTimerMs;
        copy.deleteTimerMs = deleteTimerMs;
        copy.primeTimerMs = primeTimerMs;
        copy.deprimeTimerMs = deprimeTimerMs;
        copy.migrateTimerMs = migrateTimerMs;
        copy.migratePrecheckTimerMs = migratePrecheckTimerMs;
        copy.prepareTimerMs = prepareTimerMs;
        copy.reviewTimerMs = reviewTimerMs;
        copy.rollback = rollback;
        copy.rollbackTimerMs = rollbackTimerMs;
        return copy;
    }

    public boolean isDeploySuccess() {
        return deploySuccess;
    }

    public void setDeploySuccess(boolean deploySuccess) {
        this.deploySuccess = deploySuccess;
    }

    public boolean isUndeploySuccess() {
        return undeploySuccess;
    }

    public void setUndeploySuccess(boolean undeploySuccess) {
        this.undeploySuccess = undeploySuccess;
    }

    public boolean isLockSuccess() {
        return lockSuccess;
    }

    public void setLockSuccess(boolean lockSuccess) {
        this.lockSuccess = lockSuccess;
    }

    public boolean isUnlockSuccess() {
        return unlockSuccess;
    }

    public void setUnlockSuccess(boolean unlockSuccess) {
        this.unlockSuccess = unlockSuccess;
    }

    public boolean isDeleteSuccess() {
        return deleteSuccess;
    }

    public void setDeleteSuccess(boolean deleteSuccess) {
        this.deleteSuccess = deleteSuccess;
    }

    public boolean isUpdateSuccess() {
        return updateSuccess;
    }

    public void setUpdateSuccess(boolean updateSuccess) {
        this.updateSuccess = updateSuccess;
    }

    public boolean isMigrateSuccess() {
        return migrateSuccess;
    }

    public void setMigrateSuccess(boolean migrateSuccess) {
        this.migrateSuccess = migrateSuccess;
    }

    public boolean isMigratePrecheck() {
        return migratePrecheck;
    }

    public void setMigratePrecheck(boolean migratePrecheck) {
        this.migratePrecheck = migratePrecheck;
    }

    public boolean isPrepare() {
        return prepare;
    }

    public void setPrepare(boolean prepare) {
        this.prepare = prepare;
    }

    public boolean isReview() {
        return review;
    }

    public void setReview(boolean review) {
        this.review = review;
    }

    public boolean isPrimeSuccess() {
        return primeSuccess;
    }

    public void setPrimeSuccess(boolean primeSuccess) {
        this.primeSuccess = primeSuccess;
    }

    public boolean isDeprimeSuccess() {
        return deprimeSuccess;
    }

    public void setDeprimeSuccess(boolean deprimeSuccess) {
        this.deprimeSuccess = deprimeSuccess;
    }

    public int getDeployTimerMs() {
        return deployTimerMs;
    }

    public void setDeployTimerMs(int deployTimerMs) {
        this.deployTimerMs = deployTimerMs;
    }

    public int getUndeployTimerMs() {
        return undeployTimerMs;
    }

    public void setUndeployTimerMs(int undeployTimerMs) {
        this.undeployTimerMs = undeployTimerMs;
    }

    public int getLockTimerMs() {
        return lockTimerMs;
    }

    public void setLockTimerMs(int lockTimerMs) {
        this.lockTimerMs = lockTimerMs;
    }

    public int getUnlockTimerMs() {
        return unlockTimerMs;
    }

    public void setUnlockTimerMs(int unlockTimerMs) {
        this.unlockTimerMs = unlockTimerMs;
    }

    public int getUpdateTimerMs() {
        return updateTimerMs;
    }

    public void setUpdateTimerMs(int updateTimerMs) {
        this.updateTimerMs = updateTimerMs;
    }

    public int getDeleteTimerMs() {
        return deleteTimerMs;
    }

    public void setDeleteTimerMs(int deleteTimerMs) {
        this.deleteTimerMs = deleteTimerMs;
    }

    public int getPrimeTimerMs() {
        return primeTimerMs;
    }

    public void setPrimeTimerMs(int primeTimerMs) {
        this.primeTimerMs = primeTimerMs;
    }

    public int getDeprimeTimerMs() {
        return deprimeTimerMs;
    }

    public void setDeprimeTimerMs(int deprimeTimerMs) {
        this.deprimeTimerMs = deprimeTimerMs;
    }

    public int getMigrateTimerMs() {
        return migrateTimerMs;
    }

    public void setMigrateTimerMs(int migrateTimerMs) {
        this.migrateTimerMs = migrateTimerMs;
    }

    public int getMigratePrecheckTimerMs() {
        return migratePrecheckTimerMs;
    }

    public void setMigratePrecheckTimerMs(int migratePrecheckTimerMs) {
        this.migratePrecheckTimerMs = migratePrecheckTimerMs;
    }

    public int getPrepareTimerMs() {
        return prepareTimerMs;
    }

    public void setPrepareTimerMs(int prepareTimerMs) {
        this.prepareTimerMs = prepareTimerMs;
    }

    public int getReviewTimerMs() {
        return reviewTimerMs;
    }

    public void setReviewTimerMs(int reviewTimerMs) {
        this.reviewTimerMs = reviewTimerMs;
    }

    public boolean isRollback() {
        return rollback;
    }

    public void setRollback(boolean rollback) {
        this.rollback = rollback;
    }

    public int getRollbackTimerMs() {
        return rollbackTimerMs;
    }

    public void setRollbackTimerMs(int rollbackTimerMs) {
        this.rollbackTimerMs = rollbackTimerMs;
    }
}
