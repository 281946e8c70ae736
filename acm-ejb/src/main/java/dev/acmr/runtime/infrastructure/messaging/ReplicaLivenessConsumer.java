package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.Destinations;
import dev.acmr.messages.MalformedMessageException;
import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.runtime.participant.application.ParticipantSupervisionService;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Reads the copies of replica statuses on the liveness topic: every runtime node subscribes, so every node refreshes
 * every replica's last message time, whatever node the queue handed the original to. A paused node then holds no
 * heartbeat the others need, and cannot make a live replica look silent (which would move its work elsewhere). Only
 * refreshes known replicas; registering, taking back and syncing stay with the queue's consumer. Not transacted: a
 * copy lost with a failure is replaced by the next heartbeat.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.LIVENESS_TOPIC),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/acmConnectionFactory"),
    @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = "-1"),
    @ActivationConfigProperty(propertyName = "reconnectInterval", propertyValue = "2000")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplicaLivenessConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ReplicaLivenessConsumer.class.getName());

    @Inject
    private ParticipantMessageCodec codec;

    @Inject
    private ParticipantSupervisionService supervision;

    @Override
    public void onMessage(Message message) {
        try {
            String type = message.getStringProperty(MessageHeaders.MESSAGE_TYPE);
            if (message instanceof TextMessage text
                    && codec.decode(type, text.getText()) instanceof ParticipantStatus status) {
                if (SenderLogins.judge(message, status).accepted()) {
                    supervision.refresh(status);
                } else {
                    // The queue's copy of the same status is refused, counted and logged by that consumer.
                    LOG.fine(() -> "Dropped a liveness message whose sender login is not participant "
                            + status.participantId());
                }
            }
        } catch (MalformedMessageException | JMSException e) {
            // A heartbeat is worth nothing once late: drop it, the next one comes within a second.
            LOG.fine(() -> "Dropped an unreadable liveness message: " + e.getMessage());
        }
    }
}
