package dev.acmr.runtime.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive as long as the application answers. Deliberately checks no dependency: a database or broker outage makes
 * the node unready, and restarting it would not bring them back.
 */
@Liveness
@ApplicationScoped
public class RuntimeLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("runtime");
    }
}
