package dev.acmr.participant.adapter.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantSyncRequest;
import dev.acmr.participant.adapter.messaging.ChannelListener;
import dev.acmr.participant.adapter.messaging.ChannelState;
import dev.acmr.participant.adapter.messaging.ProtocolChannel;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reports survive a broker blip: the send that failed while OpenMQ reconnected is retried. */
class OutboxTest {

    private static final ParticipantMessage REPORT = new ParticipantSyncRequest(UUID.randomUUID(), Instant.now(),
            UUID.randomUUID(), UUID.randomUUID(), "a report");

    @Test
    void aReportFailingDuringABrokerBlipIsSentOnceTheBrokerIsBack() {
        FlakyChannel channel = new FlakyChannel(3);
        Outbox outbox = new Outbox(channel, Duration.ofSeconds(5), Duration.ofMillis(1));

        assertTrue(outbox.deliver(REPORT));
        assertEquals(4, channel.attempts);
        assertEquals(List.of(REPORT), channel.sent);
    }

    @Test
    void aPlainSendIsTriedOnce() {
        FlakyChannel channel = new FlakyChannel(1);
        Outbox outbox = new Outbox(channel, Duration.ofSeconds(5), Duration.ofMillis(1));

        assertFalse(outbox.send(REPORT));
        assertEquals(1, channel.attempts);
    }

    @Test
    void aReportIsGivenUpAfterThePatienceOrWhenClosed() {
        FlakyChannel down = new FlakyChannel(Integer.MAX_VALUE);
        assertFalse(new Outbox(down, Duration.ofMillis(30), Duration.ofMillis(5)).deliver(REPORT));
        assertTrue(down.attempts > 1, "retried within the patience");

        FlakyChannel downToo = new FlakyChannel(Integer.MAX_VALUE);
        Outbox closed = new Outbox(downToo, Duration.ofMinutes(5), Duration.ofMillis(1));
        closed.close();
        assertFalse(closed.deliver(REPORT));
        assertEquals(1, downToo.attempts, "a stopping session does not wait out the patience");
    }

    @Test
    void withNoConnectionAtAllAReportIsSentOnce() {
        FlakyChannel closed = new FlakyChannel(Integer.MAX_VALUE);
        closed.state = ChannelState.CLOSED;

        assertFalse(new Outbox(closed, Duration.ofMinutes(5), Duration.ofMillis(1)).deliver(REPORT));
        assertEquals(1, closed.attempts, "nothing to wait for: the session reconnects and resyncs");
    }

    /** Fails the first {@code failures} sends, as OpenMQ does while it reconnects ("Packet acknowledge failed"). */
    private static final class FlakyChannel implements ProtocolChannel {

        private int failures;
        int attempts;
        ChannelState state;
        final List<ParticipantMessage> sent = new ArrayList<>();

        FlakyChannel(int failures) {
            this.failures = failures;
        }

        @Override
        public boolean open(ChannelListener listener) {
            return true;
        }

        @Override
        public ChannelState state() {
            if (state != null) {
                return state;
            }
            return failures > 0 ? ChannelState.RECONNECTING : ChannelState.CONNECTED;
        }

        @Override
        public void send(ParticipantMessage message) throws JMSException {
            attempts++;
            if (failures > 0) {
                failures--;
                throw new JMSException("[C4000]: Packet acknowledge failed");
            }
            sent.add(message);
        }

        @Override
        public void close() {
        }
    }
}
