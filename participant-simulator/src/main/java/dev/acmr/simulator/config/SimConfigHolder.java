package dev.acmr.simulator.config;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

/**
 * This replica's current SimConfig. Each replica has its own (as each ONAP simulator pod has); set every replica to
 * make a participant behave the same whichever replica runs an order.
 */
@Singleton
@Lock(LockType.READ)
public class SimConfigHolder {

    private SimConfig config = new SimConfig();

    /** A copy, so that a caller cannot change the settings behind the lock. */
    public SimConfig get() {
        return config.copy();
    }

    @Lock(LockType.WRITE)
    public void set(SimConfig newConfig) {
        config = newConfig.copy();
    }
}
