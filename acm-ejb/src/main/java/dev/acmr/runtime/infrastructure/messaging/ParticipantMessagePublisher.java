package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.runtime.infrastructure.outbox.OutgoingMessage;
import dev.acmr.runtime.infrastructure.outbox.TransactionalOutbox;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.repository.TransactionStamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Sends runtime-to-participant messages as part of the caller's transaction: encoded as JSON text with the routing
 * properties the replicas' selectors match, stored in the transactional outbox, and published on the participant
 * topic by {@link TopicTransport} once the transaction committed. So a message leaves only if what decided it
 * committed, with one resource (PostgreSQL) in the transaction instead of a two-phase commit with the broker.
 *
 * <p>A message sent while handling a REST request (or an ack of an order that came from one) carries that request's
 * id, so that the replica logs the order under it and returns it on its acks.
 *
 * <p>A sync is stamped with the database transaction that sends it, which replicas compare with a full sync's
 * snapshot ({@link TransactionStamps}).
 */
@ApplicationScoped
public class ParticipantMessagePublisher implements ParticipantMessageSender {

    @Inject
    private ParticipantMessageCodec codec;

    @Inject
    private TransactionStamps stamps;

    @Inject
    private TransactionalOutbox outbox;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(ParticipantMessage unstamped) {
        ParticipantMessage message = stamped(unstamped);
        outbox.enqueue(new OutgoingMessage(UUID.randomUUID(), ParticipantMessageType.of(message).name(),
                message.participantId(), message.replicaId(), LogContext.get(LogKey.REQUEST_ID).orElse(null),
                codec.encode(message)));
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
