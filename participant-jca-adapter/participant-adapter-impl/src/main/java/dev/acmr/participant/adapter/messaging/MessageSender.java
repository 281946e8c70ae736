package dev.acmr.participant.adapter.messaging;

import dev.acmr.messages.Destinations;
import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.messages.ParticipantRegister;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;

/**
 * Sends protocol messages to the runtime queue on a session of its own (a JMS session is single-threaded, and the
 * heartbeat timer, the subscriber and shutdown may all send, hence {@code synchronized}).
 *
 * <p>Heartbeats (register and status) go non-persistent with a time-to-live: one is sent every interval, so a stale
 * one is worth nothing and must not pile up in the queue while no runtime consumes it. A status also goes to the
 * liveness topic, which every runtime node reads. Everything else is persistent.
 *
 * <p>A report sent under a request id (the one of the order it answers, see the reporters) carries it back.
 */
final class MessageSender {

    private final Session session;
    private final MessageProducer producer;
    private final MessageProducer livenessProducer;
    private final ParticipantMessageCodec codec;
    private final long heartbeatTimeToLiveMs;

    MessageSender(Connection connection, ParticipantMessageCodec codec, Duration heartbeatTimeToLive)
            throws JMSException {
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.producer = session.createProducer(session.createQueue(Destinations.RUNTIME_QUEUE));
        this.livenessProducer = session.createProducer(session.createTopic(Destinations.LIVENESS_TOPIC));
        this.codec = codec;
        this.heartbeatTimeToLiveMs = heartbeatTimeToLive.toMillis();
    }

    synchronized void send(ParticipantMessage message) throws JMSException {
        TextMessage text = session.createTextMessage(codec.encode(message));
        text.setStringProperty(MessageHeaders.MESSAGE_TYPE, ParticipantMessageType.of(message).name());
        text.setStringProperty(MessageHeaders.PARTICIPANT_ID, String.valueOf(message.participantId()));
        text.setStringProperty(MessageHeaders.REPLICA_ID, String.valueOf(message.replicaId()));
        String requestId = LogContext.get(LogKey.REQUEST_ID).orElse(null);
        if (requestId != null) {
            text.setStringProperty(MessageHeaders.REQUEST_ID, requestId);
        }
        if (isHeartbeat(message)) {
            producer.send(text, DeliveryMode.NON_PERSISTENT, Message.DEFAULT_PRIORITY, heartbeatTimeToLiveMs);
            if (message instanceof ParticipantStatus) {
                livenessProducer.send(text, DeliveryMode.NON_PERSISTENT, Message.DEFAULT_PRIORITY,
                        heartbeatTimeToLiveMs);
            }
        } else {
            producer.send(text, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY, Message.DEFAULT_TIME_TO_LIVE);
        }
    }

    private static boolean isHeartbeat(ParticipantMessage message) {
        return message instanceof ParticipantRegister || message instanceof ParticipantStatus;
    }
}
