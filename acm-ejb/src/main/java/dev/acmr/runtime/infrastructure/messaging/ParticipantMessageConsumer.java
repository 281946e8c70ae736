package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.MalformedMessageException;
import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantDeregister;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.ParticipantRegister;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.ParticipantSyncRequest;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.MessageLogIds;
import dev.acmr.runtime.composition.priming.PrimeAckService;
import dev.acmr.runtime.instance.lifecycle.InstanceAckService;
import dev.acmr.runtime.metrics.MessageHopMetrics;
import dev.acmr.runtime.metrics.MessageMetrics;
import dev.acmr.runtime.participant.application.ParticipantSupervisionService;
import dev.acmr.runtime.participant.application.ReplicaSyncService;
import dev.acmr.runtime.participant.domain.BrokerLogin;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Receives what participants send to the runtime queue. The queue's consumers on all runtime nodes compete, so each
 * message is handled by one node only.
 *
 * <p>A message that cannot be decoded is logged on one line and dropped: redelivering it would fail the same way.
 * A failure while handling a well-formed message (the database is down, say) is thrown, so that the resource adapter
 * delivers it again, every second for up to three minutes (see the activation config).
 *
 * <p>Delivery is not transacted: each service call is its own database transaction (its messages go through the
 * outbox), and the broker forgets the message once the call returned. A node stopping in between has the message
 * delivered again, to another node; handlers are idempotent, so a redelivery of a message that was in fact applied
 * changes nothing. A two-phase commit with the broker for each message cost more than the handling itself.
 *
 * <p>A message is handled under the ids it names (participant, replica, composition or instance, and the request id
 * of the order it answers), so every log line written while handling it, and every order it leads to, carries them.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/acmRuntimeQueue"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = "jms/acmConnectionFactory"),
    // A handler that throws (the database is away: restarted, failing over) gets the message again every second for
    // three minutes instead of once, so that an ack outlives a database outage; the default sends it to the dead
    // message queue after one retry, and the order it belonged to then times out.
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "180"),
    @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryInterval", propertyValue = "1000"),
    // Reconnect to a restarted broker for ever (the default gives up after 3 attempts 5 s apart, and the node then
    // hears nothing until it is restarted).
    @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = "-1"),
    @ActivationConfigProperty(propertyName = "reconnectInterval", propertyValue = "2000")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ParticipantMessageConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ParticipantMessageConsumer.class.getName());
    private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    @Inject
    private ParticipantMessageCodec codec;

    @Inject
    private ParticipantSupervisionService supervision;

    @Inject
    private PrimeAckService primeAcks;

    @Inject
    private InstanceAckService instanceAcks;

    @Inject
    private ReplicaSyncService replicaSync;

    @Inject
    private MessageMetrics metrics;

    @Inject
    private MessageHopMetrics hops;

    @Override
    public void onMessage(Message message) {
        long receivedAt = System.nanoTime();
        Instant received = Instant.now();
        String messageType = messageTypeOf(message);
        metrics.received(messageType, isRedelivery(message));
        ParticipantMessage decoded;
        try {
            decoded = decode(messageType, message);
        } catch (MalformedMessageException | JMSException e) {
            LOG.warning(() -> "Dropped malformed participant message: messageType=" + messageType + ", JMSMessageID="
                    + messageIdOf(message) + ": " + oneLine(e.getMessage()));
            return;
        }
        try (LogContext.Scope scope = LogContext.open(MessageLogIds.of(decoded, requestIdOf(message)))) {
            BrokerLogin.Verdict sender = SenderLogins.judge(message, decoded);
            if (!sender.accepted()) {
                metrics.refused(messageType, sender.name());
                LOG.warning(() -> "Refused a participant message: messageType=" + messageType + ", participant "
                        + decoded.participantId() + ", sender login " + SenderLogins.loginOf(message) + " ("
                        + sender + "), JMSMessageID=" + messageIdOf(message));
                return;
            }
            Optional<String> refusal = ReportedDataCheck.problem(decoded);
            if (refusal.isPresent()) {
                refused(messageType, decoded, refusal.get());
            } else {
                if (decoded.timestamp() != null) {
                    hops.transit(messageType, Duration.between(decoded.timestamp(), received));
                }
                dispatch(decoded);
                hops.committed(messageType, Duration.ofNanos(System.nanoTime() - receivedAt));
            }
        }
    }

    private ParticipantMessage decode(String messageType, Message message) throws JMSException {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedMessageException("body is not text but " + message.getClass().getSimpleName());
        }
        return codec.decode(messageType, text.getText());
    }

    // Consumed, not thrown: a redelivery would be refused the same way. An ack's outcome still counts (in a batch,
    // only the acks that carried what was refused lose their data, as if each had come alone); the replica that
    // pushed a refused instance info is sent the stored instance again, so its copy drops what was refused. A
    // refused composition info is dropped.
    private void refused(String messageType, ParticipantMessage message, String refusal) {
        metrics.refused(messageType, "UNREADABLE_DATA");
        LOG.warning(() -> "Refused " + messageType + " from replica " + message.replicaId() + ": " + refusal);
        if (message instanceof InstanceElementInfo info) {
            instanceAcks.resend(info.instanceId());
        } else if (message instanceof InstanceElementAck || message instanceof InstanceElementAcks
                || message instanceof ParticipantPrimeAck) {
            dispatch(ReportedDataCheck.withoutData(message));
        }
    }

    private void dispatch(ParticipantMessage message) {
        if (message instanceof ParticipantRegister register) {
            supervision.register(register);
        } else if (message instanceof ParticipantStatus status) {
            supervision.heartbeat(status);
        } else if (message instanceof ParticipantDeregister deregister) {
            supervision.deregister(deregister);
        } else if (message instanceof ParticipantPrimeAck ack) {
            primeAcks.onAck(ack);
        } else if (message instanceof ParticipantDefinitionInfo info) {
            primeAcks.onDefinitionInfo(info);
        } else if (message instanceof InstanceElementAck ack) {
            instanceAcks.onAck(ack);
        } else if (message instanceof InstanceElementAcks acks) {
            instanceAcks.onAcks(acks);
        } else if (message instanceof InstanceElementInfo info) {
            instanceAcks.onInfo(info);
        } else if (message instanceof ParticipantSyncRequest request) {
            replicaSync.onSyncRequest(request);
        } else {
            // Runtime-to-participant types have no business on this queue.
            LOG.fine(() -> "Ignored " + message.getClass().getSimpleName() + " on the runtime queue");
        }
    }

    private static String messageTypeOf(Message message) {
        try {
            return message.getStringProperty(MessageHeaders.MESSAGE_TYPE);
        } catch (JMSException | RuntimeException e) {
            return "<unreadable>";
        }
    }

    /** The broker's flag, or the delivery count it keeps (JMSXDeliveryCount starts at 1). */
    static boolean isRedelivery(Message message) {
        try {
            if (message.getJMSRedelivered()) {
                return true;
            }
            return message.propertyExists(DELIVERY_COUNT) && message.getIntProperty(DELIVERY_COUNT) > 1;
        } catch (JMSException | RuntimeException e) {
            return false;
        }
    }

    private static String requestIdOf(Message message) {
        try {
            return message.getStringProperty(MessageHeaders.REQUEST_ID);
        } catch (JMSException | RuntimeException e) {
            return null;
        }
    }

    private static String messageIdOf(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "<unreadable>";
        }
    }

    // Decoder messages may quote the JSON over several lines; the log line must stay one line.
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
