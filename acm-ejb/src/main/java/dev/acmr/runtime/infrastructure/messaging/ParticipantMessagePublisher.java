package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.repository.TransactionStamps;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;

/**
 * Publishes runtime-to-participant messages on the participant topic, as JSON text with the routing properties
 * ({@link MessageHeaders}) that the replicas' selectors match: a message addressed to a replica carries both its
 * participantId and replicaId.
 *
 * <p>The container-managed JMSContext joins the caller's JTA transaction, so a message leaves only when the
 * transaction that decided it commits. Delivery is non-persistent: the messages sent so far are acknowledgements,
 * and losing one with the broker costs at most a repeated registration (a replica registers until acknowledged) or
 * a deregistration the replica does not see confirmed.
 *
 * <p>A message sent while handling a REST request (or an ack of an order that came from one) carries that request's
 * id ({@link MessageHeaders#REQUEST_ID}), so that the replica logs the order under it and returns it on its acks.
 *
 * <p>A sync is stamped with the database transaction that sends it, which replicas compare with a full sync's
 * snapshot ({@link TransactionStamps}).
 */
@ApplicationScoped
public class ParticipantMessagePublisher implements ParticipantMessageSender {

    @Inject
    @JMSConnectionFactory("jms/acmConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/acmParticipantTopic")
    private Topic participantTopic;

    @Inject
    private ParticipantMessageCodec codec;

    @Inject
    private TransactionStamps stamps;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(ParticipantMessage unstamped) {
        ParticipantMessage message = stamped(unstamped);
        JMSProducer producer = jms.createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setProperty(MessageHeaders.MESSAGE_TYPE, ParticipantMessageType.of(message).name());
        if (message.participantId() != null) {
            producer.setProperty(MessageHeaders.PARTICIPANT_ID, message.participantId().toString());
        }
        if (message.replicaId() != null) {
            producer.setProperty(MessageHeaders.REPLICA_ID, message.replicaId().toString());
        }
        LogContext.get(LogKey.REQUEST_ID).ifPresent(id -> producer.setProperty(MessageHeaders.REQUEST_ID, id));
        producer.send(participantTopic, codec.encode(message));
    }

    private ParticipantMessage stamped(ParticipantMessage message) {
        if (message instanceof InstanceSync sync) {
            return sync.writtenIn(stamps.currentTransaction());
        }
        if (message instanceof ParticipantCompositionSync sync) {
            return sync.writtenIn(stamps.currentTransaction());
        }
        return message;
    }
}
