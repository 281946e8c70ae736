package dev.acmr.simulator.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live as long as the process answers. A lost broker or runtime is not a reason to restart the replica (the adapter
 * reconnects by itself); readiness reports it.
 */
@Liveness
@ApplicationScoped
public class SimulatorLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("simulator-participant");
    }
}
