package dev.acmr.participant.adapter.participant;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.participant.adapter.messaging.ProtocolChannel;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends to the runtime for the session and the reporter alike. A message that cannot be sent is logged and
 * reported as false, never thrown: heartbeats repeat anyway, and for acks the runtime's timeout takes over, as in
 * ONAP where a failed send is only logged.
 */
final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    private final ProtocolChannel channel;

    Outbox(ProtocolChannel channel) {
        this.channel = channel;
    }

    /** Sends now; blocks while OpenMQ reconnects (callers that must not block check the channel state first). */
    boolean send(ParticipantMessage message) {
        try {
            channel.send(message);
            LOG.fine(() -> "sent " + ParticipantMessageType.of(message) + " " + message.messageId());
            return true;
        } catch (JMSException | RuntimeException e) {
            LOG.warning(() -> "could not send " + ParticipantMessageType.of(message) + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Sends on {@code executor} and waits at most {@code bound} (for the deregistration on stop: a send can block in
     * OpenMQ, and shutting down must not hang on it). Sends on the calling thread if the executor refuses.
     */
    void sendWithin(ParticipantMessage message, Executor executor, Duration bound) {
        CompletableFuture<Boolean> sent = new CompletableFuture<>();
        try {
            executor.execute(() -> sent.complete(send(message)));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "work manager refused to send " + ParticipantMessageType.of(message), e);
            send(message);
            return;
        }
        try {
            sent.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning(() -> ParticipantMessageType.of(message) + " not sent within " + bound.toMillis()
                    + " ms; going on without it");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "sending " + ParticipantMessageType.of(message) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
