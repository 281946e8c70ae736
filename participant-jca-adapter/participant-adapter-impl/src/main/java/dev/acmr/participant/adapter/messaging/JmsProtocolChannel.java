package dev.acmr.participant.adapter.messaging;

import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageCodec;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.UUID;

/**
 * The protocol channel over OpenMQ: a {@link BrokerConnection}, a {@link MessageSender} to the runtime queue and a
 * {@link TopicSubscriber} on the participant topic.
 *
 * <p>Not locked on purpose: {@link #open} can block inside OpenMQ (broker gone between probe and connect), and
 * {@link #close} must still get through to shut down. The session calls {@code open} from one loop at a time.
 */
public final class JmsProtocolChannel implements ProtocolChannel {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final BrokerSettings settings;
    private final ParticipantMessageCodec codec;
    private final String selector;
    private final Duration heartbeatTimeToLive;
    private volatile BrokerConnection connection;
    private volatile MessageSender sender;

    public JmsProtocolChannel(BrokerSettings settings, ParticipantMessageCodec codec, UUID participantId,
            UUID replicaId, Duration heartbeatTimeToLive) {
        this.settings = settings;
        this.codec = codec;
        this.selector = MessageHeaders.selectorFor(participantId, replicaId);
        this.heartbeatTimeToLive = heartbeatTimeToLive;
    }

    @Override
    public boolean open(ChannelListener listener) throws JMSException {
        close();
        if (!BrokerAddresses.anyReachable(settings.addressList(), PROBE_TIMEOUT)) {
            return false;
        }
        BrokerConnection opened = BrokerConnection.connect(settings, listener);
        try {
            TopicSubscriber.subscribe(opened.jms(), selector, codec, listener);
            MessageSender openedSender = new MessageSender(opened.jms(), codec, heartbeatTimeToLive);
            opened.start();
            sender = openedSender;
            connection = opened;
            return true;
        } catch (JMSException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    @Override
    public ChannelState state() {
        BrokerConnection current = connection;
        return current == null ? ChannelState.CLOSED : current.state();
    }

    @Override
    public void send(ParticipantMessage message) throws JMSException {
        MessageSender current = sender;
        if (current == null || state() == ChannelState.CLOSED) {
            throw new JMSException("not connected to the broker at " + settings.addressList());
        }
        current.send(message);
    }

    @Override
    public void close() {
        BrokerConnection current = connection;
        connection = null;
        sender = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public String toString() {
        return "JmsProtocolChannel[" + settings + ", selector=" + selector + "]";
    }
}
