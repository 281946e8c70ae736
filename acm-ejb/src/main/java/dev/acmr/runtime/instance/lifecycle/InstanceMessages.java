package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.ElementMigrationState;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceSubState;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.LockState;
import dev.acmr.runtime.participant.dispatch.Assignment;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.instance.domain.SubState;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds what participants are sent about an instance: only the elements each participant runs, each with its
 * element definition's properties and out-properties as the composition defining it holds them (see
 * {@link ElementDefinitions}), and for a migration, its revert and a precheck the before/after pairs
 * ({@link MigrationChanges}).
 */
final class InstanceMessages {

    private InstanceMessages() {
    }

    /**
     * What the participants are asked to do for the running order: ONAP's operation names, a ROLLBACK being a
     * MIGRATION_REVERT or an UPDATE_REVERT by what it reverts.
     */
    static InstanceOperation operationOf(InstanceOrder order, DeployState state) {
        return switch (order) {
            case DEPLOY -> InstanceOperation.DEPLOY;
            case UNDEPLOY -> InstanceOperation.UNDEPLOY;
            case DELETE -> InstanceOperation.DELETE;
            case UPDATE -> InstanceOperation.UPDATE;
            case LOCK -> InstanceOperation.LOCK;
            case UNLOCK -> InstanceOperation.UNLOCK;
            case MIGRATE -> InstanceOperation.MIGRATE;
            case MIGRATE_PRECHECK -> InstanceOperation.MIGRATE_PRECHECK;
            case PREPARE -> InstanceOperation.PREPARE;
            case REVIEW -> InstanceOperation.REVIEW;
            case ROLLBACK -> state == DeployState.MIGRATION_REVERTING ? InstanceOperation.MIGRATION_REVERT
                    : InstanceOperation.UPDATE_REVERT;
        };
    }

    /**
     * The order for one replica: the listed rows, all of that replica's participant, of one start phase or stage
     * ({@code phase}); for a precheck also the participant's elements the migration would add. It names the dispatch
     * the replica's acks are to echo.
     */
    static dev.acmr.messages.InstanceOrder order(OrderContent content, int phase, Assignment assignment,
            Collection<InstanceElement> rows) {
        AutomationCompositionInstance instance = content.instance();
        ReplicaAddress replica = assignment.replica();
        List<dev.acmr.messages.InstanceElement> listed = content.carriesChanges() ? List.of()
                : rows.stream().map(row -> element(row, content.definitions().ofRow(instance, row),
                        content.previousProperties().get(row.id()))).toList();
        List<ElementChange> changes = content.carriesChanges()
                ? MigrationChanges.of(content, rows, replica.participantId())
                : List.of();
        return new dev.acmr.messages.InstanceOrder(UUID.randomUUID(), Instant.now(),
                replica.participantId().value(), replica.replicaId().value(), instance.id(),
                instance.compositionId().value(), content.operation(), instance.orderRevision(), phase, listed, assignment.dispatchId(),
                content.compositionTargetId().map(CompositionId::value).orElse(null), changes);
    }

    /**
     * The participant's view of the instance. To every replica: {@code replica} and {@code syncId} null,
     * {@code previousRevision} the last revision sent to every replica; to one replica in a full sync: both set and
     * {@code previousRevision} 0.
     */
    static InstanceSync sync(AutomationCompositionInstance instance, ElementDefinitions definitions,
            ParticipantId participant, UUID replica, boolean deleted, long previousRevision, UUID syncId) {
        List<dev.acmr.messages.InstanceElement> elements = deleted ? List.of()
                : instance.elements().runBy(participant).stream()
                        .map(element -> element(element, definitions.ofRow(instance, element), null)).toList();
        return new InstanceSync(UUID.randomUUID(), Instant.now(), participant.value(), replica, instance.id(),
                instance.compositionId().value(), instance.name(), instance.version(), instance.revision(),
                wire(instance.status().deployState()),
                wire(instance.status().lockState()),
                OperationResult.valueOf(instance.status().stateChangeResult().name()), deleted, elements,
                previousRevision, syncId, instance.compositionTargetId().map(CompositionId::value).orElse(null),
                wire(instance.status().subState()));
    }

    /** A row as it is stored, with its definition. */
    static dev.acmr.messages.InstanceElement element(InstanceElement element, Optional<CompositionElement> definition,
            Map<String, Object> previousProperties) {
        return new dev.acmr.messages.InstanceElement(element.id(), element.definition().name(),
                element.definition().version(), element.startPhase(),
                definition.map(CompositionElement::properties).orElse(Map.of()),
                definition.map(CompositionElement::outProperties).orElse(Map.of()),
                element.properties(), element.outProperties(), previousProperties,
                wire(element.deployState()),
                wire(element.lockState()),
                element.useState().orElse(null), element.operationalState().orElse(null),
                wire(element.migrationState()), element.stage().orElse(null));
    }

    /** A snapshot's or precheck's element, with its definition and the states it is sent with. */
    static dev.acmr.messages.InstanceElement element(SnapshotElement element, Optional<CompositionElement> definition,
            DeployState deployState, LockState lockState, MigrationState migrationState) {
        return new dev.acmr.messages.InstanceElement(element.id(), element.definition().name(),
                element.definition().version(), element.startPhase(),
                definition.map(CompositionElement::properties).orElse(Map.of()),
                definition.map(CompositionElement::outProperties).orElse(Map.of()),
                element.properties(), element.outProperties(), null, wire(deployState), wire(lockState), null, null,
                wire(migrationState), null);
    }

    // The states exist once per layer (domain, wire, participant API) with the same constants; they meet here and
    // nowhere else in the runtime (InstanceMessagesTest maps every constant both ways).

    static ElementDeployState wire(DeployState state) {
        return ElementDeployState.valueOf(state.name());
    }

    static ElementLockState wire(LockState state) {
        return ElementLockState.valueOf(state.name());
    }

    static DeployState domain(ElementDeployState state) {
        return DeployState.valueOf(state.name());
    }

    static LockState domain(ElementLockState state) {
        return LockState.valueOf(state.name());
    }

    static ElementMigrationState wire(MigrationState state) {
        return ElementMigrationState.valueOf(state.name());
    }

    static InstanceSubState wire(SubState state) {
        return InstanceSubState.valueOf(state.name());
    }
}
