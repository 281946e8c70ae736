package dev.acmr.runtime.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The time deadlines are set by: PostgreSQL's clock, the one the timeout sweeps judge them by
 * ({@code operation_deadline < now()}). A node's own clock may be off by any amount (a node 40 s slow would time out
 * every order it accepted before it could finish); the database's is the same for both nodes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DatabaseClock {

    // clock_timestamp(), not now(): now() is when the transaction began, which may be seconds before it got its row
    // lock. Seconds since the epoch, so that no JDBC time type or time zone is involved.
    private static final String NOW = "SELECT EXTRACT(EPOCH FROM clock_timestamp())";

    @PersistenceContext(unitName = "acm")
    private EntityManager entityManager;

    private final Supplier<Instant> databaseTime;

    public DatabaseClock() {
        this.databaseTime = this::query;
    }

    /** A clock that reads the database's time from {@code databaseTime} (tests). */
    DatabaseClock(Supplier<Instant> databaseTime) {
        this.databaseTime = databaseTime;
    }

    /** A clock whose "database time" comes from {@code time}: for tests of services that take deadlines from it. */
    public static DatabaseClock reading(Supplier<Instant> time) {
        return new DatabaseClock(time);
    }

    /** The database's time now. */
    public Instant now() {
        return databaseTime.get();
    }

    /** An order (or its next phase) that starts now and may take {@code timeout}: when it starts and times out. */
    public OrderTimes orderTimes(Duration timeout) {
        Instant now = now();
        return new OrderTimes(now, now.plus(timeout));
    }

    private Instant query() {
        return fromEpochSeconds(new BigDecimal(entityManager.createNativeQuery(NOW).getSingleResult().toString()));
    }

    static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        return Instant.ofEpochSecond(whole.longValueExact(), seconds.subtract(whole).movePointRight(9).longValue());
    }

    /**
     * @param startedAt the database's time when the order or phase was sent (the entity's lastMsg)
     * @param deadline when the timeout sweep marks it TIMEOUT
     */
    public record OrderTimes(Instant startedAt, Instant deadline) {
    }
}
