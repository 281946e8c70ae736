package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Out-properties by report order, not by the order the two runtime nodes happen to apply reports in. */
class ElementReportOrderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ParticipantId PARTICIPANT = new ParticipantId(UUID.randomUUID());
    private final UUID replicaA = UUID.randomUUID();
    private final UUID replicaB = UUID.randomUUID();
    private final UUID elementId = UUID.randomUUID();
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            new CompositionId(UUID.randomUUID()), new ToscaIdentifier("demo", "1.0.0"), "d",
            List.of(new NewInstanceElement(elementId, new ToscaIdentifier("a", "1.2.3"), PARTICIPANT, 0, null,
                    Map.of())), NOW);

    @Test
    void oneReplicasInfosAppliedInAnyOrderEndAtItsLastOne() {
        List<Long> sequences = new ArrayList<>(LongStream.rangeClosed(1, 200).boxed().toList());
        Collections.shuffle(sequences, new Random(13));
        for (long sequence : sequences) {
            instance.outcomes().elementReported(element(), info(replicaA, sequence, sequence));
        }
        assertEquals(Map.of("value", 200L), element().outProperties());
    }

    @Test
    void anOlderReportOfTheSameReplicaChangesNothingAndAsksForNoSync() {
        long revision = instance.revision();
        assertTrue(instance.outcomes().elementReported(element(), info(replicaA, 5, 5)));
        assertTrue(instance.outcomes().elementReported(element(), info(replicaB, 1, 100)),
                "another replica's report applies");
        assertFalse(instance.outcomes().elementReported(element(), info(replicaA, 4, 4)));
        assertFalse(instance.outcomes().elementReported(element(), info(replicaA, 5, 5)), "a redelivery is no newer");
        assertEquals(Map.of("value", 100L), element().outProperties());
        assertEquals(revision + 2, instance.revision());
    }

    @Test
    void aStageRunByAnotherReplicaAfterASyncTakesItsAnswer() {
        // CSIT's rollback: stage 1 on replica A (its answer taken), the instance synced, stage 0 on replica B, whose
        // answer carries A's data and its own: it is the newest, though A reported during the same order.
        start(InstanceOrder.DEPLOY);
        assertTrue(instance.outcomes().elementReported(element(), ack(replicaA, 3, 1)));
        instance.outcomes().elementsDispatched(List.of(element()));
        assertTrue(instance.outcomes().elementReported(element(), ack(replicaB, 9, 10)), "B answers its own stage");
        assertEquals(Map.of("value", 10L), element().outProperties());
    }

    @Test
    void anAckDoesNotOverwriteWhatAnotherReplicaReportedDuringTheOrder() {
        start(InstanceOrder.DEPLOY);
        instance.outcomes().elementReported(element(), info(replicaB, 7, 42));
        assertFalse(instance.outcomes().elementReported(element(), ack(replicaA, 3, 1)), "replica A's copy is older");
        assertEquals(Map.of("value", 42L), element().outProperties());
        assertFalse(instance.outcomes().elementReported(element(), info(replicaA, 2, 0)),
                "the ack still counts as replica A's newest report");
    }

    @Test
    void anAckCarriesTheAckingReplicasDataWhenNoOtherReplicaReportedDuringTheOrder() {
        instance.outcomes().elementReported(element(), info(replicaB, 7, 42));
        start(InstanceOrder.DEPLOY);
        assertTrue(instance.outcomes().elementReported(element(), ack(replicaA, 3, 1)),
                "B reported before the order started");
        instance.outcomes().elementReported(element(), info(replicaA, 4, 2));
        assertTrue(instance.outcomes().elementReported(element(), ack(replicaA, 5, 3)));
        assertEquals(Map.of("value", 3L), element().outProperties());
    }

    @Test
    void anAckAppliedBeforeTheInfoItFollowedKeepsTheAcksData() {
        start(InstanceOrder.DEPLOY);
        // The ack (6) carries the view that already held info 5's data; info 5 arrives late at the other node.
        assertTrue(instance.outcomes().elementReported(element(), ack(replicaA, 6, 5)));
        assertFalse(instance.outcomes().elementReported(element(), info(replicaA, 5, 5)));
        assertEquals(Map.of("value", 5L), element().outProperties());
    }

    @Test
    void unnumberedReportsApplyAsTheyCome() {
        instance.outcomes().elementReported(element(), info(replicaA, 9, 9));
        assertTrue(instance.outcomes().elementReported(element(), info(replicaA, 0, 1)));
        assertEquals(Map.of("value", 1L), element().outProperties());
    }

    @Test
    void theReportOrderSurvivesStorage() {
        ReportOrder order = ReportOrder.none().after(info(replicaA, 12, 0), true).after(info(replicaB, 3, 0), true);
        assertEquals(order, ReportOrder.fromJson(order.toJson()));
        assertEquals(ReportOrder.none(), ReportOrder.fromJson(ReportOrder.none().toJson()));
        assertEquals(ReportOrder.none(), ReportOrder.fromJson("{\"newest\":{},\"reportedThisOrder\":null}"));
    }

    private InstanceElement element() {
        return instance.element(elementId).orElseThrow();
    }

    private void start(InstanceOrder order) {
        InstanceStatus status = instance.status();
        instance.startOrder(order, OrderEffect.of(order, status),
                RetryScope.targets(order, status, instance.elements().statuses()), NOW, NOW);
    }

    private static ElementReport info(UUID replica, long sequence, long value) {
        return new ElementReport(ElementReport.Kind.INFO, replica, sequence, null, null, Map.of("value", value));
    }

    private static ElementReport ack(UUID replica, long sequence, long value) {
        return new ElementReport(ElementReport.Kind.ACK, replica, sequence, null, null, Map.of("value", value));
    }
}
