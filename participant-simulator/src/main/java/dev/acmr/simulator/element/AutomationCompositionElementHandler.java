package dev.acmr.simulator.element;

import dev.acmr.participant.api.ParticipantIntermediaryApi;
import dev.acmr.participant.api.impl.AcElementListenerV4;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The simulator's element listener, written as an ONAP participant's is: it extends {@link AcElementListenerV4},
 * receives the intermediary in its constructor, and hands the simulated work to its services, which report through
 * the intermediary. Every call is first recorded in the {@link ExecutionLog} ({@code GET /executions}), where ONAP's
 * handler logs it. The message-driven bean {@link SimulatorElementListener} delivers the calls here.
 */
@Dependent
public class AutomationCompositionElementHandler extends AcElementListenerV4 {

    private final InstanceSimulator instances;
    private final CompositionSimulator compositions;
    private final MigrationSimulator migrations;
    private final ExecutionLog executions;

    @Inject
    public AutomationCompositionElementHandler(ParticipantIntermediaryApi intermediaryApi,
            InstanceSimulator instances, CompositionSimulator compositions, MigrationSimulator migrations,
            ExecutionLog executions) {
        super(intermediaryApi);
        this.instances = instances;
        this.compositions = compositions;
        this.migrations = migrations;
        this.executions = executions;
    }

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
        if (instanceElementMigrate.state() == ElementState.REMOVED) {
            migrations.deleteInMigration(instanceElement);
        } else {
            int nextStage = intermediaryApi.getMigrateNextStage(compositionElementTarget, stage);
            migrations.migrate(instanceElementMigrate, stage, nextStage);
        }
    }

    @Override
    public void migratePrecheck(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementTarget, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementMigrate) {
        executions.record("migratePrecheck", compositionElement, instanceElement, null);
        migrations.migratePrecheck(instanceElement);
    }

    @Override
    public void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement, int stage) {
        executions.record("prepare", compositionElement, instanceElement, stage);
        migrations.prepare(instanceElement, stage, intermediaryApi.getPrepareNextStage(compositionElement, stage));
    }

    @Override
    public void review(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
        executions.record("review", compositionElement, instanceElement, null);
        migrations.review(instanceElement);
    }

    @Override
    public void rollbackMigration(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementRollback, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementRollback, int stage) {
        executions.record("rollbackMigration", compositionElement, instanceElement, stage);
        if (instanceElementRollback.state() == ElementState.REMOVED) {
            migrations.deleteInRollback(instanceElement);
        } else {
            int nextStage = intermediaryApi.getRollbackNextStage(compositionElementRollback, stage);
            migrations.rollback(instanceElementRollback, stage, nextStage);
        }
    }
}
