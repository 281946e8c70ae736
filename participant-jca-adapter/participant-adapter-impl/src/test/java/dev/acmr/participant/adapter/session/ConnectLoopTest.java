package dev.acmr.participant.adapter.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.participant.adapter.messaging.ChannelListener;
import dev.acmr.participant.adapter.messaging.ChannelState;
import dev.acmr.participant.adapter.messaging.ProtocolChannel;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The connect loop on its own: inline executor, 1 ms reconnect interval. */
class ConnectLoopTest {

    private static final ChannelListener IGNORED = new ChannelListener() {
        @Override
        public void onMessage(ParticipantMessage message) {
        }

        @Override
        public void onLost(String reason) {
        }

        @Override
        public void onRestored() {
        }
    };

    private final FakeChannel channel = new FakeChannel();
    private final AtomicInteger connected = new AtomicInteger();

    private ConnectLoop loop(Executor executor) {
        return new ConnectLoop(channel, IGNORED, Duration.ofMillis(1), executor, connected::incrementAndGet);
    }

    @Test
    void retriesUntilTheBrokerIsReachableThenCallsBackOnce() {
        channel.unreachableAttempts = 2;
        loop(Runnable::run).request();
        assertEquals(3, channel.opens);
        assertEquals(ChannelState.CONNECTED, channel.state());
        assertEquals(1, connected.get());
    }

    @Test
    void aClosedChannelIsReopenedAReconnectingOneLeftToOpenMq() {
        ConnectLoop loop = loop(Runnable::run);
        assertFalse(loop.isConnectedElseReconnect(), "closed: reopened, but not connected at the time of asking");
        assertEquals(1, channel.opens);
        assertTrue(loop.isConnectedElseReconnect());
        channel.state = ChannelState.RECONNECTING;
        assertFalse(loop.isConnectedElseReconnect());
        assertEquals(1, channel.opens, "OpenMQ reconnects on its own");
    }

    @Test
    void nothingOpensAfterStop() {
        ConnectLoop loop = loop(Runnable::run);
        loop.stop();
        loop.request();
        assertEquals(0, channel.opens);
        assertEquals(0, connected.get());
    }

    @Test
    void aRefusedLoopCanBeRequestedAgain() {
        AtomicInteger refusals = new AtomicInteger(1);
        ConnectLoop loop = loop(task -> {
            if (refusals.getAndDecrement() > 0) {
                throw new RejectedExecutionException("busy");
            }
            task.run();
        });
        loop.request();
        assertEquals(0, channel.opens);
        loop.request();
        assertEquals(1, channel.opens);
        assertEquals(1, connected.get());
    }

    @Test
    void aLoopStoppedBeforeItRunsOpensNothingAndLeavesTheChannelClosed() {
        ConnectLoop[] holder = new ConnectLoop[1];
        holder[0] = loop(task -> {
            holder[0].stop(); // the session stops between the request and the loop's start
            task.run();
        });
        holder[0].request();
        assertEquals(0, channel.opens);
        assertEquals(1, channel.closes);
        assertEquals(0, connected.get());
    }

    @Test
    void aChannelOpenedWhileStoppingIsClosedAndNotReported() {
        ConnectLoop[] holder = new ConnectLoop[1];
        ProtocolChannel stoppingWhileOpening = new ProtocolChannel() {
            @Override
            public boolean open(ChannelListener listener) {
                holder[0].stop();
                return channel.open(listener);
            }

            @Override
            public ChannelState state() {
                return channel.state();
            }

            @Override
            public void send(ParticipantMessage message) throws JMSException {
                channel.send(message);
            }

            @Override
            public void close() {
                channel.close();
            }
        };
        holder[0] = new ConnectLoop(stoppingWhileOpening, IGNORED, Duration.ofMillis(1), Runnable::run,
                connected::incrementAndGet);
        holder[0].request();
        assertEquals(1, channel.opens);
        assertEquals(ChannelState.CLOSED, channel.state());
        assertEquals(0, connected.get());
    }
}
