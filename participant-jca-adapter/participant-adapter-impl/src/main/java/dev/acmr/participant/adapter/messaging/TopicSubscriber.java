package dev.acmr.participant.adapter.messaging;

import dev.acmr.messages.Destinations;
import dev.acmr.messages.MalformedMessageException;
import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.MessageLogIds;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A non-durable subscription to the participant topic with this replica's selector, so the broker drops what is
 * addressed to other participants or replicas. Non-durable on purpose: what was sent while this replica was away
 * is for the replicas that were there; a returning replica registers again and is brought up to date.
 *
 * <p>Nothing thrown here may escape {@link #onMessage}: with auto-acknowledge a runtime exception makes the provider
 * redeliver, and a message that failed once will fail again.
 *
 * <p>A message is handled under the ids it names and the request id the runtime sent it with, so that the lines
 * logged while handling it, and the listener calls and reports it leads to, carry them.
 */
final class TopicSubscriber implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TopicSubscriber.class.getName());

    private final ParticipantMessageCodec codec;
    private final ChannelListener listener;

    private TopicSubscriber(ParticipantMessageCodec codec, ChannelListener listener) {
        this.codec = codec;
        this.listener = listener;
    }

    /** Subscribes on a session of its own; delivery starts when the connection starts. */
    static void subscribe(Connection connection, String selector, ParticipantMessageCodec codec,
            ChannelListener listener) throws JMSException {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createTopic(Destinations.PARTICIPANT_TOPIC), selector, false)
                .setMessageListener(new TopicSubscriber(codec, listener));
    }

    @Override
    public void onMessage(Message message) {
        try {
            ParticipantMessage decoded = decode(message);
            try (LogContext.Scope scope = LogContext.open(MessageLogIds.of(decoded,
                    message.getStringProperty(MessageHeaders.REQUEST_ID)))) {
                listener.onMessage(decoded);
            }
        } catch (MalformedMessageException e) {
            LOG.warning(() -> "dropped a malformed message from the runtime: " + e.getMessage());
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "failed to handle a message from the runtime; dropped", e);
        }
    }

    private ParticipantMessage decode(Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedMessageException("not a TextMessage: " + message.getClass().getName());
        }
        return codec.decode(text.getStringProperty(MessageHeaders.MESSAGE_TYPE), text.getText());
    }
}
