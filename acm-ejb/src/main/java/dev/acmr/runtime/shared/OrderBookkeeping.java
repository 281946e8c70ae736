package dev.acmr.runtime.shared;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The books an entity that takes orders and is copied to every replica keeps about them, the same for composition
 * definitions and instances: when it last changed (ONAP's lastMsg), when the running order times out, its revision
 * (counting the changes participants hold a copy of), the revision the running order started at (participants echo
 * it in their acks, so a late answer to an earlier order is told apart), and the revision last sent to every
 * replica (a sync names it, so a replica that missed one can tell).
 *
 * <p>Embedded in both entities' tables under the same column names. What an order does to the entity's states is
 * the entity's business; this class only counts and times.
 */
@Embeddable
@Access(AccessType.FIELD)
public class OrderBookkeeping {

    @Column(name = "last_msg", nullable = false)
    private Instant lastMsg;

    @Column(name = "operation_deadline")
    private Instant operationDeadline;

    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "order_revision", nullable = false)
    private long orderRevision;

    @Column(name = "synced_revision", nullable = false)
    private long syncedRevision;

    protected OrderBookkeeping() {
        // for JPA
    }

    /** The books of a new entity, created at {@code now}: revision 1, no order yet, nothing synced. */
    public OrderBookkeeping(Instant now) {
        this.revision = 1;
        this.lastMsg = Objects.requireNonNull(now, "time");
    }

    /** When the last order or change happened (ONAP's lastMsg). */
    public Instant lastMsg() {
        return lastMsg;
    }

    /** When the running order times out; empty when none runs or it stopped short. */
    public Optional<Instant> operationDeadline() {
        return Optional.ofNullable(operationDeadline);
    }

    public long revision() {
        return revision;
    }

    /** The revision the running (or last) order started at; acks name it. */
    public long orderRevision() {
        return orderRevision;
    }

    /** ONAP's revisionId of the entity {@code entityId}: new with every revision. */
    public UUID revisionId(UUID entityId) {
        return RevisionId.of(entityId, revision);
    }

    /**
     * Notes that every replica is sent the current revision now; returns the revision sent to every replica before,
     * which the sync names so that a replica that missed it can tell.
     */
    public long syncedToEveryReplica() {
        long previous = syncedRevision;
        syncedRevision = revision;
        return previous;
    }

    /** Records that something happened to the entity at {@code at}. */
    public void touch(Instant at) {
        this.lastMsg = Objects.requireNonNull(at, "time");
    }

    /** Counts a change participants hold a copy of. */
    public void revise() {
        revision++;
    }

    /** Counts a change participants hold a copy of, made at {@code now}. */
    public void revise(Instant now) {
        revise();
        touch(now);
    }

    /** An order starts at {@code now}: a new revision, which the order's acks will name, and its deadline. */
    public void startOrder(Instant now, Instant deadline) {
        this.operationDeadline = deadline;
        revision++;
        orderRevision = revision;
        touch(now);
    }

    /** The running order now times out at {@code deadline}. */
    public void deadline(Instant deadline) {
        this.operationDeadline = deadline;
    }

    /** The running order no longer times out: it ended, or stopped short. */
    public void clearDeadline() {
        this.operationDeadline = null;
    }

    @Override
    public String toString() {
        return "OrderBookkeeping[revision " + revision + ", order " + orderRevision + ", synced " + syncedRevision
                + ", lastMsg " + lastMsg + ", deadline " + operationDeadline + "]";
    }
}
