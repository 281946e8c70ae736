package dev.acmr.runtime.web.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.DispatchLogEntry;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DispatchLogMapperTest {

    private static final UUID INSTANCE = UUID.fromString("709c62b3-8918-41b9-a747-d21eb79c6c20");
    private static final ParticipantId PARTICIPANT =
            new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c90"));
    private static final ReplicaId REPLICA = new ReplicaId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    private static final Dispatch DEPLOY_PHASE_1 = new Dispatch(Dispatch.EntityKind.INSTANCE, INSTANCE, "DEPLOY", 1, 7);
    private static final Instant DISPATCHED = Instant.parse("2026-11-24T20:01:02.345678Z");
    private static final Instant SETTLED = Instant.parse("2026-11-24T20:01:03.567Z");

    private static final String DISPATCH_JSON = "{\"entityId\":\"709c62b3-8918-41b9-a747-d21eb79c6c20\","
            + "\"operation\":\"DEPLOY\",\"phase\":1,\"orderRevision\":7,"
            + "\"participantId\":\"101c62b3-8918-41b9-a747-d21eb79c6c90\","
            + "\"replicaId\":\"00000000-0000-0000-0000-00000000000b\",\"dispatchedAt\":\"2026-11-24 20:01:02.345\"";

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    void aSettledDispatchShowsWhenAndHowItEnded() {
        DispatchLogEntry settled = new DispatchLogEntry(DEPLOY_PHASE_1, PARTICIPANT, REPLICA, DISPATCHED,
                Optional.of(SETTLED), Optional.of(DispatchOutcome.REDISPATCHED.name()));

        assertEquals("[" + DISPATCH_JSON + ",\"settledAt\":\"2026-11-24 20:01:03.567\",\"outcome\":\"REDISPATCHED\"}]",
                jsonb.toJson(DispatchLogMapper.toDtos(List.of(settled))));
    }

    @Test
    void anOpenDispatchHasNeitherSettledAtNorOutcome() {
        DispatchLogEntry open = new DispatchLogEntry(DEPLOY_PHASE_1, PARTICIPANT, REPLICA, DISPATCHED,
                Optional.empty(), Optional.empty());

        assertEquals(DISPATCH_JSON + "}", jsonb.toJson(DispatchLogMapper.toDto(open)));
    }

    @Test
    void storedTextThatIsNoDispatchOutcomeIsShownAsStored() {
        // Open work of a restarted replica is marked ORPHANED; rows settled before outcomes were recorded say SETTLED.
        DispatchLogEntry orphaned = new DispatchLogEntry(DEPLOY_PHASE_1, PARTICIPANT, REPLICA, DISPATCHED,
                Optional.empty(), Optional.of("ORPHANED"));
        DispatchLogEntry legacy = new DispatchLogEntry(DEPLOY_PHASE_1, PARTICIPANT, REPLICA, DISPATCHED,
                Optional.of(SETTLED), Optional.of("SETTLED"));

        assertEquals("ORPHANED", DispatchLogMapper.toDto(orphaned).outcome());
        assertEquals("SETTLED", DispatchLogMapper.toDto(legacy).outcome());
    }
}
