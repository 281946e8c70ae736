package dev.acmr.runtime.monitoring.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantDeregisterAck;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.ParticipantRegisterAck;
import dev.acmr.messages.ParticipantStatusRequest;
import dev.acmr.messages.ParticipantSyncComplete;
import dev.acmr.messages.PrimeOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangeEventsTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final UUID REPLICA = UUID.randomUUID();
    private static final UUID COMPOSITION = UUID.randomUUID();
    private static final UUID INSTANCE = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-06T11:00:00Z");

    @Test
    void aPrimeDispatchedIsACompositionChange() {
        assertEquals(Optional.of(new ChangeEvent(ChangeKind.COMPOSITION, COMPOSITION, null)), ChangeEvents.of(
                new ParticipantPrime(UUID.randomUUID(), NOW, PARTICIPANT, REPLICA, COMPOSITION, PrimeOrder.PRIME, 3,
                        List.of())));
    }

    @Test
    void aCompositionSyncToEveryReplicaIsAChangeButOnePartOfAFullSyncIsNot() {
        assertEquals(Optional.of(new ChangeEvent(ChangeKind.COMPOSITION, COMPOSITION, null)),
                ChangeEvents.of(compositionSync(null)));
        assertEquals(Optional.empty(), ChangeEvents.of(compositionSync(UUID.randomUUID())));
    }

    @Test
    void anInstanceOrderDispatchedIsAnInstanceChangeNamingItsComposition() {
        assertEquals(Optional.of(new ChangeEvent(ChangeKind.INSTANCE, INSTANCE, COMPOSITION)), ChangeEvents.of(
                new InstanceOrder(UUID.randomUUID(), NOW, PARTICIPANT, REPLICA, INSTANCE, COMPOSITION,
                        InstanceOperation.values()[0], 2, 0, List.of())));
    }

    @Test
    void anInstanceSyncToEveryReplicaIsAChangeButOnePartOfAFullSyncIsNot() {
        assertEquals(Optional.of(new ChangeEvent(ChangeKind.INSTANCE, INSTANCE, COMPOSITION)),
                ChangeEvents.of(instanceSync(null)));
        assertEquals(Optional.empty(), ChangeEvents.of(instanceSync(UUID.randomUUID())));
    }

    @Test
    void registrationDeregistrationAndTheEndOfAFullSyncAreParticipantChangesNamingTheReplica() {
        ChangeEvent expected = new ChangeEvent(ChangeKind.PARTICIPANT, PARTICIPANT, REPLICA);
        assertEquals(Optional.of(expected), ChangeEvents.of(
                new ParticipantRegisterAck(UUID.randomUUID(), NOW, PARTICIPANT, REPLICA, UUID.randomUUID())));
        assertEquals(Optional.of(expected), ChangeEvents.of(
                new ParticipantDeregisterAck(UUID.randomUUID(), NOW, PARTICIPANT, REPLICA, UUID.randomUUID())));
        assertEquals(Optional.of(expected), ChangeEvents.of(new ParticipantSyncComplete(UUID.randomUUID(), NOW,
                PARTICIPANT, REPLICA, UUID.randomUUID(), List.of(), List.of())));
    }

    @Test
    void aStatusRequestChangesNothing() {
        assertEquals(Optional.empty(), ChangeEvents.of(
                new ParticipantStatusRequest(UUID.randomUUID(), NOW, PARTICIPANT, null)));
    }

    @Test
    void everyOtherMessageTypeIsOutsideTheMappedTypes() {
        Set<ParticipantMessageType> unmapped = Arrays.stream(ParticipantMessageType.values())
                .filter(type -> !ChangeEvents.TYPES.contains(type)).collect(Collectors.toSet());
        assertEquals(Set.of(ParticipantMessageType.PARTICIPANT_REGISTER, ParticipantMessageType.PARTICIPANT_STATUS,
                ParticipantMessageType.PARTICIPANT_DEREGISTER, ParticipantMessageType.PARTICIPANT_PRIME_ACK,
                ParticipantMessageType.PARTICIPANT_DEFINITION_INFO, ParticipantMessageType.INSTANCE_ELEMENT_ACK,
                ParticipantMessageType.INSTANCE_ELEMENT_ACKS, ParticipantMessageType.INSTANCE_ELEMENT_INFO,
                ParticipantMessageType.PARTICIPANT_SYNC_REQUEST, ParticipantMessageType.PARTICIPANT_STATUS_REQUEST),
                unmapped);
    }

    @Test
    void theNoticeIsOneLineOfJsonWithTheRelatedIdNamedByKind() {
        assertEquals("{\"kind\":\"instance\",\"id\":\"" + INSTANCE + "\",\"compositionId\":\"" + COMPOSITION + "\"}",
                new ChangeEvent(ChangeKind.INSTANCE, INSTANCE, COMPOSITION).toJson());
        assertEquals("{\"kind\":\"composition\",\"id\":\"" + COMPOSITION + "\"}",
                new ChangeEvent(ChangeKind.COMPOSITION, COMPOSITION, null).toJson());
        assertEquals("{\"kind\":\"participant\",\"id\":\"" + PARTICIPANT + "\",\"replicaId\":\"" + REPLICA + "\"}",
                new ChangeEvent(ChangeKind.PARTICIPANT, PARTICIPANT, REPLICA).toJson());
    }

    private static ParticipantMessage compositionSync(UUID syncId) {
        return new ParticipantCompositionSync(UUID.randomUUID(), NOW, PARTICIPANT, null, COMPOSITION, 4,
                CompositionState.values()[0], false, List.of(), 3, syncId);
    }

    private static ParticipantMessage instanceSync(UUID syncId) {
        return new InstanceSync(UUID.randomUUID(), NOW, PARTICIPANT, null, INSTANCE, COMPOSITION, "i", "1.0.0", 5,
                ElementDeployState.values()[0], ElementLockState.values()[0], OperationResult.values()[0], false,
                List.of(), 4, syncId);
    }
}
