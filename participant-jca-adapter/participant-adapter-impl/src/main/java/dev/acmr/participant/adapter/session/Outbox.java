package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.participant.adapter.messaging.ChannelState;
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
 * Sends to the runtime for the session and the reporters. A message that cannot be sent is never thrown. Heartbeats
 * and sync requests are sent once ({@link #send}): they repeat anyway. Reports (acks and infos) are retried while the
 * connection is only interrupted ({@link #deliver}): a report lost in a broker blip would otherwise leave its order
 * waiting for the runtime's timeout, and the runtime handles a report that arrives twice (its handlers are
 * idempotent). With no connection at all (never opened, or given up) a report is sent once, as ONAP's participant
 * does: the runtime's timeout and the replica's full sync on reconnection take over.
 */
final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** How long a report is retried while the broker is unreachable; past it the runtime's timeout takes over. */
    static final Duration REPORT_PATIENCE = Duration.ofMinutes(2);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final ProtocolChannel channel;
    private final Duration patience;
    private final Duration pause;
    private volatile boolean closed;

    Outbox(ProtocolChannel channel) {
        this(channel, REPORT_PATIENCE, RETRY_PAUSE);
    }

    Outbox(ProtocolChannel channel, Duration patience, Duration pause) {
        this.channel = channel;
        this.patience = patience;
        this.pause = pause;
    }

    /**
     * Sends a report, retrying on the calling thread every {@code pause} while the broker does not take it and the
     * connection is being restored, for at most {@code patience}; gives up at once when there is no connection to
     * restore, the outbox is closed (the session stops) or the thread is interrupted.
     *
     * @return whether it was sent
     */
    boolean deliver(ParticipantMessage message) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (int attempt = 1; ; attempt++) {
            if (send(message)) {
                if (attempt > 1) {
                    int attempts = attempt;
                    LOG.info(() -> ParticipantMessageType.of(message) + " " + message.messageId() + " sent at attempt "
                            + attempts);
                }
                return true;
            }
            if (closed || channel.state() == ChannelState.CLOSED || System.nanoTime() - deadline > 0) {
                LOG.warning(() -> "gave up sending " + ParticipantMessageType.of(message) + " " + message.messageId()
                        + (closed ? ": the session stopped" : channel.state() == ChannelState.CLOSED
                                ? ": no connection to the broker" : " after " + patience.toMillis() + " ms"));
                return false;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** No more retries: the session stops. */
    void close() {
        closed = true;
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
