package dev.acmr.simulator.element;

import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.api.ElementListenerEndpoint;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The simulator participant's message endpoint on the participant adapter: what takes the place of ONAP's Spring
 * wiring. It delivers every call to the ONAP-style {@link AutomationCompositionElementHandler}, and defines the
 * connection factory through which {@link Intermediary} reaches the adapter.
 *
 * <p>The activation properties are placeholders the adapter resolves through MicroProfile Config (system properties
 * and environment variables included), so one WAR serves any participant id, types and replica. They name the keys
 * only: a key left unset resolves to empty, which leaves the adapter's own default (a random replica id, its
 * heartbeat interval), so no default of the adapter's is repeated here. The element types default to ONAP's sim-1.
 */
@MessageDriven(messageListenerInterface = AutomationCompositionElementListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "acm-participant-adapter"),
    @ActivationConfigProperty(propertyName = "participantId", propertyValue = "${participant.id}"),
    @ActivationConfigProperty(propertyName = "supportedElementTypes",
            propertyValue = "${participant.supportedElementTypes:"
                    + "org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0}"),
    @ActivationConfigProperty(propertyName = "replicaId", propertyValue = "${participant.replicaId:}"),
    @ActivationConfigProperty(propertyName = "heartbeatIntervalMs",
            propertyValue = "${participant.heartbeatIntervalMs:}")
})
@ConnectionFactoryDefinition(name = SimulatorElementListener.INTERMEDIARY, resourceAdapter = "acm-participant-adapter",
        interfaceName = "dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory",
        transactionSupport = TransactionSupportLevel.NoTransaction)
public class SimulatorElementListener extends ElementListenerEndpoint {

    static final String INTERMEDIARY = "java:app/acm/intermediary";

    @Inject
    AutomationCompositionElementHandler handler;

    @Override
    protected AutomationCompositionElementListener listener() {
        return handler;
    }
}
