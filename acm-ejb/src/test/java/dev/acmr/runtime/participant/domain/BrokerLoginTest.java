package dev.acmr.runtime.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BrokerLoginTest {

    private static final UUID A = UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c90");
    private static final UUID B = UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c91");

    @Test
    void aParticipantSpeaksForItself() {
        assertEquals("participant-101c62b3-8918-41b9-a747-d21eb79c6c90", BrokerLogin.userOf(A));
        assertEquals(BrokerLogin.Verdict.SENDER_MATCHES, BrokerLogin.judge(BrokerLogin.userOf(A), A));
        assertTrue(BrokerLogin.judge(BrokerLogin.userOf(A), A).accepted());
    }

    @Test
    void anotherParticipantsLoginIsRefused() {
        assertEquals(BrokerLogin.Verdict.ANOTHER_LOGIN, BrokerLogin.judge(BrokerLogin.userOf(A), B));
        assertFalse(BrokerLogin.judge(BrokerLogin.userOf(A), B).accepted());
    }

    @Test
    void loginsThatAreNoParticipantsAreRefused() {
        assertEquals(BrokerLogin.Verdict.ANOTHER_LOGIN, BrokerLogin.judge("guest", A));
        assertEquals(BrokerLogin.Verdict.ANOTHER_LOGIN, BrokerLogin.judge("acm-runtime", A));
        assertEquals(BrokerLogin.Verdict.ANOTHER_LOGIN, BrokerLogin.judge("participant-" + A + "x", A));
        assertEquals(BrokerLogin.Verdict.ANOTHER_LOGIN, BrokerLogin.judge(BrokerLogin.userOf(A), null));
    }

    @Test
    void aMessageWithoutLoginIsRefused() {
        assertEquals(BrokerLogin.Verdict.NO_LOGIN, BrokerLogin.judge(null, A));
        assertEquals(BrokerLogin.Verdict.NO_LOGIN, BrokerLogin.judge(" ", A));
        assertFalse(BrokerLogin.judge(null, A).accepted());
    }
}
