package dev.acmr.runtime.participant.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DispatchServiceTest {

    private static final ParticipantId PARTICIPANT =
            new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c90"));
    private static final ReplicaId REPLICA = new ReplicaId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    private static final Dispatch PRIME =
            new Dispatch(Dispatch.EntityKind.COMPOSITION, UUID.randomUUID(), "PRIME", 0, 3);

    private final RecordingDispatches dispatches = new RecordingDispatches();

    @Test
    void theChosenReplicaIsRecordedAsTheOpenDispatch() {
        DispatchService service = new DispatchService(choosing(REPLICA), dispatches);

        Assignment assigned = service.assign(PARTICIPANT, PRIME);

        assertEquals(new ReplicaAddress(PARTICIPANT, REPLICA), assigned.replica());
        assertEquals(List.of(PRIME + " " + PARTICIPANT + " " + REPLICA), dispatches.recorded);
        assertEquals(RecordingDispatches.KEY, assigned.dispatchId(), "the message is to carry the record's id");
    }

    @Test
    void nothingIsRecordedWhenNoReplicaMayBeChosen() {
        DispatchService service = new DispatchService(new ReplicaSelector() {
            @Override
            public ReplicaAddress choose(ParticipantId participant) {
                throw new NoLiveReplicaException(participant);
            }
        }, dispatches);

        assertThrows(NoLiveReplicaException.class, () -> service.assign(PARTICIPANT, PRIME));
        assertTrue(dispatches.recorded.isEmpty());
    }

    @Test
    void withEveryReplicaBusyThePartWaitsForFailoverInsteadOfBeingRefused() {
        DispatchService service = new DispatchService(new ReplicaSelector() {
            @Override
            public ReplicaAddress choose(ParticipantId participant) {
                throw new NoLiveReplicaException(participant, 1);
            }

            @Override
            public Optional<ReplicaAddress> anyLive(ParticipantId participant) {
                return Optional.of(new ReplicaAddress(participant, REPLICA));
            }
        }, dispatches);

        assertTrue(service.assignOrWait(PARTICIPANT, PRIME).isEmpty(), "nothing to send now");
        assertEquals(List.of("waiting " + PRIME + " " + PARTICIPANT + " " + REPLICA), dispatches.recorded);
    }

    @Test
    void withNoLiveReplicaAtAllThePartIsRefused() {
        DispatchService service = new DispatchService(new ReplicaSelector() {
            @Override
            public ReplicaAddress choose(ParticipantId participant) {
                throw new NoLiveReplicaException(participant);
            }

            @Override
            public Optional<ReplicaAddress> anyLive(ParticipantId participant) {
                return Optional.empty();
            }
        }, dispatches);

        assertThrows(NoLiveReplicaException.class, () -> service.assignOrWait(PARTICIPANT, PRIME));
        assertTrue(dispatches.recorded.isEmpty());
    }

    private static ReplicaSelector choosing(ReplicaId replica) {
        return new ReplicaSelector() {
            @Override
            public ReplicaAddress choose(ParticipantId participant) {
                return new ReplicaAddress(participant, replica);
            }
        };
    }

    private static final class RecordingDispatches extends OperationDispatchRepository {

        static final UUID KEY = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

        final List<String> recorded = new ArrayList<>();

        @Override
        public UUID record(Dispatch dispatch, ParticipantId participant, ReplicaId replica) {
            recorded.add(dispatch + " " + participant + " " + replica);
            return KEY;
        }

        @Override
        public void recordWaiting(Dispatch dispatch, ParticipantId participant, ReplicaId replica) {
            recorded.add("waiting " + dispatch + " " + participant + " " + replica);
        }
    }
}
