package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RollbackSnapshotTest {

    @Test
    void elementsComeBackAsTheyWereTaken() {
        var element = new SnapshotElement(UUID.randomUUID(),
                new ToscaIdentifier("onap.policy.clamp.ac.element.Sim_SinkAutomationCompositionElement", "1.2.3"),
                new ParticipantId(UUID.randomUUID()), 1, "sink", Map.of("text", "MyTextInit", "nested",
                        Map.of("list", List.of("a", "b"))), Map.of("stage", List.of("0")), MigrationState.REMOVED);
        var composition = CompositionId.random();

        var snapshot = new RollbackSnapshot(UUID.randomUUID(), composition, SnapshotPurpose.MIGRATE,
                List.of(element), Instant.parse("2026-12-06T14:00:00Z"));
        var plan = new PrecheckPlan(snapshot.instanceId(), composition, List.of(element), Instant.now());

        assertEquals(List.of(element), snapshot.elements());
        assertEquals(List.of(element), plan.wouldBe());
        assertEquals(composition, snapshot.compositionId());
        assertEquals(SnapshotPurpose.MIGRATE, snapshot.takenFor());
    }
}
