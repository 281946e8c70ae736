package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.participant.adapter.messaging.ChannelListener;
import dev.acmr.participant.adapter.messaging.ChannelState;
import dev.acmr.participant.adapter.messaging.ProtocolChannel;
import jakarta.jms.JMSException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A channel that records what is sent and opens when told the broker is up. */
final class FakeChannel implements ProtocolChannel {

    final List<ParticipantMessage> sent = new CopyOnWriteArrayList<>();
    /** How many more open attempts find the broker down. */
    volatile int unreachableAttempts;
    volatile ChannelState state = ChannelState.CLOSED;
    volatile int opens;
    volatile int closes;
    volatile ChannelListener listener;

    @Override
    public boolean open(ChannelListener channelListener) {
        opens++;
        if (unreachableAttempts > 0) {
            unreachableAttempts--;
            return false;
        }
        listener = channelListener;
        state = ChannelState.CONNECTED;
        return true;
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public void send(ParticipantMessage message) throws JMSException {
        if (state != ChannelState.CONNECTED) {
            throw new JMSException("not connected");
        }
        sent.add(message);
    }

    @Override
    public void close() {
        closes++;
        state = ChannelState.CLOSED;
    }

    <T extends ParticipantMessage> long count(Class<T> type) {
        return sent.stream().filter(type::isInstance).count();
    }

    ParticipantMessage last() {
        return sent.get(sent.size() - 1);
    }
}
