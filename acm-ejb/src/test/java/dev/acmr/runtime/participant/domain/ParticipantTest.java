package dev.acmr.runtime.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static final Instant T0 = Instant.parse("2026-11-24T20:00:00Z");
    private static final ReplicaId FIRST = new ReplicaId(UUID.fromString("f0000000-0000-0000-0000-000000000001"));
    private static final ReplicaId SECOND = new ReplicaId(UUID.fromString("a0000000-0000-0000-0000-000000000002"));
    private static final ReplicaId SAME_TIME = new ReplicaId(UUID.fromString("00000000-0000-0000-0000-000000000003"));

    private final Participant participant = new Participant(new ParticipantId(UUID.randomUUID()));

    @Test
    void listsReplicasByRegistrationTimeThenId() {
        participant.replicaHeard(SECOND, T0.plusSeconds(1));
        participant.replicaHeard(FIRST, T0);
        participant.replicaHeard(SAME_TIME, T0);

        List<ReplicaId> order = participant.replicasInRegistrationOrder().stream().map(ParticipantReplica::id).toList();

        assertEquals(List.of(SAME_TIME, FIRST, SECOND), order);
    }

    @Test
    void listsSupportedTypesByNameThenVersion() {
        participant.supportElementType(new ElementType("b.Type", "1.0.0"));
        participant.supportElementType(new ElementType("a.Type", "2.0.0"));
        participant.supportElementType(new ElementType("a.Type", "1.0.0"));

        List<String> order = participant.supportedElementTypes().stream()
                .map(type -> type.elementType().toString()).toList();

        assertEquals(List.of("a.Type:1.0.0", "a.Type:2.0.0", "b.Type:1.0.0"), order);
    }

    @Test
    void addsASupportedTypeOnceWithItsDerivedId() {
        ElementType type = new ElementType("a.Type", "1.0.0");

        ParticipantSupportedElementType added = participant.supportElementType(type);

        assertSame(added, participant.supportElementType(type));
        assertEquals(1, participant.supportedElementTypes().size());
        assertEquals(SupportedElementTypeId.of(participant.id(), type), added.id());
        assertTrue(participant.supports(type));
        assertFalse(participant.supports(new ElementType("a.Type", "9.9.9")));
    }

    @Test
    void isOnlineOnlyWithAReplica() {
        assertFalse(participant.isOnline());

        participant.replicaHeard(FIRST, T0);

        assertTrue(participant.isOnline());
    }

    @Test
    void aReplicaHeardAgainKeepsItsRegistrationAndNeverAges() {
        participant.replicaHeard(FIRST, T0);
        participant.replicaHeard(FIRST, T0.plusSeconds(5));
        ParticipantReplica replica = participant.replicaHeard(FIRST, T0.plusSeconds(2));

        assertEquals(1, participant.replicasInRegistrationOrder().size());
        assertEquals(T0, replica.registeredAt());
        assertEquals(T0.plusSeconds(5), replica.lastMsg());
        assertEquals(ParticipantState.ON_LINE, replica.state());
    }

    @Test
    void aReplicaIsSilentOnlyIfItsLastMessageIsBeforeTheCutoff() {
        ParticipantReplica replica = participant.replicaHeard(FIRST, T0);

        assertTrue(replica.isSilentSince(T0.plusMillis(1)));
        assertFalse(replica.isSilentSince(T0));
    }
}
