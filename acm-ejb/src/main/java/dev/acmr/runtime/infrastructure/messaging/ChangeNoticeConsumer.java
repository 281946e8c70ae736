package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.Destinations;
import dev.acmr.messages.MalformedMessageException;
import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.runtime.monitoring.live.ChangeEvents;
import dev.acmr.runtime.monitoring.live.ChangeFeed;
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
 * Listens, on every runtime node, to what the runtime publishes to participant replicas and turns the messages that
 * tell of a committed change into change notices on this node's {@link ChangeFeed} (for the operators' event
 * stream). Messages leave only when the transaction that decided them commits, so a node hears every change any node
 * commits, and only committed ones.
 *
 * <p>A non-durable subscription of this node's own, like {@link ReplicaLivenessConsumer}'s: notices are for screens
 * that are open now, and a node that was away has nobody to tell. The selector keeps the broker from sending this node
 * anything but the message types {@link ChangeEvents} maps; {@code ChangeNoticeConsumerTest} checks they agree.
 * Delivery is not transacted: nothing is written, and a notice lost with a failure is not worth a redelivery.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.PARTICIPANT_TOPIC),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = ChangeNoticeConsumer.SELECTOR),
    @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/acmConnectionFactory"),
    @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = "-1"),
    @ActivationConfigProperty(propertyName = "reconnectInterval", propertyValue = "2000")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeNoticeConsumer implements MessageListener {

    /** The message types {@link ChangeEvents#of} maps; a constant because an annotation needs one. */
    static final String SELECTOR = MessageHeaders.MESSAGE_TYPE + " IN ('INSTANCE_ORDER', 'INSTANCE_SYNC', "
            + "'PARTICIPANT_COMPOSITION_SYNC', 'PARTICIPANT_DEREGISTER_ACK', 'PARTICIPANT_PRIME', "
            + "'PARTICIPANT_REGISTER_ACK', 'PARTICIPANT_SYNC_COMPLETE')";

    private static final Logger LOG = Logger.getLogger(ChangeNoticeConsumer.class.getName());

    @Inject
    private ParticipantMessageCodec codec;

    @Inject
    private ChangeFeed feed;

    @Override
    public void onMessage(Message message) {
        if (!feed.hasListeners()) {
            return;
        }
        try {
            String type = message.getStringProperty(MessageHeaders.MESSAGE_TYPE);
            if (message instanceof TextMessage text) {
                ChangeEvents.of(codec.decode(type, text.getText())).ifPresent(feed::publish);
            }
        } catch (MalformedMessageException | JMSException e) {
            // A notice is worth nothing once late, and the replicas log what they cannot read: drop it.
            LOG.fine(() -> "Dropped an unreadable message on the participant topic: " + e.getMessage());
        }
    }
}
