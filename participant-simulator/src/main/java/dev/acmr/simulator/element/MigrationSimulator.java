package dev.acmr.simulator.element;

import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.concepts.SubState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.simulator.config.SimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * ONAP's simulator behaviour for migrate, migrate precheck, prepare, review and rollback: after the operation's delay
 * success or failure as set in {@link SimConfig} ({@code migrateSuccess}, {@code migratePrecheck}, {@code prepare},
 * {@code review}, {@code rollback}), with ONAP's messages and final states. A staged operation appends the stage it
 * ran to an out-property list ({@code stage}, {@code prepareStage}, {@code rollbackStage}) and reports the next stage
 * until the next is the stage it ran. The list grows on the out-properties the call received, which are the
 * runtime's stored copy: it accumulates across stages whichever replica runs each one. Elements a migration or
 * rollback removes are deleted at once, as ONAP's simulator does.
 *
 * <p>Beyond ONAP's simulator, as for the other operations, the element's InternalState out-property shows the
 * operation's transitional state while it runs and the final state at the end. A precheck leaves it alone: a precheck
 * changes nothing, and a participant only the migration would bring in holds no instance to show it on.
 */
@ApplicationScoped
public class MigrationSimulator {

    static final String MIGRATE_STAGES = "stage";
    static final String PREPARE_STAGES = "prepareStage";
    static final String ROLLBACK_STAGES = "rollbackStage";

    @Inject
    SimulatedReports reports;

    /** For the container. */
    public MigrationSimulator() {
    }

    MigrationSimulator(SimulatedReports reports) {
        this.reports = reports;
    }

    /** @param migrated the element as the migration makes it */
    public void migrate(InstanceElementDto migrated, int stage, int nextStage) {
        staged(migrated, DeployState.MIGRATING.name(), reports.config().getMigrateTimerMs(),
                SimConfig::isMigrateSuccess, stage, nextStage, MIGRATE_STAGES, DeployState.DEPLOYED, "Migrated",
                "Migrate failed!");
    }

    public void deleteInMigration(InstanceElementDto element) {
        deleteOrFail(element, reports.config().isMigrateSuccess(), DeployState.DEPLOYED,
                "Migration - Delete failed!");
    }

    public void migratePrecheck(InstanceElementDto element) {
        once(element, null, reports.config().getMigratePrecheckTimerMs(), SimConfig::isMigratePrecheck,
                DeployState.DEPLOYED, "Migration precheck completed", "Migration precheck failed");
    }

    public void prepare(InstanceElementDto element, int stage, int nextStage) {
        staged(element, SubState.PREPARING.name(), reports.config().getPrepareTimerMs(), SimConfig::isPrepare, stage,
                nextStage, PREPARE_STAGES, DeployState.UNDEPLOYED, "Prepared", "Prepare failed");
    }

    public void review(InstanceElementDto element) {
        once(element, SubState.REVIEWING.name(), reports.config().getReviewTimerMs(), SimConfig::isReview,
                DeployState.DEPLOYED, "Review completed", "Review failed");
    }

    /** @param rolledBack the element as the rollback makes it */
    public void rollback(InstanceElementDto rolledBack, int stage, int nextStage) {
        staged(rolledBack, DeployState.MIGRATION_REVERTING.name(), reports.config().getRollbackTimerMs(),
                SimConfig::isRollback, stage, nextStage, ROLLBACK_STAGES, DeployState.DEPLOYED, "Migration rollback",
                "Migration rollback failed");
    }

    public void deleteInRollback(InstanceElementDto element) {
        deleteOrFail(element, reports.config().isRollback(), DeployState.UNDEPLOYED, "Rollback - Delete failed!");
    }

    /** @param transitional the InternalState while it runs; null to leave it as it is */
    private void once(InstanceElementDto element, String transitional, int delayMs, Predicate<SimConfig> succeeds,
            DeployState state, String successMessage, String failureMessage) {
        if (transitional != null) {
            reports.internalState(element, transitional, delayMs);
        }
        reports.after(delayMs, "the outcome for element " + element.elementId(), () -> {
            boolean ok = succeeds.test(reports.config());
            end(element, state, ok, ok ? successMessage : failureMessage, reports.outPropertiesWith(element,
                    state.name()));
        });
    }

    private void staged(InstanceElementDto element, String transitional, int delayMs, Predicate<SimConfig> succeeds,
            int stage, int nextStage, String stagesProperty, DeployState finalState, String done,
            String failureMessage) {
        reports.internalState(element, transitional, delayMs);
        reports.after(delayMs, transitional + " of element " + element.elementId(), () -> {
            if (!succeeds.test(reports.config())) {
                end(element, finalState, false, failureMessage, reports.outPropertiesWith(element,
                        finalState.name()));
                return;
            }
            boolean last = nextStage == stage;
            Map<String, Object> outProperties = reports.outPropertiesWith(element,
                    last ? finalState.name() : transitional);
            outProperties.put(stagesProperty, withStage(outProperties.get(stagesProperty), stage));
            if (last) {
                end(element, finalState, true, lastMessage(stagesProperty, done), outProperties);
            } else {
                reports.reportStage(new ElementStageDto(element.instanceId(), element.elementId(),
                        "stage " + stage + " " + done, nextStage, outProperties));
            }
        });
    }

    /** ONAP's messages for the last stage: "Migrated", "Prepare completed", "Migration rollback done". */
    private static String lastMessage(String stagesProperty, String done) {
        return switch (stagesProperty) {
            case PREPARE_STAGES -> "Prepare completed";
            case ROLLBACK_STAGES -> done + " done";
            default -> done;
        };
    }

    private static List<Object> withStage(Object stages, int stage) {
        List<Object> list = stages instanceof List<?> existing ? new ArrayList<>(existing) : new ArrayList<>();
        list.add(stage);
        return list;
    }

    private void deleteOrFail(InstanceElementDto element, boolean succeeds, DeployState failedState,
            String failureMessage) {
        if (succeeds) {
            reports.reportDeleted(element.instanceId(), element.elementId());
        } else {
            end(element, failedState, false, failureMessage, reports.outPropertiesWith(element, failedState.name()));
        }
    }

    private void end(InstanceElementDto element, DeployState state, boolean ok, String message,
            Map<String, Object> outProperties) {
        reports.report(new ElementStateDto(element.instanceId(), element.elementId(), state,
                ok ? StateChangeResult.NO_ERROR : StateChangeResult.FAILED, message, outProperties));
    }
}
