package dev.acmr.simulator.element;

import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.participant.api.ParticipantIntermediaryConnection;
import dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.resource.ResourceException;

/** The simulator's way to the adapter's intermediary API (defined on {@link SimulatorElementListener}). */
@ApplicationScoped
public class Intermediary {

    @Resource(lookup = SimulatorElementListener.INTERMEDIARY)
    private ParticipantIntermediaryConnectionFactory connectionFactory;

    /**
     * Creates the bean while the application deploys. Its resource injection needs the component's naming context,
     * which health checks do not have on their threads: created lazily from a health probe, the lookup fails.
     */
    void createAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // Observing is enough: the container creates the bean, with its connection factory, to deliver the event.
    }

    /** Identity and link state of this replica, fresh from the adapter. */
    public ParticipantConnectionStatus status() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.status();
        }
    }
}
