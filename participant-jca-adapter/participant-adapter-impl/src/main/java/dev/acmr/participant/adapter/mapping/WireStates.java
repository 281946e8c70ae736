package dev.acmr.participant.adapter.mapping;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.ElementMigrationState;
import dev.acmr.messages.InstanceSubState;
import dev.acmr.messages.OperationResult;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.MigrationState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.concepts.SubState;

/**
 * The one place where the states of the participant protocol ({@code dev.acmr.messages}, the wire) and those of the
 * participant API (ONAP's, what the participant sees and the replica's view holds) meet. Both follow ONAP's names
 * today; the mapping is spelled out case by case rather than by name, so that a state added to one side and not the
 * other fails the build here instead of a message at run time. Null maps to null (no state given).
 */
public final class WireStates {

    private WireStates() {
    }

    public static DeployState toApi(ElementDeployState state) {
        return state == null ? null : switch (state) {
            case DEPLOYED -> DeployState.DEPLOYED;
            case DEPLOYING -> DeployState.DEPLOYING;
            case UNDEPLOYED -> DeployState.UNDEPLOYED;
            case UNDEPLOYING -> DeployState.UNDEPLOYING;
            case DELETING -> DeployState.DELETING;
            case DELETED -> DeployState.DELETED;
            case UPDATING -> DeployState.UPDATING;
            case MIGRATING -> DeployState.MIGRATING;
            case MIGRATION_REVERTING -> DeployState.MIGRATION_REVERTING;
            case UPDATE_REVERTING -> DeployState.UPDATE_REVERTING;
        };
    }

    public static ElementDeployState toWire(DeployState state) {
        return state == null ? null : switch (state) {
            case DEPLOYED -> ElementDeployState.DEPLOYED;
            case DEPLOYING -> ElementDeployState.DEPLOYING;
            case UNDEPLOYED -> ElementDeployState.UNDEPLOYED;
            case UNDEPLOYING -> ElementDeployState.UNDEPLOYING;
            case DELETING -> ElementDeployState.DELETING;
            case DELETED -> ElementDeployState.DELETED;
            case UPDATING -> ElementDeployState.UPDATING;
            case MIGRATING -> ElementDeployState.MIGRATING;
            case MIGRATION_REVERTING -> ElementDeployState.MIGRATION_REVERTING;
            case UPDATE_REVERTING -> ElementDeployState.UPDATE_REVERTING;
        };
    }

    public static LockState toApi(ElementLockState state) {
        return state == null ? null : switch (state) {
            case LOCKED -> LockState.LOCKED;
            case LOCKING -> LockState.LOCKING;
            case UNLOCKED -> LockState.UNLOCKED;
            case UNLOCKING -> LockState.UNLOCKING;
            case NONE -> LockState.NONE;
        };
    }

    public static ElementLockState toWire(LockState state) {
        return state == null ? null : switch (state) {
            case LOCKED -> ElementLockState.LOCKED;
            case LOCKING -> ElementLockState.LOCKING;
            case UNLOCKED -> ElementLockState.UNLOCKED;
            case UNLOCKING -> ElementLockState.UNLOCKING;
            case NONE -> ElementLockState.NONE;
        };
    }

    public static StateChangeResult toApi(OperationResult result) {
        return result == null ? null : switch (result) {
            case NO_ERROR -> StateChangeResult.NO_ERROR;
            case FAILED -> StateChangeResult.FAILED;
            case TIMEOUT -> StateChangeResult.TIMEOUT;
        };
    }

    public static OperationResult toWire(StateChangeResult result) {
        return result == null ? null : switch (result) {
            case NO_ERROR -> OperationResult.NO_ERROR;
            case FAILED -> OperationResult.FAILED;
            case TIMEOUT -> OperationResult.TIMEOUT;
        };
    }

    public static AcTypeState toApi(CompositionState state) {
        return state == null ? null : switch (state) {
            case COMMISSIONED -> AcTypeState.COMMISSIONED;
            case PRIMING -> AcTypeState.PRIMING;
            case PRIMED -> AcTypeState.PRIMED;
            case DEPRIMING -> AcTypeState.DEPRIMING;
        };
    }

    public static CompositionState toWire(AcTypeState state) {
        return state == null ? null : switch (state) {
            case COMMISSIONED -> CompositionState.COMMISSIONED;
            case PRIMING -> CompositionState.PRIMING;
            case PRIMED -> CompositionState.PRIMED;
            case DEPRIMING -> CompositionState.DEPRIMING;
        };
    }

    public static MigrationState toApi(ElementMigrationState state) {
        return state == null ? null : switch (state) {
            case DEFAULT -> MigrationState.DEFAULT;
            case NEW -> MigrationState.NEW;
            case REMOVED -> MigrationState.REMOVED;
        };
    }

    public static SubState toApi(InstanceSubState state) {
        return state == null ? null : switch (state) {
            case NONE -> SubState.NONE;
            case MIGRATION_PRECHECKING -> SubState.MIGRATION_PRECHECKING;
            case PREPARING -> SubState.PREPARING;
            case REVIEWING -> SubState.REVIEWING;
        };
    }
}
