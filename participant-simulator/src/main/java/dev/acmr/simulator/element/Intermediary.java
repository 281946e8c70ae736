package dev.acmr.simulator.element;

import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.participant.api.ParticipantIntermediaryConnection;
import dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.resource.ResourceException;

/** The simulator's way to the adapter's intermediary API (defined on {@link SimulatorElementListener}). */
@ApplicationScoped
public class Intermediary {

    @Resource(lookup = SimulatorElementListener.INTERMEDIARY)
    private ParticipantIntermediaryConnectionFactory connectionFactory;

    /** Identity and link state of this replica, fresh from the adapter. */
    public ParticipantConnectionStatus status() throws ResourceException {
        try (ParticipantIntermediaryConnection connection = connectionFactory.getConnection()) {
            return connection.status();
        }
    }
}
