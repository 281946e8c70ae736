package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.InstanceElement;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher.ListenerCall;
import dev.acmr.participant.adapter.view.ViewInstanceElement;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * The listener call for one element of a migration, a migration precheck or a migration revert, with the four DTOs
 * ONAP's participants get: the element and its definition as they were, and as they become. An element the change
 * adds has NOT_PRESENT DTOs on the "before" side and NEW ones on the other; an element it removes has REMOVED DTOs on
 * the "after" side, naming only its id and definition.
 *
 * <p>A migration leaves the instance's composition for its target; a revert goes back, so its "before" side is in
 * the target composition and its "after" side in the instance's own (the runtime keeps the source as the instance's
 * composition until a migration completes, as ONAP does).
 */
final class MigrationCalls {

    private MigrationCalls() {
    }

    /** True for the operations whose elements come as {@link ElementChange}s. */
    static boolean carriesChanges(InstanceOperation operation) {
        return operation == InstanceOperation.MIGRATE || operation == InstanceOperation.MIGRATE_PRECHECK
                || operation == InstanceOperation.MIGRATION_REVERT;
    }

    /** The id of the changed element: the change's, else either side's; null if none is given. */
    static UUID elementId(ElementChange change) {
        if (change.elementId() != null) {
            return change.elementId();
        }
        InstanceElement side = change.after() != null ? change.after() : change.before();
        return side == null ? null : side.elementId();
    }

    /** @param change a change with an element id and at least one side (see {@link #elementId}) */
    static ListenerCall callFor(InstanceOrder order, ElementChange change) {
        boolean revert = order.operation() == InstanceOperation.MIGRATION_REVERT;
        UUID target = order.compositionTargetId() != null ? order.compositionTargetId() : order.compositionId();
        UUID compositionBefore = revert ? target : order.compositionId();
        UUID compositionAfter = revert ? order.compositionId() : target;
        UUID instanceId = order.instanceId();
        UUID elementId = elementId(change);
        InstanceElement before = change.before();
        InstanceElement after = change.after();

        CompositionElementDto c;
        InstanceElementDto i;
        if (before != null) {
            c = ViewInstanceElement.compositionDto(compositionBefore, before);
            i = ViewInstanceElement.instanceDto(instanceId, elementId, before.properties(), before.outProperties());
        } else {
            c = absent(compositionBefore, after, ElementState.NOT_PRESENT);
            i = absent(instanceId, elementId, ElementState.NOT_PRESENT);
        }
        CompositionElementDto cTarget;
        InstanceElementDto iTarget;
        if (after != null) {
            ElementState state = before == null ? ElementState.NEW : ElementState.PRESENT;
            cTarget = ViewInstanceElement.compositionDto(compositionAfter, after, state);
            iTarget = ViewInstanceElement.instanceDto(instanceId, elementId, after.properties(), after.outProperties(),
                    state);
        } else {
            cTarget = absent(compositionAfter, before, ElementState.REMOVED);
            iTarget = absent(instanceId, elementId, ElementState.REMOVED);
        }
        int stage = order.startPhase();
        return switch (order.operation()) {
            case MIGRATE -> listener -> listener.migrate(c, cTarget, i, iTarget, stage);
            case MIGRATION_REVERT -> listener -> listener.rollbackMigration(c, cTarget, i, iTarget, stage);
            case MIGRATE_PRECHECK -> listener -> listener.migratePrecheck(c, cTarget, i, iTarget);
            default -> throw new IllegalArgumentException(order.operation() + " carries no element changes");
        };
    }

    /** The definition side of an element that does not exist there: its definition's name only, no properties. */
    private static CompositionElementDto absent(UUID compositionId, InstanceElement other, ElementState state) {
        return new CompositionElementDto(compositionId,
                new ToscaConceptIdentifier(other.definitionName(), other.definitionVersion()), new LinkedHashMap<>(),
                new LinkedHashMap<>(), state);
    }

    private static InstanceElementDto absent(UUID instanceId, UUID elementId, ElementState state) {
        return new InstanceElementDto(instanceId, elementId, new LinkedHashMap<>(), new LinkedHashMap<>(), state);
    }
}
