package dev.acmr.runtime.shared;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * An entity users give orders to and participants hold a copy of: a composition definition or an instance. It keeps
 * its {@link OrderBookkeeping} (mapped into its own table, under the same column names for every such entity) and
 * shows it the same way; only the entity itself changes it, as its orders and changes require. Its row carries an
 * optimistic lock version too, which the set-based timeout statements of the repositories also move.
 */
@MappedSuperclass
@Access(AccessType.FIELD)
public abstract class OrderedEntity {

    @Embedded
    private OrderBookkeeping bookkeeping;

    @Version
    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    protected OrderedEntity() {
        // for JPA
    }

    /** A new entity, created at {@code now}. */
    protected OrderedEntity(Instant now) {
        this.bookkeeping = new OrderBookkeeping(now);
    }

    /** When the last order or change happened (ONAP's lastMsg). */
    public Instant lastMsg() {
        return bookkeeping.lastMsg();
    }

    /** When the running order times out; empty when none runs or it stopped short. */
    public Optional<Instant> operationDeadline() {
        return bookkeeping.operationDeadline();
    }

    /** Counts the changes participants hold a copy of. */
    public long revision() {
        return bookkeeping.revision();
    }

    /** The revision the running (or last) order started at; acks name it. */
    public long orderRevision() {
        return bookkeeping.orderRevision();
    }

    /** See {@link OrderBookkeeping#syncedToEveryReplica()}: returns the revision every replica was sent before. */
    public long syncedToEveryReplica() {
        return bookkeeping.syncedToEveryReplica();
    }

    /** The books, for the entity's own orders and changes. */
    protected OrderBookkeeping bookkeeping() {
        return bookkeeping;
    }
}
