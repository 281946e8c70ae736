package dev.acmr.simulator.element;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.api.impl.AcElementListenerV4;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator's listener is an ONAP-style handler: every call recorded, then handed to its service. */
class AutomationCompositionElementHandlerTest {

    private final RecordingIntermediary intermediary = new RecordingIntermediary();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimConfigHolder config = new SimConfigHolder();
    private final ExecutionLog executions = new ExecutionLog();
    private final SimulatedReports reports = new SimulatedReports(scheduler, config, executions, intermediary.api);
    private final AutomationCompositionElementHandler handler = new AutomationCompositionElementHandler(
            intermediary.api, new InstanceSimulator(reports), new CompositionSimulator(reports),
            new MigrationSimulator(reports), executions);
    private final UUID composition = UUID.randomUUID();
    private final CompositionElementDto definition = new CompositionElementDto(composition,
            new ToscaConceptIdentifier("sim", "1.0.0"), Map.of(), Map.of());
    private final InstanceElementDto element = new InstanceElementDto(UUID.randomUUID(), UUID.randomUUID(),
            Map.of(), Map.of());

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    @Test
    void itIsAnOnapStyleListener() {
        assertEquals(AcElementListenerV4.class, AutomationCompositionElementHandler.class.getSuperclass());
    }

    @Test
    void everyCallIsRecordedWithItsIds() {
        handler.deploy(definition, element);
        handler.undeploy(definition, element);
        handler.lock(definition, element);
        handler.unlock(definition, element);
        handler.update(definition, element, element);
        handler.delete(definition, element);
        handler.prime(new CompositionDto(composition, Map.of(), Map.of()));
        handler.deprime(new CompositionDto(composition, Map.of(), Map.of()));
        handler.migrate(definition, definition, element, element, 0);
        handler.migratePrecheck(definition, definition, element, element);
        handler.review(definition, element);
        handler.prepare(definition, element, 0);
        handler.rollbackMigration(definition, definition, element, element, 2);
        assertEquals(List.of("deploy", "undeploy", "lock", "unlock", "update", "delete", "prime", "deprime",
                "migrate", "migratePrecheck", "review", "prepare", "rollbackMigration"),
                executions.executions().stream().map(Execution::operation).toList());
        assertEquals(2, executions.executions().get(12).stage());
        assertEquals(element.elementId(), executions.executions().get(0).elementId());
        assertEquals(composition, executions.executions().get(6).compositionId());
    }

    @Test
    void rollbackMigrationRunsTheSimulatedRollbackWithItsNextStage() {
        SimConfig slow = config.get();
        slow.setRollbackTimerMs(30);
        config.set(slow);
        intermediary.nextStage = 1;
        handler.rollbackMigration(definition, definition, element, element, 2);
        scheduler.runAll();
        assertEquals(List.of(30L), scheduler.delaysMs);
        assertEquals("updateAutomationCompositionElementStage",
                intermediary.calls.get(intermediary.calls.size() - 1).method());

        intermediary.nextStage = -1;
        InstanceElementDto removed = new InstanceElementDto(element.instanceId(), element.elementId(), Map.of(),
                Map.of(), ElementState.REMOVED);
        SimConfig failing = config.get();
        failing.setRollback(false);
        config.set(failing);
        handler.rollbackMigration(definition, definition, element, removed, 0);
        ElementStateDto failed = (ElementStateDto) intermediary.calls.get(intermediary.calls.size() - 1).arg(0);
        assertEquals(StateChangeResult.FAILED, failed.stateChangeResult());
        assertEquals("Rollback - Delete failed!", failed.message());
    }
}
