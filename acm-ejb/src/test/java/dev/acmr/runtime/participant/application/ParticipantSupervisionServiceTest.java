package dev.acmr.runtime.participant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ParticipantDeregister;
import dev.acmr.messages.ParticipantDeregisterAck;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantRegister;
import dev.acmr.messages.ParticipantRegisterAck;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.SupportedElementType;
import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.ParticipantRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantSupervisionServiceTest {

    private static final UUID PARTICIPANT = UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c03");
    private static final UUID REPLICA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final ReplicaAddress ADDRESS =
            new ReplicaAddress(new ParticipantId(PARTICIPANT), new ReplicaId(REPLICA));
    private static final SupportedElementType SIM =
            new SupportedElementType("org.onap.policy.clamp.acm.SimAutomationCompositionElement", "1.0.0");

    private final InMemoryRepository repository = new InMemoryRepository();
    private final List<ParticipantMessage> sent = new ArrayList<>();
    private final List<ReplicaJoined> joined = new ArrayList<>();
    private final ParticipantSupervisionService service = new ParticipantSupervisionService(repository, sent::add, joined::add);

    @Test
    void registerStoresTheReplicaAndAcknowledgesToItOnly() {
        ParticipantRegister register = register();

        service.register(register);

        assertEquals(Set.of(ADDRESS), repository.replicas);
        assertEquals(Set.of(new ElementType(SIM.typeName(), SIM.typeVersion())), repository.types);
        ParticipantRegisterAck ack = (ParticipantRegisterAck) sent.get(0);
        assertEquals(register.messageId(), ack.responseTo());
        assertEquals(PARTICIPANT, ack.participantId());
        assertEquals(REPLICA, ack.replicaId());
        assertEquals(List.of(new ReplicaJoined(ADDRESS)), joined, "a joining replica is announced for its full sync");
    }

    @Test
    void aRepeatedRegisterIsAcknowledgedAgainAndStoresNothingNew() {
        service.register(register());
        service.register(register());

        assertEquals(Set.of(ADDRESS), repository.replicas);
        assertEquals(2, sent.size());
    }

    @Test
    void aHeartbeatOfAKnownReplicaOnlyRefreshesIt() {
        service.register(register());
        sent.clear();
        repository.stores = 0;

        service.heartbeat(status());

        assertEquals(0, repository.stores);
        assertTrue(sent.isEmpty());
    }

    @Test
    void aHeartbeatOfAnUnknownReplicaTakesItBackWithoutAnAck() {
        service.heartbeat(status());

        assertEquals(Set.of(ADDRESS), repository.replicas);
        assertEquals(Set.of(new ElementType(SIM.typeName(), SIM.typeVersion())), repository.types);
        assertTrue(sent.isEmpty());
    }

    @Test
    void deregisterRemovesTheReplicaAndAcknowledgesEvenWhenRepeated() {
        service.register(register());
        sent.clear();
        ParticipantDeregister deregister = new ParticipantDeregister(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA);

        service.deregister(deregister);
        service.deregister(deregister);

        assertTrue(repository.replicas.isEmpty());
        assertEquals(2, sent.size());
        ParticipantDeregisterAck ack = (ParticipantDeregisterAck) sent.get(1);
        assertEquals(deregister.messageId(), ack.responseTo());
        assertEquals(REPLICA, ack.replicaId());
    }

    @Test
    void expiryReportsOnlyTheReplicasThisCallDeleted() {
        ReplicaAddress goneElsewhere = new ReplicaAddress(new ParticipantId(PARTICIPANT), new ReplicaId(UUID.randomUUID()));
        repository.replicas.add(ADDRESS);
        repository.silent.add(ADDRESS);
        repository.silent.add(goneElsewhere);

        List<ReplicaAddress> removed = service.expireSilentReplicas(Duration.ofSeconds(3));

        assertEquals(List.of(ADDRESS), removed);
        assertTrue(repository.replicas.isEmpty());
    }

    private static ParticipantRegister register() {
        return new ParticipantRegister(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, List.of(SIM, SIM));
    }

    private static ParticipantStatus status() {
        return new ParticipantStatus(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, List.of(SIM));
    }

    /** Does what the SQL statements do, on sets. */
    private static final class InMemoryRepository extends ParticipantRepository {

        final Set<ReplicaAddress> replicas = new HashSet<>();
        final Set<ElementType> types = new HashSet<>();
        final Set<ReplicaAddress> silent = new LinkedHashSet<>();
        int stores;

        @Override
        public void insertIfAbsent(ParticipantId participantId) {
            stores++;
        }

        @Override
        public void insertSupportedTypesIfAbsent(ParticipantId participantId, Collection<ElementType> added) {
            types.addAll(added);
        }

        @Override
        public void upsertLiveReplica(ReplicaAddress replica) {
            replicas.add(replica);
        }

        @Override
        public boolean touchReplica(ReplicaAddress replica) {
            return replicas.contains(replica);
        }

        @Override
        public boolean deleteReplica(ReplicaAddress replica) {
            return replicas.remove(replica);
        }

        @Override
        public List<ReplicaAddress> findSilentReplicas(Duration window) {
            return List.copyOf(silent);
        }

        @Override
        public boolean deleteIfStillSilent(ReplicaId replicaId, Duration window) {
            return replicas.removeIf(replica -> replica.replicaId().equals(replicaId));
        }
    }
}
