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
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.KnownReplica;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import dev.acmr.runtime.participant.repository.ParticipantRepository;
import dev.acmr.runtime.participant.repository.ReplicaHoldings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final List<ParticipantMessage> sent = new ArrayList<>();
    private static final UUID INCARNATION = UUID.randomUUID();

    private final InMemoryRepository repository = new InMemoryRepository();
    private final RecordingDispatches dispatches = new RecordingDispatches();
    private final List<String> fullSyncs = new ArrayList<>();
    private final ParticipantSupervisionService service = new ParticipantSupervisionService(repository, sent::add,
            dispatches, new TypeOwners(repository), (replica, reason) -> fullSyncs.add(replica.replicaId() + " " + reason));

    @Test
    void aParticipantClaimingATypeOfAnotherParticipantIsRefusedAndNotAcknowledged() {
        service.register(register());
        sent.clear();
        UUID other = UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c91");
        UUID otherReplica = UUID.randomUUID();

        service.register(new ParticipantRegister(UUID.randomUUID(), Instant.now(), other, otherReplica, List.of(SIM),
                UUID.randomUUID()));
        service.heartbeat(new ParticipantStatus(UUID.randomUUID(), Instant.now(), other, otherReplica, List.of(SIM),
                UUID.randomUUID(), null, 0, 0));

        assertEquals(Set.of(ADDRESS), repository.replicas, "the second participant's replica is not stored");
        assertEquals(Map.of(new ElementType(SIM.typeName(), SIM.typeVersion()), new ParticipantId(PARTICIPANT)),
                repository.owners, "the type keeps its owner");
        assertTrue(sent.isEmpty(), "no acknowledgement: ONAP refuses the registration");
        assertEquals(List.of(REPLICA + " registered"), fullSyncs);
    }

    @Test
    void aParticipantMayRegisterItsOwnTypesAgain() {
        service.register(register());
        UUID secondReplica = UUID.randomUUID();

        service.register(new ParticipantRegister(UUID.randomUUID(), Instant.now(), PARTICIPANT, secondReplica,
                List.of(SIM), UUID.randomUUID()));

        assertEquals(2, repository.replicas.size());
        assertEquals(2, sent.size());
    }

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
        assertEquals(List.of(REPLICA + " registered"), fullSyncs, "a joining replica is sent a full sync");
        assertEquals(0, dispatches.orphaned, "a first registration orphans nothing");
    }

    @Test
    void aRegisterWithANewIncarnationIsARestartWhoseWorkGoesToFailover() {
        service.register(register());
        service.register(new ParticipantRegister(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, List.of(SIM),
                UUID.randomUUID()));

        assertEquals(1, dispatches.orphaned);
        assertEquals(List.of(REPLICA + " registered", REPLICA + " restarted"), fullSyncs);
    }

    @Test
    void aRepeatedRegisterIsAcknowledgedAgainAndStoresNothingNew() {
        service.register(register());
        service.register(register());

        assertEquals(Set.of(ADDRESS), repository.replicas);
        assertEquals(2, sent.size());
        assertEquals(0, dispatches.orphaned, "the same incarnation registering again is no restart");
        assertEquals(2, fullSyncs.size(), "no full sync in progress: each register gets one");
    }

    @Test
    void aRegisterRepeatedWhileItsFullSyncRunsIsAcknowledgedWithoutAnotherFullSync() {
        service.register(register());
        repository.syncing.add(ADDRESS);

        service.register(register());

        assertEquals(2, sent.size(), "acknowledged again");
        assertEquals(List.of(REPLICA + " registered"), fullSyncs);
    }

    @Test
    void aHeartbeatOfAKnownReplicaOnlyRefreshesIt() {
        service.register(register());
        sent.clear();
        repository.stores = 0;

        service.heartbeat(status());

        assertEquals(0, repository.stores);
        assertTrue(sent.isEmpty());
        assertEquals(1, fullSyncs.size(), "only the registration's full sync");
    }

    @Test
    void aHeartbeatOfAnUnknownReplicaTakesItBackWithoutAnAck() {
        service.heartbeat(status());

        assertEquals(Set.of(ADDRESS), repository.replicas);
        assertEquals(Set.of(new ElementType(SIM.typeName(), SIM.typeVersion())), repository.types);
        assertTrue(sent.isEmpty());
        assertEquals(List.of(REPLICA + " taken back"), fullSyncs, "a replica taken back is sent a full sync");
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

        List<ReplicaAddress> removed = service.expireSilentReplicas(Duration.ofSeconds(3), Duration.ofHours(1));

        assertEquals(List.of(ADDRESS), removed);
        assertTrue(repository.replicas.isEmpty());
    }

    @Test
    void aReplicaTakenOutOfTheLiveSetThatRegistersAsANewIncarnationIsARestartWhoseWorkGoesToFailover() {
        service.register(register());
        repository.silent.add(ADDRESS);
        service.expireSilentReplicas(Duration.ofSeconds(3), Duration.ofHours(1));
        assertTrue(repository.replicas.isEmpty(), "out of the live set");
        assertEquals(Set.of(ADDRESS), repository.offLine, "still known, OFF_LINE");

        service.register(new ParticipantRegister(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, List.of(SIM),
                UUID.randomUUID()));

        assertEquals(1, dispatches.orphaned, "its open work is failover's");
        assertEquals(List.of(REPLICA + " registered", REPLICA + " restarted"), fullSyncs);
        assertEquals(Set.of(ADDRESS), repository.replicas);
    }

    @Test
    void aReplicaTakenOutOfTheLiveSetWhoseHeartbeatNamesANewIncarnationIsARestartToo() {
        service.register(register());
        repository.silent.add(ADDRESS);
        service.expireSilentReplicas(Duration.ofSeconds(3), Duration.ofHours(1));

        service.heartbeat(new ParticipantStatus(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, List.of(SIM),
                UUID.randomUUID(), null, 0, 0));

        assertEquals(1, dispatches.orphaned);
        assertEquals(List.of(REPLICA + " registered", REPLICA + " taken back"), fullSyncs);
    }

    @Test
    void aPausedReplicaComingBackAsTheSameIncarnationKeepsItsWork() {
        service.register(register());
        repository.silent.add(ADDRESS);
        service.expireSilentReplicas(Duration.ofSeconds(3), Duration.ofHours(1));

        service.heartbeat(status());

        assertEquals(0, dispatches.orphaned);
        assertEquals(Set.of(ADDRESS), repository.replicas, "live again");
    }

    private static ParticipantRegister register() {
        return new ParticipantRegister(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, List.of(SIM, SIM),
                INCARNATION);
    }

    private static ParticipantStatus status() {
        return new ParticipantStatus(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, List.of(SIM), INCARNATION,
                null, 0, 0);
    }

    /** Does what the SQL statements do, on sets. */
    private static final class InMemoryRepository extends ParticipantRepository {

        final Set<ReplicaAddress> replicas = new HashSet<>();
        final Set<ElementType> types = new HashSet<>();
        final Map<ElementType, ParticipantId> owners = new HashMap<>();
        final Set<ReplicaAddress> silent = new LinkedHashSet<>();
        final Map<ReplicaAddress, UUID> incarnations = new HashMap<>();
        final Set<ReplicaAddress> offLine = new HashSet<>();
        final Set<ReplicaAddress> syncing = new HashSet<>();
        int stores;

        @Override
        public void insertIfAbsent(ParticipantId participantId) {
            stores++;
        }

        @Override
        public void insertSupportedTypesIfAbsent(ParticipantId participantId, Collection<ElementType> added) {
            types.addAll(added);
            added.forEach(type -> owners.putIfAbsent(type, participantId));
        }

        @Override
        public KnownReplica upsertLiveReplica(ReplicaAddress replica, UUID incarnation, Duration recent) {
            KnownReplica known = replicas.contains(replica) || offLine.contains(replica)
                    ? new KnownReplica(Optional.ofNullable(incarnations.get(replica)), syncing.contains(replica))
                    : KnownReplica.UNKNOWN;
            offLine.remove(replica);
            replicas.add(replica);
            incarnations.put(replica, incarnation);
            return known;
        }

        @Override
        public boolean touchReplica(ReplicaAddress replica, ReplicaHoldings holdings) {
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
        public boolean markOffLineIfStillSilent(ReplicaId replicaId, Duration window) {
            Optional<ReplicaAddress> found = replicas.stream()
                    .filter(replica -> replica.replicaId().equals(replicaId)).findFirst();
            found.ifPresent(replica -> {
                replicas.remove(replica);
                offLine.add(replica);
                silent.remove(replica);
            });
            return found.isPresent();
        }

        @Override
        public int purgeOffLine(Duration silence) {
            return 0;
        }
    }

    /** Who supports each type, from what the in-memory repository stored. */
    private static final class TypeOwners extends LiveReplicaRepository {

        private final InMemoryRepository repository;

        TypeOwners(InMemoryRepository repository) {
            this.repository = repository;
        }

        @Override
        public List<ParticipantId> participantsSupporting(ElementType type) {
            return Optional.ofNullable(repository.owners.get(type)).stream().toList();
        }
    }

    private static final class RecordingDispatches extends OperationDispatchRepository {

        int orphaned;

        @Override
        public int orphanWorkOf(ReplicaId replica) {
            orphaned++;
            return 0;
        }
    }
}
