package dev.acmr.simulator.element;

import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.api.CompositionDto;
import dev.acmr.participant.api.CompositionElementDto;
import dev.acmr.participant.api.InstanceElementDto;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The simulator participant: ONAP's element listener as a message-driven bean on the participant adapter.
 *
 * <p>The activation properties are placeholders the adapter resolves through MicroProfile Config (system properties
 * and environment variables included), so one WAR serves any participant id, types and replica. Every call is
 * recorded in the {@link ExecutionLog}. Prime and deprime then behave as ONAP's simulator ({@link CompositionSimulator}),
 * and so do deploy, undeploy, lock, unlock, update and delete ({@link InstanceSimulator}); migrate, precheck, review,
 * prepare and rollback are only recorded until the intermediary's stage reports exist.
 */
@MessageDriven(messageListenerInterface = AutomationCompositionElementListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "acm-participant-adapter"),
    @ActivationConfigProperty(propertyName = "participantId", propertyValue = "${participant.id}"),
    @ActivationConfigProperty(propertyName = "supportedElementTypes",
            propertyValue = "${participant.supportedElementTypes:"
                    + "org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0}"),
    @ActivationConfigProperty(propertyName = "replicaId", propertyValue = "${participant.replicaId:}"),
    @ActivationConfigProperty(propertyName = "heartbeatIntervalMs",
            propertyValue = "${participant.heartbeatIntervalMs:1000}")
})
@ConnectionFactoryDefinition(name = SimulatorElementListener.INTERMEDIARY, resourceAdapter = "acm-participant-adapter",
        interfaceName = "dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory",
        transactionSupport = TransactionSupportLevel.NoTransaction)
public class SimulatorElementListener implements AutomationCompositionElementListener {

    static final String INTERMEDIARY = "java:app/acm/intermediary";

    @Inject
    ExecutionLog executions;

    @Inject
    CompositionSimulator compositions;

    @Inject
    InstanceSimulator instances;

    @Override
    public void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        executions.record("deploy", compositionElement, instanceElement, null);
        instances.deploy(instanceElement);
    }

    @Override
    public void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        executions.record("undeploy", compositionElement, instanceElement, null);
        instances.undeploy(instanceElement);
    }

    @Override
    public void lock(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        executions.record("lock", compositionElement, instanceElement, null);
        instances.lock(instanceElement);
    }

    @Override
    public void unlock(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        executions.record("unlock", compositionElement, instanceElement, null);
        instances.unlock(instanceElement);
    }

    @Override
    public void delete(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        executions.record("delete", compositionElement, instanceElement, null);
        instances.delete(instanceElement);
    }

    @Override
    public void update(CompositionElementDto compositionElement, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementUpdated) {
        executions.record("update", compositionElement, instanceElement, null);
        instances.update(instanceElementUpdated);
    }

    @Override
    public void prime(CompositionDto composition) {
        executions.recordComposition("prime", composition.compositionId());
        compositions.prime(composition);
    }

    @Override
    public void deprime(CompositionDto composition) {
        executions.recordComposition("deprime", composition.compositionId());
        compositions.deprime(composition);
    }

    @Override
    public void migrate(CompositionElementDto compositionElement, CompositionElementDto compositionElementTarget,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementMigrate, int stage) {
        executions.record("migrate", compositionElement, instanceElement, stage);
    }

    @Override
    public void migratePrecheck(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementTarget, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementMigrate) {
        executions.record("migratePrecheck", compositionElement, instanceElement, null);
    }

    @Override
    public void review(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        executions.record("review", compositionElement, instanceElement, null);
    }

    @Override
    public void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement, int stage) {
        executions.record("prepare", compositionElement, instanceElement, stage);
    }

    @Override
    public void rollbackMigration(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementRollback, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementRollback, int stage) {
        executions.record("rollbackMigration", compositionElement, instanceElement, stage);
    }
}
