package dev.acmr.simulator.element;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import dev.acmr.simulator.element.RecordingIntermediary.Call;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Migrate, precheck, prepare, review and rollback as ONAP's simulator, with their timers, flags and stages. */
class MigrationSimulatorTest {

    private final RecordingIntermediary intermediary = new RecordingIntermediary();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimConfigHolder config = new SimConfigHolder();
    private final MigrationSimulator simulator = new MigrationSimulator(new SimulatedReports(scheduler, config,
            new ExecutionLog(), intermediary.api));
    private final UUID instance = UUID.randomUUID();
    private final UUID element = UUID.randomUUID();
    private final InstanceElementDto dto = new InstanceElementDto(instance, element, Map.of(), Map.of());

    @AfterEach
    void shutdown() {
        scheduler.shutdownNow();
    }

    private void set(Consumer<SimConfig> change) {
        SimConfig changed = config.get();
        change.accept(changed);
        config.set(changed);
    }

    private ElementStateDto lastState() {
        Call last = intermediary.calls.get(intermediary.calls.size() - 1);
        assertEquals("updateAutomationCompositionElementState", last.method());
        return (ElementStateDto) last.arg(0);
    }

    @Test
    void rollbackSucceedsOrFailsByTheRollbackFlagAfterTheRollbackTimer() {
        set(c -> c.setRollbackTimerMs(70));
        simulator.rollback(dto, 0, 0);
        assertEquals(List.of(70L), scheduler.delaysMs);
        assertEquals("MIGRATION_REVERTING", ((Map<?, ?>) intermediary.calls.get(0).arg(4)).get("InternalState"));
        scheduler.runAll();
        ElementStateDto done = lastState();
        assertEquals(DeployState.DEPLOYED, done.deployState());
        assertEquals(StateChangeResult.NO_ERROR, done.stateChangeResult());
        assertEquals("Migration rollback done", done.message());
        assertEquals(List.of(0), done.outProperties().get("rollbackStage"));

        set(c -> c.setRollback(false));
        simulator.rollback(dto, 0, 0);
        scheduler.runAll();
        assertEquals(StateChangeResult.FAILED, lastState().stateChangeResult());
        assertEquals("Migration rollback failed", lastState().message());
        assertEquals(List.of(70L, 70L), scheduler.delaysMs);
    }

    @Test
    void aStagedOperationReportsTheNextStageUntilTheLast() {
        simulator.migrate(dto, 1, 3);
        scheduler.runAll();
        Call stage = intermediary.calls.get(intermediary.calls.size() - 1);
        assertEquals("updateAutomationCompositionElementStage", stage.method());
        ElementStageDto next = (ElementStageDto) stage.arg(0);
        assertEquals(3, next.nextStage());
        assertEquals("stage 1 Migrated", next.message());
        assertEquals(List.of(1), next.outProperties().get("stage"));

        simulator.migrate(dto, 3, 3);
        scheduler.runAll();
        assertEquals("Migrated", lastState().message());
        assertEquals("DEPLOYED", lastState().outProperties().get("InternalState"));

        simulator.prepare(dto, 0, 0);
        scheduler.runAll();
        assertEquals(DeployState.UNDEPLOYED, lastState().deployState());
        assertEquals("Prepare completed", lastState().message());
        assertEquals(List.of(0), lastState().outProperties().get("prepareStage"));
    }

    @Test
    void precheckAndReviewFollowTheirFlags() {
        set(c -> {
            c.setMigratePrecheckTimerMs(5);
            c.setReviewTimerMs(6);
            c.setReview(false);
        });
        simulator.migratePrecheck(dto);
        scheduler.runAll();
        assertEquals("Migration precheck completed", lastState().message());
        simulator.review(dto);
        scheduler.runAll();
        assertEquals("Review failed", lastState().message());
        assertEquals(StateChangeResult.FAILED, lastState().stateChangeResult());
        assertEquals(List.of(5L, 6L), scheduler.delaysMs);
    }

    @Test
    void removedElementsAreDeletedAtOnceOrFail() {
        simulator.deleteInRollback(dto);
        assertEquals(new Call("deleteAutomationCompositionElementState", List.of(instance, element)),
                intermediary.calls.get(0));
        set(c -> c.setMigrateSuccess(false));
        simulator.deleteInMigration(dto);
        assertEquals("Migration - Delete failed!", lastState().message());
        assertEquals(List.of(), scheduler.delaysMs, "no delay, as ONAP's simulator");
    }

    @Test
    void theThreeStageListsAccumulateAcrossStagesOnTheOutPropertiesTheRuntimeStored() {
        // Each stage runs on another replica, which holds nothing of it: only the call's out-properties count.
        intermediary.viewOutProperties = null;
        assertEquals(List.of(0, 2), twoStages("stage", (out, run) -> simulator.migrate(dto(out),
                run == 0 ? 0 : 2, 2)));
        assertEquals(List.of(1, 3), twoStages("prepareStage", (out, run) -> simulator.prepare(dto(out),
                run == 0 ? 1 : 3, 3)));
        assertEquals(List.of(2, 0), twoStages("rollbackStage", (out, run) -> simulator.rollback(dto(out),
                run == 0 ? 2 : 0, 0)));
    }

    @Test
    void aPrecheckLeavesInternalStateAlone() {
        set(c -> c.setMigratePrecheckTimerMs(5));
        simulator.migratePrecheck(dto);
        assertEquals(List.of(), intermediary.calls, "no info pushed while it runs");
        scheduler.runAll();
        assertEquals(DeployState.DEPLOYED, lastState().deployState());
    }

    /** Runs a first (0) and a second (1) stage, the second on the out-properties the first reported; the list at the end. */
    private Object twoStages(String list, BiConsumer<Map<String, Object>, Integer> run) {
        run.accept(Map.of("InternalState", "DEPLOYED"), 0);
        scheduler.runAll();
        Call first = intermediary.calls.get(intermediary.calls.size() - 1);
        assertEquals("updateAutomationCompositionElementStage", first.method(), list);
        run.accept(((ElementStageDto) first.arg(0)).outProperties(), 1);
        scheduler.runAll();
        assertEquals(StateChangeResult.NO_ERROR, lastState().stateChangeResult(), list);
        return lastState().outProperties().get(list);
    }

    private InstanceElementDto dto(Map<String, Object> outProperties) {
        return new InstanceElementDto(instance, element, Map.of(), outProperties);
    }
}
