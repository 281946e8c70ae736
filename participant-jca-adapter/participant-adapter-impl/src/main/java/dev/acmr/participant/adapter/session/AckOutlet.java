package dev.acmr.participant.adapter.session;

import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.logging.LogContext;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Where the {@link InstanceReporter}'s acks leave for the runtime: each at once, or, for a batching outlet, held with
 * the other acks of its dispatch ({@link DispatchAcks}) and sent with them. Whatever is sent goes under the
 * reporter's lock, so that reports leave in the order they were numbered, and under the log context of the instance
 * it concerns, so that it carries the request id of the order it answers.
 */
final class AckOutlet {

    private final Predicate<ParticipantMessage> sender;
    private final Object reporting;
    private final OrderRequestIds requestIds;
    /** Null when every ack goes alone. */
    private final DispatchAcks dispatchAcks;

    /**
     * @param reporting the reporter's lock, held while reports are numbered and sent
     * @param scheduler times the linger of a partial batch; null sends every ack alone, at once
     */
    AckOutlet(Predicate<ParticipantMessage> sender, Object reporting, OrderRequestIds requestIds,
            ParticipantMessages messages, DispatchAcks.Scheduler scheduler, Duration linger) {
        this.sender = sender;
        this.reporting = reporting;
        this.requestIds = requestIds;
        this.dispatchAcks = scheduler == null ? null
                : new DispatchAcks(scheduler, linger, messages::elementAcks, this::lingerOver);
    }

    /** An order of that dispatch lists these elements (see {@link DispatchAcks#expect}). */
    void expect(UUID instanceId, UUID dispatchId, Collection<UUID> elementIds) {
        if (dispatchAcks != null) {
            dispatchAcks.expect(instanceId, dispatchId, elementIds);
        }
    }

    /** The ack just numbered, under the reporter's lock and its instance's log context: sent now or held. */
    void acked(InstanceElementAck ack) {
        if (dispatchAcks == null) {
            sender.test(ack);
            return;
        }
        dispatchAcks.add(ack).forEach(sender::test);
    }

    /** The instance is gone from this replica (under the reporter's lock): what its dispatches hold goes now. */
    void instanceGone(UUID instanceId) {
        if (dispatchAcks != null) {
            sendAll(dispatchAcks.releaseInstance(instanceId));
        }
    }

    /** Sends every ack held (the session stops); each through the sender, with its retries. */
    void sendHeld() {
        if (dispatchAcks != null) {
            synchronized (reporting) {
                sendAll(dispatchAcks.releaseAll());
            }
        }
    }

    // On the scheduler's thread, when a partial batch has waited long enough.
    private void lingerOver(UUID dispatchId) {
        synchronized (reporting) {
            sendAll(dispatchAcks.lingered(dispatchId));
        }
    }

    private void sendAll(List<ParticipantMessage> reports) {
        for (ParticipantMessage report : reports) {
            UUID instanceId = report instanceof InstanceElementAcks acks ? acks.instanceId()
                    : ((InstanceElementAck) report).instanceId();
            try (LogContext.Scope scope = requestIds.reporting(instanceId)) {
                sender.test(report);
            }
        }
    }
}
