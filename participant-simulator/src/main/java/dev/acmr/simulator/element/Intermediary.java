package dev.acmr.simulator.element;

import dev.acmr.participant.api.ConnectionFactoryIntermediary;
import dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * The adapter's intermediary as the injectable {@link dev.acmr.participant.api.ParticipantIntermediaryApi} the
 * simulator's handler and services take, over the connection factory defined on {@link SimulatorElementListener}.
 */
@ApplicationScoped
public class Intermediary extends ConnectionFactoryIntermediary {

    @Resource(lookup = SimulatorElementListener.INTERMEDIARY)
    private ParticipantIntermediaryConnectionFactory connectionFactory;

    /**
     * Creates the bean while the application deploys. Its resource injection needs the component's naming context,
     * which health checks do not have on their threads: created lazily from a health probe, the lookup fails.
     */
    void createAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // Observing is enough: the container creates the bean, with its connection factory, to deliver the event.
    }

    @Override
    protected ParticipantIntermediaryConnectionFactory connectionFactory() {
        return connectionFactory;
    }
}
