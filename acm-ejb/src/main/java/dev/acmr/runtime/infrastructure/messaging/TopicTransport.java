package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.MessageHeaders;
import dev.acmr.runtime.infrastructure.outbox.MessageTransport;
import dev.acmr.runtime.infrastructure.outbox.OutgoingMessage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.logging.Logger;

/**
 * Publishes outbox messages on the participant topic from the relay's thread, outside any transaction, on one
 * connection kept open between messages and opened again after a failure. Delivery is non-persistent: a message
 * the broker loses is either repeated by its sender (registrations, heartbeats), replaced by a newer one (syncs, with
 * the replicas' revision checks and full syncs), or ends in the order's timeout and failover.
 */
@ApplicationScoped
public class TopicTransport implements MessageTransport {

    private static final Logger LOG = Logger.getLogger(TopicTransport.class.getName());

    @Resource(lookup = "jms/acmConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/acmParticipantTopic")
    private Topic participantTopic;

    private JMSContext context;

    @Override
    public boolean send(OutgoingMessage message) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                producer(message).send(participantTopic, message.body());
                return true;
            } catch (JMSRuntimeException | IllegalStateException e) {
                int tried = attempt;
                LOG.fine(() -> "Publishing a " + message.type() + " failed (attempt " + tried + "): " + e);
                close();
            }
        }
        return false;
    }

    private JMSProducer producer(OutgoingMessage message) {
        if (context == null) {
            context = connectionFactory.createContext();
        }
        JMSProducer producer = context.createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setProperty(MessageHeaders.MESSAGE_TYPE, message.type());
        if (message.participantId() != null) {
            producer.setProperty(MessageHeaders.PARTICIPANT_ID, message.participantId().toString());
        }
        if (message.replicaId() != null) {
            producer.setProperty(MessageHeaders.REPLICA_ID, message.replicaId().toString());
        }
        if (message.requestId() != null) {
            producer.setProperty(MessageHeaders.REQUEST_ID, message.requestId());
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                LOG.fine(() -> "Closing the publishing connection: " + e);
            }
            context = null;
        }
    }
}
