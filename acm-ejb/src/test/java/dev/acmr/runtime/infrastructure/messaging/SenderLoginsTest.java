package dev.acmr.runtime.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.OperationResult;
import dev.acmr.runtime.participant.domain.BrokerLogin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SenderLoginsTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final UUID REPLICA = UUID.randomUUID();
    private static final UUID INSTANCE = UUID.randomUUID();
    private static final String LOGIN = BrokerLogin.userOf(PARTICIPANT);

    @Test
    void aBatchOfTheLoginsOwnAcksIsAccepted() {
        assertEquals(BrokerLogin.Verdict.SENDER_MATCHES, SenderLogins.judge(LOGIN, batch(ack(PARTICIPANT),
                ack(PARTICIPANT))));
        assertEquals(BrokerLogin.Verdict.SENDER_MATCHES, SenderLogins.judge(LOGIN, ack(PARTICIPANT)));
    }

    @Test
    void aBatchCarryingAnotherParticipantsAckIsRefusedWhole() {
        assertEquals(BrokerLogin.Verdict.ANOTHER_LOGIN, SenderLogins.judge(LOGIN, batch(ack(PARTICIPANT),
                ack(UUID.randomUUID()))));
        assertEquals(BrokerLogin.Verdict.NO_LOGIN, SenderLogins.judge((String) null, batch(ack(PARTICIPANT))));
        assertEquals(BrokerLogin.Verdict.ANOTHER_LOGIN,
                SenderLogins.judge(BrokerLogin.userOf(UUID.randomUUID()), batch(ack(PARTICIPANT))));
    }

    private static InstanceElementAcks batch(InstanceElementAck... acks) {
        return new InstanceElementAcks(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, INSTANCE,
                List.of(acks));
    }

    private static InstanceElementAck ack(UUID participant) {
        return new InstanceElementAck(UUID.randomUUID(), Instant.now(), participant, REPLICA, INSTANCE,
                UUID.randomUUID(), ElementDeployState.DEPLOYED, null, OperationResult.NO_ERROR, "Deployed", null, null,
                Map.of(), 3);
    }
}
