package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A full sync's snapshot: which transactions its read saw, and it and the sync stamps on the wire. */
class SyncSnapshotTest {

    private final ParticipantMessageCodec codec = new ParticipantMessageCodec();
    private final SyncSnapshot snapshot = SyncSnapshot.parse("100:105:101,103");

    @Test
    void parsesPostgresTextForm() {
        assertEquals(new SyncSnapshot(100, 105, List.of(101L, 103L)), snapshot);
        assertEquals(new SyncSnapshot(7, 7, List.of()), SyncSnapshot.parse("7:7:"));
        assertThrows(IllegalArgumentException.class, () -> SyncSnapshot.parse("7:7"));
    }

    @Test
    void sawWhatEndedBeforeItAndNothingRunningOrLater() {
        assertTrue(snapshot.saw(99), "ended before xmin");
        assertTrue(snapshot.saw(102), "between, not running");
        assertFalse(snapshot.saw(101), "running when the read began");
        assertFalse(snapshot.saw(105), "began after");
        assertFalse(snapshot.saw(250), "began after");
        assertTrue(snapshot.saw(0), "unknown counts as seen");
    }

    @Test
    void stampsAndSnapshotTravelAndOlderSendersParseWithoutThem() {
        UUID participant = UUID.randomUUID();
        var complete = new ParticipantSyncComplete(UUID.randomUUID(), Instant.now(), participant, UUID.randomUUID(),
                UUID.randomUUID(), List.of(UUID.randomUUID()), List.of(UUID.randomUUID()), snapshot);
        var composition = new ParticipantCompositionSync(UUID.randomUUID(), Instant.now(), participant, null,
                UUID.randomUUID(), 3, CompositionState.PRIMED, false, List.of(), 2, null).writtenIn(104);
        var instance = new InstanceSync(UUID.randomUUID(), Instant.now(), participant, null, UUID.randomUUID(),
                UUID.randomUUID(), "n", "1.0.0", 3, ElementDeployState.DEPLOYED, ElementLockState.LOCKED,
                OperationResult.NO_ERROR, false, List.of(), 2, null).writtenIn(104);
        for (ParticipantMessage message : List.<ParticipantMessage>of(complete, composition, instance)) {
            assertEquals(message, codec.decode(ParticipantMessageType.of(message).name(), codec.encode(message)));
        }

        String oldComplete = codec.encode(complete).replaceAll(",?\"snapshot\":\\{[^}]*\\}", "");
        assertNull(((ParticipantSyncComplete) codec.decode(ParticipantMessageType.of(complete).name(), oldComplete))
                .snapshot(), oldComplete);
        String oldSync = codec.encode(instance).replaceAll(",?\"writtenIn\":[^,}]*", "");
        assertEquals(0L, ((InstanceSync) codec.decode(ParticipantMessageType.of(instance).name(), oldSync))
                .writtenIn(), oldSync);
        String oldComposition = codec.encode(composition).replaceAll(",?\"writtenIn\":[^,}]*", "");
        assertEquals(0L, ((ParticipantCompositionSync) codec.decode(ParticipantMessageType.of(composition).name(),
                oldComposition)).writtenIn(), oldComposition);
    }
}
