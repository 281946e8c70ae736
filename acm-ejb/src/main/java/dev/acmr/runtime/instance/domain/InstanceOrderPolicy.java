package dev.acmr.runtime.instance.domain;

import static dev.acmr.runtime.instance.domain.DeployState.DELETING;
import static dev.acmr.runtime.instance.domain.DeployState.DEPLOYED;
import static dev.acmr.runtime.instance.domain.DeployState.DEPLOYING;
import static dev.acmr.runtime.instance.domain.DeployState.MIGRATING;
import static dev.acmr.runtime.instance.domain.DeployState.MIGRATION_REVERTING;
import static dev.acmr.runtime.instance.domain.DeployState.UNDEPLOYED;
import static dev.acmr.runtime.instance.domain.DeployState.UNDEPLOYING;
import static dev.acmr.runtime.instance.domain.DeployState.UPDATE_REVERTING;
import static dev.acmr.runtime.instance.domain.DeployState.UPDATING;
import static dev.acmr.runtime.instance.domain.LockState.LOCKED;
import static dev.acmr.runtime.instance.domain.LockState.LOCKING;
import static dev.acmr.runtime.instance.domain.LockState.UNLOCKED;
import static dev.acmr.runtime.instance.domain.LockState.UNLOCKING;
import static dev.acmr.runtime.instance.domain.SubState.MIGRATION_PRECHECKING;
import static dev.acmr.runtime.instance.domain.SubState.PREPARING;
import static dev.acmr.runtime.instance.domain.SubState.REVIEWING;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which orders an instance accepts in which status: ONAP's instance order table (its AcInstanceStateResolver), read
 * as follows. F/T below means FAILED or TIMEOUT: the order that set the transitional state stopped short.
 *
 * <ul>
 *   <li>"DEPLOYED/LOCKED+NO_ERROR" is literal: deployState DEPLOYED and lockState LOCKED, no sub-operation (subState
 *       NONE), NO_ERROR. A DEPLOYED/UNLOCKED instance accepts only LOCK; it must be locked again before it can be
 *       undeployed, updated, migrated or reviewed. Likewise "UNDEPLOYED+NO_ERROR" means lockState and subState NONE.
 *   <li>Where the table names only a transitional deployState "with F/T", the lock and sub states are those ONAP's
 *       resolver pairs it with, which are the ones that order leaves: DEPLOYING and UNDEPLOYING with lock NONE or
 *       LOCKED; UPDATING, MIGRATING, MIGRATION_REVERTING and UPDATE_REVERTING with LOCKED; DELETING with NONE;
 *       LOCKING and UNLOCKING while DEPLOYED; PREPARING while UNDEPLOYED/NONE; REVIEWING and MIGRATION_PRECHECKING
 *       while DEPLOYED/LOCKED. The subState is NONE unless a row names one.
 *   <li>Better than ONAP: UNDEPLOY is accepted after a REVIEW or MIGRATE_PRECHECK that FAILED or TIMED OUT
 *       (DEPLOYED/LOCKED with subState REVIEWING or MIGRATION_PRECHECKING and F/T), as ONAP's documentation allows.
 *       ONAP's code puts those sub states in the deployState slot, so its entries never match and it refuses.
 *   <li>UPDATE of an UNDEPLOYED instance is a plain database update, see {@link #isPlainUpdate}.
 *   <li>MIGRATE and MIGRATE_PRECHECK also need the target composition PRIMED: ONAP checks it for both, since a
 *       precheck asks the participants about the same target.
 *   <li>ROLLBACK is ONAP's MIGRATION_REVERT from MIGRATING/LOCKED with F/T and UPDATE_REVERT from UPDATING/LOCKED with
 *       F/T (see {@link #revertingState}).
 * </ul>
 *
 * Anything else is refused, in particular every order while another one is running ({@link InstanceStatus#isBusy}).
 */
public final class InstanceOrderPolicy {

    private static final String NOT_VALID = "Not valid order ";

    private static final Set<DeployState> DEPLOYING_OR_UNDEPLOYING = EnumSet.of(DEPLOYING, UNDEPLOYING);
    private static final Set<DeployState> CHANGING_A_DEPLOYMENT =
            EnumSet.of(UPDATING, MIGRATING, MIGRATION_REVERTING, UPDATE_REVERTING);
    private static final Set<DeployState> REVERTIBLE = EnumSet.of(MIGRATING, UPDATING);
    private static final Set<LockState> NONE_OR_LOCKED = EnumSet.of(LockState.NONE, LOCKED);
    private static final Set<LockState> LOCKING_OR_UNLOCKING = EnumSet.of(LOCKING, UNLOCKING);

    private InstanceOrderPolicy() {
    }

    /** Why the order is refused, in ONAP's words followed by the status; empty if it is accepted. */
    public static Optional<String> refusal(InstanceOrder order, InstanceStatus status,
            boolean targetCompositionPrimed) {
        if (!acceptsInStatus(order, status)) {
            return Optional.of(NOT_VALID + order + ": the instance is " + status.describe());
        }
        if (needsPrimedTarget(order) && !targetCompositionPrimed) {
            return Optional.of(NOT_VALID + order + ": the target composition is not PRIMED");
        }
        return Optional.empty();
    }

    /**
     * Whether an UPDATE only rewrites the stored instance and sends nothing: the instance is UNDEPLOYED, so no
     * participant holds it yet. ONAP does so whatever the other states; here not while a PREPARE is still running
     * ({@link InstanceStatus#isBusy}), which would otherwise prepare elements that are no longer the stored ones.
     */
    public static boolean isPlainUpdate(InstanceStatus status) {
        return status.deployState() == UNDEPLOYED && !status.isBusy();
    }

    /** The state a ROLLBACK moves the instance to: MIGRATION_REVERTING or UPDATE_REVERTING; empty if refused. */
    public static Optional<DeployState> revertingState(InstanceStatus status) {
        if (!acceptsInStatus(InstanceOrder.ROLLBACK, status)) {
            return Optional.empty();
        }
        return Optional.of(status.deployState() == MIGRATING ? MIGRATION_REVERTING : UPDATE_REVERTING);
    }

    private static boolean needsPrimedTarget(InstanceOrder order) {
        return order == InstanceOrder.MIGRATE || order == InstanceOrder.MIGRATE_PRECHECK;
    }

    private static boolean acceptsInStatus(InstanceOrder order, InstanceStatus s) {
        return switch (order) {
            case DEPLOY -> isSettled(s, UNDEPLOYED, LockState.NONE) || isDeployOrUndeployStopped(s);
            case UNDEPLOY -> isSettled(s, DEPLOYED, LOCKED) || isDeployOrUndeployStopped(s)
                    || hasStopped(s, CHANGING_A_DEPLOYMENT, Set.of(LOCKED), SubState.NONE)
                    || isSubOperationStopped(s, REVIEWING) || isSubOperationStopped(s, MIGRATION_PRECHECKING);
            case DELETE -> isSettled(s, UNDEPLOYED, LockState.NONE)
                    || hasStopped(s, Set.of(DELETING), Set.of(LockState.NONE), SubState.NONE)
                    || hasStopped(s, Set.of(UNDEPLOYED), Set.of(LockState.NONE), PREPARING);
            case UPDATE -> isPlainUpdate(s) || isSettled(s, DEPLOYED, LOCKED)
                    || hasStopped(s, Set.of(UPDATING), Set.of(LOCKED), SubState.NONE);
            case MIGRATE -> isSettled(s, DEPLOYED, LOCKED);
            case MIGRATE_PRECHECK -> isSettled(s, DEPLOYED, LOCKED) || isSubOperationStopped(s, MIGRATION_PRECHECKING);
            case REVIEW -> isSettled(s, DEPLOYED, LOCKED) || isSubOperationStopped(s, REVIEWING);
            case PREPARE -> isSettled(s, UNDEPLOYED, LockState.NONE)
                    || hasStopped(s, Set.of(UNDEPLOYED), Set.of(LockState.NONE), PREPARING);
            case LOCK -> isSettled(s, DEPLOYED, UNLOCKED) || isLockOrUnlockStopped(s);
            case UNLOCK -> isSettled(s, DEPLOYED, LOCKED) || isLockOrUnlockStopped(s);
            case ROLLBACK -> hasStopped(s, REVERTIBLE, Set.of(LOCKED), SubState.NONE);
        };
    }

    /** No order running and the last one succeeded, in exactly these states. */
    private static boolean isSettled(InstanceStatus s, DeployState deployState, LockState lockState) {
        return s.deployState() == deployState && s.lockState() == lockState && s.subState() == SubState.NONE
                && !s.hasFailedOrTimedOut();
    }

    /** The order that set these states FAILED or TIMED OUT. */
    private static boolean hasStopped(InstanceStatus s, Set<DeployState> deployStates, Set<LockState> lockStates,
            SubState subState) {
        return deployStates.contains(s.deployState()) && lockStates.contains(s.lockState())
                && s.subState() == subState && s.hasFailedOrTimedOut();
    }

    // A stopped DEPLOY or UNDEPLOY may be retried or reversed: both orders are accepted.
    private static boolean isDeployOrUndeployStopped(InstanceStatus s) {
        return hasStopped(s, DEPLOYING_OR_UNDEPLOYING, NONE_OR_LOCKED, SubState.NONE);
    }

    // Likewise a stopped LOCK or UNLOCK.
    private static boolean isLockOrUnlockStopped(InstanceStatus s) {
        return hasStopped(s, Set.of(DEPLOYED), LOCKING_OR_UNLOCKING, SubState.NONE);
    }

    // REVIEW and MIGRATE_PRECHECK run on a DEPLOYED/LOCKED instance and leave those states alone.
    private static boolean isSubOperationStopped(InstanceStatus s, SubState subState) {
        return hasStopped(s, Set.of(DEPLOYED), Set.of(LOCKED), subState);
    }
}
