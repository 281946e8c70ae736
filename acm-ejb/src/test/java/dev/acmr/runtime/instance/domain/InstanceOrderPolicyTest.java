package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every order against every deploy, lock and sub state, result and target composition state: the whole table, not
 * samples of it. The expected table is written out here as rows, one accepted combination set per row.
 */
class InstanceOrderPolicyTest {

    /**
     * Row format: order, deployState, lockState, subState, stateChangeResult. A field is one value, several joined
     * by "|", or "*" for any value.
     */
    private static final List<String> ACCEPTED = List.of(
            "DEPLOY UNDEPLOYED NONE NONE NO_ERROR",
            "DEPLOY DEPLOYING|UNDEPLOYING NONE|LOCKED NONE FAILED|TIMEOUT",

            "UNDEPLOY DEPLOYED LOCKED NONE NO_ERROR",
            "UNDEPLOY DEPLOYING|UNDEPLOYING NONE|LOCKED NONE FAILED|TIMEOUT",
            "UNDEPLOY UPDATING|MIGRATING|MIGRATION_REVERTING|UPDATE_REVERTING LOCKED NONE FAILED|TIMEOUT",
            // ONAP refuses these two (its bug), its documentation allows them
            "UNDEPLOY DEPLOYED LOCKED REVIEWING|MIGRATION_PRECHECKING FAILED|TIMEOUT",

            "DELETE UNDEPLOYED NONE NONE NO_ERROR",
            "DELETE DELETING NONE NONE FAILED|TIMEOUT",
            "DELETE UNDEPLOYED NONE PREPARING FAILED|TIMEOUT",

            "UPDATE DEPLOYED LOCKED NONE NO_ERROR",
            "UPDATE UPDATING LOCKED NONE FAILED|TIMEOUT",
            // plain updates: UNDEPLOYED, unless another order still runs
            "UPDATE UNDEPLOYED NONE|LOCKED|UNLOCKED NONE *",
            "UPDATE UNDEPLOYED LOCKING|UNLOCKING NONE FAILED|TIMEOUT",
            "UPDATE UNDEPLOYED * PREPARING|REVIEWING|MIGRATION_PRECHECKING FAILED|TIMEOUT",

            "MIGRATE DEPLOYED LOCKED NONE NO_ERROR",

            "MIGRATE_PRECHECK DEPLOYED LOCKED NONE NO_ERROR",
            "MIGRATE_PRECHECK DEPLOYED LOCKED MIGRATION_PRECHECKING FAILED|TIMEOUT",

            "REVIEW DEPLOYED LOCKED NONE NO_ERROR",
            "REVIEW DEPLOYED LOCKED REVIEWING FAILED|TIMEOUT",

            "PREPARE UNDEPLOYED NONE NONE NO_ERROR",
            "PREPARE UNDEPLOYED NONE PREPARING FAILED|TIMEOUT",

            "LOCK DEPLOYED UNLOCKED NONE NO_ERROR",
            "LOCK DEPLOYED LOCKING|UNLOCKING NONE FAILED|TIMEOUT",

            "UNLOCK DEPLOYED LOCKED NONE NO_ERROR",
            "UNLOCK DEPLOYED LOCKING|UNLOCKING NONE FAILED|TIMEOUT",

            "ROLLBACK MIGRATING|UPDATING LOCKED NONE FAILED|TIMEOUT");

    private static final List<String> PLAIN_UPDATES = ACCEPTED.stream()
            .filter(row -> row.startsWith("UPDATE UNDEPLOYED ")).toList();

    private static final Set<InstanceOrder> NEED_PRIMED_TARGET =
            EnumSet.of(InstanceOrder.MIGRATE, InstanceOrder.MIGRATE_PRECHECK);

    @Test
    void theWholeTable() {
        int accepted = 0;
        for (InstanceOrder order : InstanceOrder.values()) {
            for (InstanceStatus status : everyStatus()) {
                for (boolean primed : new boolean[] {true, false}) {
                    boolean expected = matchesAny(ACCEPTED, order, status)
                            && (primed || !NEED_PRIMED_TARGET.contains(order));
                    assertEquals(expected, InstanceOrderPolicy.refusal(order, status, primed).isEmpty(),
                            order + " from " + status.describe() + (primed ? "" : ", target not primed"));
                    accepted += primed && expected ? 1 : 0;
                }
            }
        }
        // DEPLOY 9, UNDEPLOY 21, DELETE 5, UPDATE 3 + 43 plain, MIGRATE 1, MIGRATE_PRECHECK 3, REVIEW 3, PREPARE 3,
        // LOCK 5, UNLOCK 5, ROLLBACK 4: guards the rows above against a typo that would match nothing
        assertEquals(105, accepted);
    }

    @Test
    void plainUpdatesAreTheUndeployedOnesNotBusy() {
        for (InstanceStatus status : everyStatus()) {
            assertEquals(matchesAny(PLAIN_UPDATES, InstanceOrder.UPDATE, status),
                    InstanceOrderPolicy.isPlainUpdate(status), status.describe());
        }
    }

    @Test
    void undeployIsAcceptedAfterAStoppedReviewOrPrecheck() {
        for (SubState sub : EnumSet.of(SubState.REVIEWING, SubState.MIGRATION_PRECHECKING)) {
            for (StateChangeResult result : EnumSet.of(StateChangeResult.FAILED, StateChangeResult.TIMEOUT)) {
                var status = new InstanceStatus(DeployState.DEPLOYED, LockState.LOCKED, sub, result);
                assertTrue(InstanceOrderPolicy.refusal(InstanceOrder.UNDEPLOY, status, false).isEmpty(),
                        status.describe());
            }
        }
    }

    @Test
    void aRefusalNamesTheOrderAndTheStatus() {
        var deployed = new InstanceStatus(DeployState.DEPLOYED, LockState.LOCKED, SubState.NONE,
                StateChangeResult.NO_ERROR);
        assertEquals(Optional.of("Not valid order DEPLOY: the instance is DEPLOYED/LOCKED with NO_ERROR"),
                InstanceOrderPolicy.refusal(InstanceOrder.DEPLOY, deployed, true));

        var reviewing = new InstanceStatus(DeployState.DEPLOYED, LockState.LOCKED, SubState.REVIEWING,
                StateChangeResult.NO_ERROR);
        assertEquals(Optional.of("Not valid order UNDEPLOY: the instance is DEPLOYED/LOCKED/REVIEWING with NO_ERROR"),
                InstanceOrderPolicy.refusal(InstanceOrder.UNDEPLOY, reviewing, true));

        assertEquals(Optional.of("Not valid order MIGRATE: the target composition is not PRIMED"),
                InstanceOrderPolicy.refusal(InstanceOrder.MIGRATE, deployed, false));
    }

    @Test
    void everyRefusalStartsWithOnapsWords() {
        for (InstanceOrder order : InstanceOrder.values()) {
            for (InstanceStatus status : everyStatus()) {
                InstanceOrderPolicy.refusal(order, status, false).ifPresent(refusal -> assertTrue(
                        refusal.startsWith("Not valid order " + order + ": "), refusal));
            }
        }
    }

    @Test
    void aRollbackRevertsWhatFailed() {
        for (StateChangeResult result : EnumSet.of(StateChangeResult.FAILED, StateChangeResult.TIMEOUT)) {
            assertEquals(Optional.of(DeployState.MIGRATION_REVERTING), InstanceOrderPolicy.revertingState(
                    new InstanceStatus(DeployState.MIGRATING, LockState.LOCKED, SubState.NONE, result)));
            assertEquals(Optional.of(DeployState.UPDATE_REVERTING), InstanceOrderPolicy.revertingState(
                    new InstanceStatus(DeployState.UPDATING, LockState.LOCKED, SubState.NONE, result)));
        }
        assertFalse(InstanceOrderPolicy.revertingState(new InstanceStatus(DeployState.MIGRATING, LockState.LOCKED,
                SubState.NONE, StateChangeResult.NO_ERROR)).isPresent());
        assertFalse(InstanceOrderPolicy.revertingState(new InstanceStatus(DeployState.DEPLOYING, LockState.NONE,
                SubState.NONE, StateChangeResult.FAILED)).isPresent());
    }

    static List<InstanceStatus> everyStatus() {
        return Arrays.stream(DeployState.values())
                .flatMap(deploy -> Arrays.stream(LockState.values())
                        .flatMap(lock -> Arrays.stream(SubState.values())
                                .flatMap(sub -> Arrays.stream(StateChangeResult.values())
                                        .map(result -> new InstanceStatus(deploy, lock, sub, result)))))
                .toList();
    }

    private static boolean matchesAny(List<String> rows, InstanceOrder order, InstanceStatus status) {
        return rows.stream().anyMatch(row -> matches(row, order, status));
    }

    private static boolean matches(String row, InstanceOrder order, InstanceStatus status) {
        String[] fields = row.split(" ");
        assertEquals(5, fields.length, row);
        return InstanceOrder.valueOf(fields[0]) == order
                && fieldMatches(fields[1], DeployState::valueOf, status.deployState())
                && fieldMatches(fields[2], LockState::valueOf, status.lockState())
                && fieldMatches(fields[3], SubState::valueOf, status.subState())
                && fieldMatches(fields[4], StateChangeResult::valueOf, status.stateChangeResult());
    }

    // every name is parsed, so that a misspelt one fails rather than never matching
    private static <E> boolean fieldMatches(String field, Function<String, E> parse, E value) {
        return field.equals("*") || Arrays.stream(field.split("\\|")).map(parse).toList().contains(value);
    }
}
