package dev.acmr.runtime.infrastructure.scheduling;

import dev.acmr.runtime.composition.priming.PrimeFailoverService;
import dev.acmr.runtime.composition.priming.PrimeTimeoutService;
import dev.acmr.runtime.infrastructure.messaging.BrokerConnectivity;
import dev.acmr.runtime.infrastructure.outbox.OutboxSweep;
import dev.acmr.runtime.infrastructure.persistence.SchemaMigrator;
import dev.acmr.runtime.instance.lifecycle.InstanceFailoverService;
import dev.acmr.runtime.instance.lifecycle.InstanceTimeoutService;
import dev.acmr.runtime.metrics.DispatchMetrics;
import dev.acmr.runtime.metrics.HistogramGauges;
import dev.acmr.runtime.metrics.MetricsSampler;
import dev.acmr.runtime.metrics.SecondsHistogram;
import dev.acmr.runtime.participant.application.ParticipantSupervisionService;
import dev.acmr.runtime.participant.application.ReplicaSyncService;
import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.FailoverRound;
import dev.acmr.runtime.participant.dispatch.OrphanedWorkService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The runtime's supervision, every second, on every node: drop silent replicas, move the work of replicas that left
 * to others, send again full syncs nobody confirmed, publish outbox messages a stopped node left, and time out
 * overdue orders.
 *
 * <p>No cluster-wide lock or single-node timer is needed, and none decides correctness: every step is a conditional
 * statement judged by database time, or a decision re-checked under the entity's row lock, so running it on every
 * node at once does each piece of work once, and a node that stops takes nothing with it. Each step runs in its own
 * transaction(s), so one failing (the database is down, say) does not hold up the others; a failure is logged once
 * per outage, not every second. The cycle's duration is the histogram {@value #CYCLE_METRIC} (Prometheus
 * {@code acm_supervision_cycle_seconds_bucket}, {@code _count}, {@code _sum}, in seconds); after it, outside the
 * timed part, the gauges read from the database are refreshed ({@link MetricsSampler}).
 *
 * <p>The liveness window is MicroProfile Config {@value #WINDOW_KEY} in milliseconds, default
 * {@value #DEFAULT_WINDOW_MS} (the adapter heartbeats every second: three missed heartbeats). A replica silent for
 * longer is OFF_LINE, still listed with its incarnation, for {@value #OFF_LINE_RETENTION_KEY} more milliseconds
 * (default {@value #DEFAULT_OFF_LINE_RETENTION_MS}), then forgotten.
 *
 * <p>Silence counts only while this node can hear: while the broker is unreachable or the database fails, and for
 * the window plus {@link #HEARING_GRACE} after both are back, no replica is removed (and so no work is moved).
 * Otherwise an outage longer than the window would make every replica look silent, and the first phase dispatched
 * after it would find its participant OFFLINE although its replicas never stopped.
 *
 * <p>Nothing may escape a cycle: a timer callback that fails twice is cancelled by the container for good. So the
 * callback has no transaction of its own (bean-managed: each step's service call is its own transaction, and a
 * failing step cannot roll back the callback), and no container lock (a cycle slowed by an outage makes the next
 * ones skip, instead of queueing on the singleton's lock until they time out).
 */
@Singleton
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SupervisionSweeper {

    static final String WINDOW_KEY = "acm.participant.maxStatusWaitMs";
    static final String DEFAULT_WINDOW_MS = "3000";
    static final String OFF_LINE_RETENTION_KEY = "acm.participant.offLineRetentionMs";
    /** An hour: far beyond an order's timeout, so a replica restarting after it has no open work that still runs. */
    static final String DEFAULT_OFF_LINE_RETENTION_MS = "3600000";
    /**
     * Orphaned dispatches tried per cycle and node: bounded, so one cycle stays short; the next cycle takes the next
     * ones ({@link FailoverRound}).
     */
    static final int FAILOVER_BATCH = 50;
    /** Covers the consumers' reconnect interval (2 s) and a heartbeat interval after the broker is back. */
    static final Duration HEARING_GRACE = Duration.ofSeconds(5);

    static final String CYCLE_METRIC = "acm.supervision.cycle.seconds";

    private static final Logger LOG = Logger.getLogger(SupervisionSweeper.class.getName());

    @Inject
    @ConfigProperty(name = WINDOW_KEY, defaultValue = DEFAULT_WINDOW_MS)
    private long windowMs;

    @Inject
    @ConfigProperty(name = OFF_LINE_RETENTION_KEY, defaultValue = DEFAULT_OFF_LINE_RETENTION_MS)
    private long offLineRetentionMs;

    @Inject
    private SchemaMigrator schema;

    @Inject
    private ParticipantSupervisionService supervision;

    @Inject
    private OrphanedWorkService orphanedWork;

    @Inject
    private InstanceFailoverService instanceFailover;

    @Inject
    private PrimeFailoverService primeFailover;

    @Inject
    private ReplicaSyncService replicaSync;

    @Inject
    private PrimeTimeoutService primeTimeouts;

    @Inject
    private InstanceTimeoutService instanceTimeouts;

    @Inject
    private BrokerConnectivity broker;

    @Inject
    private OutboxSweep outboxSweep;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry metrics;

    @Inject
    private DispatchMetrics dispatchMetrics;

    @Inject
    private MetricsSampler metricsSampler;

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean();
    private final FailoverRound failoverRound = new FailoverRound(FAILOVER_BATCH);
    private Duration window;
    private SecondsHistogram cycleTime;
    /** Since when this node reaches the broker and the database without a break; null while it does not. */
    private Instant hearingSince;

    @PostConstruct
    void init() {
        if (windowMs <= 0) {
            LOG.warning(() -> WINDOW_KEY + "=" + windowMs + " is not a positive duration; using " + DEFAULT_WINDOW_MS);
            windowMs = Long.parseLong(DEFAULT_WINDOW_MS);
        }
        window = Duration.ofMillis(windowMs);
        cycleTime = HistogramGauges.register(metrics, CYCLE_METRIC,
                "Seconds one supervision cycle of this node took", new SecondsHistogram(SecondsHistogram.FAST));
        LOG.info(() -> "Participant replicas silent for more than " + windowMs + " ms are removed");
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "supervision cycle")
    void sweep() {
        if (!schema.isMigrated() || !running.compareAndSet(false, true)) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (canJudgeSilence() && !run("participant liveness sweep", () -> supervision.expireSilentReplicas(window,
                    Duration.ofMillis(Math.max(0, offLineRetentionMs))))) {
                hearingSince = null;
            }
            run("failover sweep", this::failover);
            run("full sync resend", () -> replicaSync.resendOverdue());
            run("outbox sweep", outboxSweep::publishStale);
            run("prime timeout sweep", primeTimeouts::expireOverdueOrders);
            run("instance timeout sweep", instanceTimeouts::expireOverdueOrders);
            cycleTime.record(Duration.ofNanos(System.nanoTime() - start));
            run("metrics sampling", metricsSampler::sample);
        } finally {
            running.set(false);
        }
    }

    private boolean canJudgeSilence() {
        if (!broker.reachable()) {
            hearingSince = null;
            return false;
        }
        Instant now = Instant.now();
        if (hearingSince == null) {
            hearingSince = now;
        }
        return !now.isBefore(hearingSince.plus(window).plus(HEARING_GRACE));
    }

    private void failover() {
        failoverRound.run(orphanedWork::findOrphaned, orphan -> {
            Dispatch.EntityKind kind = orphan.dispatch().kind();
            boolean moved = kind == Dispatch.EntityKind.INSTANCE
                    ? instanceFailover.failover(orphan)
                    : primeFailover.failover(orphan);
            if (moved) {
                // Each failover call is its own transaction: true means it committed.
                dispatchMetrics.failedOver(kind);
            }
            return moved;
        });
    }

    // Returns whether the step ran without failing.
    private boolean run(String name, Runnable step) {
        try {
            step.run();
            if (failing.remove(name)) {
                LOG.info(() -> name + " works again");
            }
            return true;
        } catch (RuntimeException e) {
            if (failing.add(name)) {
                LOG.log(Level.WARNING, name + " failed; retrying every second", e);
            }
            return false;
        }
    }
}
