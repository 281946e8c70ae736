package dev.acmr.participant.adapter.view;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.REPLICA;

import dev.acmr.messages.ElementChange;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.ElementMigrationState;
import dev.acmr.messages.InstanceElement;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Messages the instance tests share: an instance of composition {@link #COMPOSITION} with elements E1 and E2. */
public final class InstanceFixtures {

    public static final UUID COMPOSITION = UUID.randomUUID();
    public static final UUID E1 = UUID.randomUUID();
    public static final UUID E2 = UUID.randomUUID();
    /** The composition a migration moves to, and the element only it has. */
    public static final UUID TARGET = UUID.randomUUID();
    public static final UUID E3 = UUID.randomUUID();

    private InstanceFixtures() {
    }

    public static InstanceElement element(UUID id, Map<String, Object> properties, Map<String, Object> previous,
            ElementDeployState deploy, ElementLockState lock) {
        return new InstanceElement(id, "sim" + (id == E1 ? "1" : "2"), "1.0.0", 0, Map.of("timeout", 10),
                Map.of("primed", true), properties, Map.of("InternalState", "old"), previous, deploy, lock, null,
                null);
    }

    public static List<InstanceElement> twoElements(ElementDeployState deploy, ElementLockState lock) {
        return List.of(element(E1, Map.of("url", "http://one"), null, deploy, lock),
                element(E2, Map.of("url", "http://two"), null, deploy, lock));
    }

    public static InstanceOrder order(UUID instanceId, InstanceOperation operation, long revision,
            List<InstanceElement> elements) {
        return new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, instanceId, COMPOSITION,
                operation, revision, 0, elements);
    }

    public static InstanceOrder deploy(UUID instanceId, long revision) {
        return order(instanceId, InstanceOperation.DEPLOY, revision,
                twoElements(ElementDeployState.DEPLOYING, ElementLockState.NONE));
    }

    /** An element on one side of a migration: its definition at {@code version} with its own stage list. */
    public static InstanceElement migrating(UUID id, String version, Map<String, Object> properties,
            ElementMigrationState migrationState) {
        return new InstanceElement(id, "sim" + (id == E1 ? "1" : id == E2 ? "2" : "3"), version, 0,
                Map.of("stage", List.of(0, 1)), Map.of(), properties, Map.of("stage", List.of(0)), null,
                ElementDeployState.MIGRATING, ElementLockState.LOCKED, null, null, migrationState, null);
    }

    /** E1 migrates from 1.0.0 to 2.0.0, E2 is removed, E3 added. */
    public static List<ElementChange> migration() {
        return List.of(
                new ElementChange(E1, migrating(E1, "1.0.0", Map.of("url", "http://one"), null),
                        migrating(E1, "2.0.0", Map.of("url", "http://migrated"), ElementMigrationState.DEFAULT)),
                new ElementChange(E2, migrating(E2, "1.0.0", Map.of("url", "http://two"), null), null),
                new ElementChange(E3, null, migrating(E3, "2.0.0", Map.of("url", "http://three"),
                        ElementMigrationState.NEW)));
    }

    public static InstanceOrder changes(UUID instanceId, InstanceOperation operation, long revision, int stage,
            List<ElementChange> changes) {
        return new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, instanceId, COMPOSITION,
                operation, revision, stage, List.of(), null, TARGET, changes);
    }

    public static InstanceSync sync(UUID instanceId, long revision, ElementDeployState deploy, ElementLockState lock) {
        return new InstanceSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, instanceId, COMPOSITION,
                "inst", "1.0.1", revision, deploy, lock, OperationResult.NO_ERROR, false, twoElements(deploy, lock), 0, null);
    }

    public static InstanceSync deleted(UUID instanceId, long revision) {
        return new InstanceSync(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, null, instanceId, COMPOSITION,
                "inst", "1.0.1", revision, ElementDeployState.DELETED, ElementLockState.NONE,
                OperationResult.NO_ERROR, true, List.of(), 0, null);
    }
}
