package dev.acmr.participant.adapter.session;

import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Holds the acks of the elements of one dispatch (one instance order sent to this replica) until every element the
 * order listed has reported, so that they reach the runtime as one {@link dev.acmr.messages.InstanceElementAcks}: the
 * runtime then locks the instance once for all of them instead of once per element.
 *
 * <p>What is not held: a FAILED ack goes at once, with whatever its dispatch holds (the user waits for the failure);
 * an ack of no known dispatch (no dispatch id: an older runtime; or an element the dispatch did not list) goes at
 * once, alone, as an {@link InstanceElementAck}. A dispatch whose other elements are slow does not hold the reports
 * of the quick ones for long either: the first ack held starts a {@link #LINGER}, at whose end what is held goes.
 *
 * <p>Acks leave in the order they were added, which is the order of their report sequence (the reporter numbers and
 * adds them under one lock). Thread safe; what it returns is the caller's to send, in the order returned.
 */
final class DispatchAcks {

    /**
     * How long a partial batch is held before it goes anyway: long enough for the elements of one dispatch that the
     * listener finishes together to travel together, short enough that a slow element's siblings are reported
     * promptly.
     */
    static final Duration LINGER = Duration.ofMillis(20);

    /** Runs a task once after a delay, off the caller's thread. */
    @FunctionalInterface
    interface Scheduler {
        void after(Duration delay, Runnable task);
    }

    /** The acks of one dispatch: the elements still awaited, and what is held of those that reported. */
    private static final class Pending {
        private final UUID instanceId;
        private final Set<UUID> awaited;
        private final List<InstanceElementAck> held = new ArrayList<>();

        private Pending(UUID instanceId, Collection<UUID> elementIds) {
            this.instanceId = instanceId;
            this.awaited = new LinkedHashSet<>(elementIds);
        }
    }

    private final Scheduler scheduler;
    private final Duration linger;
    private final Function<List<InstanceElementAck>, ParticipantMessage> batchOf;
    private final Consumer<UUID> lingerOver;
    private final Map<UUID, Pending> byDispatch = new LinkedHashMap<>();

    /**
     * @param batchOf builds the message carrying the acks of one dispatch
     * @param lingerOver called (on the scheduler's thread) with the dispatch id when a linger ends; it is expected
     *        to send what {@link #lingered} returns
     */
    DispatchAcks(Scheduler scheduler, Duration linger, Function<List<InstanceElementAck>, ParticipantMessage> batchOf,
            Consumer<UUID> lingerOver) {
        this.scheduler = scheduler;
        this.linger = linger;
        this.batchOf = batchOf;
        this.lingerOver = lingerOver;
    }

    /**
     * An order of dispatch {@code dispatchId} lists these elements of the instance: their acks are held until all of
     * them reported. An element listed by an earlier dispatch of this replica answers this one from now on (its ack
     * names this dispatch), so the earlier one stops awaiting it. A null dispatch id (an older runtime) holds nothing.
     */
    synchronized void expect(UUID instanceId, UUID dispatchId, Collection<UUID> elementIds) {
        if (elementIds.isEmpty()) {
            return;
        }
        byDispatch.values().removeIf(pending -> {
            if (pending.instanceId.equals(instanceId)) {
                pending.awaited.removeAll(elementIds);
            }
            // one that holds acks keeps its linger, which sends them
            return pending.awaited.isEmpty() && pending.held.isEmpty();
        });
        if (dispatchId == null) {
            return;
        }
        byDispatch.computeIfAbsent(dispatchId, key -> new Pending(instanceId, List.of()))
                .awaited.addAll(elementIds);
    }

    /** The ack just reported: returns what must be sent now (nothing while it is held). */
    synchronized List<ParticipantMessage> add(InstanceElementAck ack) {
        Pending pending = ack.dispatchId() == null ? null : byDispatch.get(ack.dispatchId());
        if (pending == null || !pending.instanceId.equals(ack.instanceId())
                || !pending.awaited.remove(ack.elementId())) {
            return List.of(ack);
        }
        pending.held.add(ack);
        if (pending.awaited.isEmpty() || ack.result() == OperationResult.FAILED) {
            return List.of(release(ack.dispatchId(), pending));
        }
        if (pending.held.size() == 1) {
            UUID dispatchId = ack.dispatchId();
            scheduler.after(linger, () -> lingerOver.accept(dispatchId));
        }
        return List.of();
    }

    /**
     * What dispatch {@code dispatchId} holds when a linger ends; empty if it was sent meanwhile. (A linger started
     * for acks that went meanwhile may send a later partial batch of the same dispatch early: harmless.)
     */
    synchronized List<ParticipantMessage> lingered(UUID dispatchId) {
        Pending pending = byDispatch.get(dispatchId);
        if (pending == null || pending.held.isEmpty()) {
            return List.of();
        }
        return List.of(release(dispatchId, pending));
    }

    /** Everything held, one message per dispatch (the session stops, or the instance is gone). */
    synchronized List<ParticipantMessage> releaseAll() {
        List<ParticipantMessage> due = new ArrayList<>();
        for (UUID dispatchId : List.copyOf(byDispatch.keySet())) {
            Pending pending = byDispatch.get(dispatchId);
            if (!pending.held.isEmpty()) {
                due.add(release(dispatchId, pending));
            }
        }
        byDispatch.clear();
        return due;
    }

    /** What the instance's dispatches hold, and forgets them: the instance is gone from this replica. */
    synchronized List<ParticipantMessage> releaseInstance(UUID instanceId) {
        List<ParticipantMessage> due = new ArrayList<>();
        byDispatch.entrySet().removeIf(entry -> {
            if (!entry.getValue().instanceId.equals(instanceId)) {
                return false;
            }
            if (!entry.getValue().held.isEmpty()) {
                due.add(batchOf.apply(List.copyOf(entry.getValue().held)));
            }
            return true;
        });
        return due;
    }

    /** How many dispatches are awaited or held (for tests: nothing must stay behind). */
    synchronized int pendingCount() {
        return byDispatch.size();
    }

    private ParticipantMessage release(UUID dispatchId, Pending pending) {
        ParticipantMessage batch = batchOf.apply(List.copyOf(pending.held));
        pending.held.clear();
        if (pending.awaited.isEmpty()) {
            byDispatch.remove(dispatchId);
        }
        return batch;
    }
}
