package dev.acmr.runtime.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementOutProperties;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportedDataCheckTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void honestOutPropertiesPassAndReadBack() {
        Map<String, Object> honest = Map.of("count", new BigDecimal("200"), "nested", Map.of("list", List.of("a", 1)),
                "text", "plain");
        assertEquals(Optional.empty(), ReportedDataCheck.problem(info(honest)));
        assertEquals(Optional.empty(), ReportedDataCheck.problem(ack(honest)));
        assertEquals(Optional.empty(), ReportedDataCheck.problem(ack(null)));
        new JsonDocumentReader().readObject(new JsonDocumentWriter().write(honest));
    }

    @Test
    void tooDeepOutPropertiesAreRefusedInEveryReport() {
        Map<String, Object> deep = nested(101);
        assertRefused(info(deep), "nesting");
        assertRefused(ack(deep), "nesting");
        assertRefused(definitionInfo(deep), "nesting");
        assertRefused(primeAck(deep), "nesting");
    }

    @Test
    void theDeepestNestingTheReaderAcceptsIsAccepted() {
        Map<String, Object> deepest = nested(100);
        assertEquals(Optional.empty(), ReportedDataCheck.problem(info(deepest)));
        new JsonDocumentReader().readObject(new JsonDocumentWriter().write(deepest));
    }

    @Test
    void nulInTextOrKeyIsRefused() {
        assertRefused(info(Map.of("name", "a\u0000b")), "U+0000");
        assertRefused(ack(Map.of("na\u0000me", "x")), "U+0000");
        assertRefused(info(Map.of("list", List.of("ok", "\u0000"))), "U+0000");
    }

    @Test
    void overlongNumbersAreRefused() {
        assertRefused(info(Map.of("n", new BigDecimal("9".repeat(1001)))), "number");
        assertRefused(info(Map.of("n", new BigDecimal("1E+100000"))), "number");
        assertEquals(Optional.empty(), ReportedDataCheck.problem(info(Map.of("n", new BigDecimal("9".repeat(1000))))));
    }

    @Test
    void otherMessagesAreNotChecked() {
        assertEquals(Optional.empty(), ReportedDataCheck.problem(new dev.acmr.messages.ParticipantDeregister(ID,
                Instant.now(), ID, ID)));
    }

    @Test
    void aRefusedAcksOutcomeCountsWithoutItsData() {
        InstanceElementAck refused = ack(Map.of("name", "a\u0000b"));
        InstanceElementAck applied = (InstanceElementAck) ReportedDataCheck.withoutData(refused);
        assertEquals(null, applied.outProperties());
        assertEquals(refused.deployState(), applied.deployState());
        assertEquals(refused.result(), applied.result());
        assertEquals(refused.orderRevision(), applied.orderRevision());
        assertEquals(Optional.empty(), ReportedDataCheck.problem(applied));

        ParticipantPrimeAck primeAck = (ParticipantPrimeAck) ReportedDataCheck.withoutData(primeAck(nested(101)));
        assertEquals(List.of(), primeAck.outPropertiesList());
        assertEquals(CompositionState.PRIMED, primeAck.compositionState());
    }

    @Test
    void aBatchIsRefusedForAnyAckItCarriesAndOnlyThatAckLosesItsData() {
        InstanceElementAck honest = ack(Map.of("text", "plain"));
        InstanceElementAck deep = new InstanceElementAck(ID, Instant.now(), ID, ID, ID, UUID.randomUUID(),
                ElementDeployState.DEPLOYED, null, OperationResult.FAILED, "Failed", "IDLE", null, nested(101), 2);
        InstanceElementAcks batch = new InstanceElementAcks(ID, Instant.now(), ID, ID, ID, List.of(honest, deep));
        assertEquals(Optional.empty(), ReportedDataCheck.problem(new InstanceElementAcks(ID, Instant.now(), ID, ID,
                ID, List.of(honest))));
        assertRefused(batch, "nesting");
        assertRefused(batch, deep.elementId().toString());

        InstanceElementAcks applied = (InstanceElementAcks) ReportedDataCheck.withoutData(batch);
        assertEquals(Optional.empty(), ReportedDataCheck.problem(applied));
        assertEquals(honest, applied.acks().get(0), "an acceptable ack keeps its data");
        InstanceElementAck stripped = applied.acks().get(1);
        assertEquals(null, stripped.outProperties());
        assertEquals(OperationResult.FAILED, stripped.result(), "its outcome still counts");
        assertEquals("IDLE", stripped.useState());
        assertEquals(deep.elementId(), stripped.elementId());
        assertEquals(batch.instanceId(), applied.instanceId());
        assertEquals(batch.replicaId(), applied.replicaId());
    }

    private static void assertRefused(ParticipantMessage message, String naming) {
        Optional<String> problem = ReportedDataCheck.problem(message);
        assertTrue(problem.isPresent() && problem.get().contains(naming), String.valueOf(problem));
    }

    // levels of nesting, the top map being the first; lists and maps alternate below it.
    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(int levels) {
        Object value = "leaf";
        for (int level = levels; level > 1; level--) {
            value = level % 2 == 0 ? List.of(value) : Map.of("k", value);
        }
        return Map.of("k", value);
    }

    private static InstanceElementInfo info(Map<String, Object> outProperties) {
        return new InstanceElementInfo(ID, Instant.now(), ID, ID, ID, ID, null, null, outProperties, 1);
    }

    private static InstanceElementAck ack(Map<String, Object> outProperties) {
        return new InstanceElementAck(ID, Instant.now(), ID, ID, ID, ID, ElementDeployState.DEPLOYED, null,
                OperationResult.NO_ERROR, "Deployed", null, null, outProperties, 2);
    }

    private static ParticipantDefinitionInfo definitionInfo(Map<String, Object> outProperties) {
        return new ParticipantDefinitionInfo(ID, Instant.now(), ID, ID, ID, "e", "1.0.0", outProperties);
    }

    private static ParticipantPrimeAck primeAck(Map<String, Object> outProperties) {
        return new ParticipantPrimeAck(ID, Instant.now(), ID, ID, ID, CompositionState.PRIMED,
                OperationResult.NO_ERROR, "Primed", 1, List.of(new ElementOutProperties("e", "1.0.0", outProperties)));
    }
}
