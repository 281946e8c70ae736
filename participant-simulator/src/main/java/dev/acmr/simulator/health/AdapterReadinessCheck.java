package dev.acmr.simulator.health;

import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.simulator.element.Intermediary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the adapter is connected to the broker and the runtime acknowledged this replica. */
@Readiness
@ApplicationScoped
public class AdapterReadinessCheck implements HealthCheck {

    static final String NAME = "acm-participant-adapter";

    @Inject
    Intermediary intermediary;

    @Override
    public HealthCheckResponse call() {
        try {
            return describe(intermediary.status());
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    static HealthCheckResponse describe(ParticipantConnectionStatus status) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(status.connected() && status.registered())
                .withData("connected", status.connected())
                .withData("registered", status.registered());
        if (status.participantId() != null) {
            response.withData("participantId", status.participantId().toString());
        }
        if (status.replicaId() != null) {
            response.withData("replicaId", status.replicaId().toString());
        }
        return response.build();
    }
}
