package dev.acmr.runtime.infrastructure.scheduling;

import dev.acmr.runtime.infrastructure.messaging.BrokerConnectivity;
import dev.acmr.runtime.infrastructure.persistence.SchemaMigrator;
import dev.acmr.runtime.participant.application.ParticipantSupervisionService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drops replicas that stopped heartbeating, every second, on every node.
 *
 * <p>No cluster-wide lock or single-node timer is needed: the sweep is a conditional delete judged by database time,
 * so running it on both nodes at once removes each silent replica once. The timer is non-persistent, so each node
 * has its own and none has to move when a node stops.
 *
 * <p>The window is MicroProfile Config {@value #WINDOW_KEY}, in milliseconds, default {@value #DEFAULT_WINDOW_MS}
 * (the participant adapter heartbeats every second by default, so three missed heartbeats).
 *
 * <p>Silence counts only while this node can hear: while the broker is unreachable or the database fails, and for
 * the window plus {@link #HEARING_GRACE} after both are back, nothing is removed. Otherwise a broker or database
 * outage longer than the window would make every replica look silent, and the first phase dispatched after the
 * outage would find its participant OFFLINE although its replicas never stopped (their heartbeats could not arrive).
 */
@Singleton
@DependsOn("SchemaMigrator")
public class ParticipantLivenessSweeper {

    static final String WINDOW_KEY = "acm.participant.maxStatusWaitMs";
    static final String DEFAULT_WINDOW_MS = "3000";
    /** Covers the consumers' reconnect interval (2 s) and a heartbeat interval after the broker is back. */
    static final Duration HEARING_GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(ParticipantLivenessSweeper.class.getName());

    @Inject
    @ConfigProperty(name = WINDOW_KEY, defaultValue = DEFAULT_WINDOW_MS)
    private long windowMs;

    @Inject
    private SchemaMigrator schema;

    @Inject
    private ParticipantSupervisionService supervision;

    @Inject
    private BrokerConnectivity broker;

    private Duration window;
    /** Since when this node reaches the broker and the database without a break; null while it does not. */
    private Instant hearingSince;
    private boolean failing;

    @PostConstruct
    void readWindow() {
        if (windowMs <= 0) {
            LOG.warning(() -> WINDOW_KEY + "=" + windowMs + " is not a positive duration; using " + DEFAULT_WINDOW_MS);
            windowMs = Long.parseLong(DEFAULT_WINDOW_MS);
        }
        window = Duration.ofMillis(windowMs);
        LOG.info(() -> "Participant replicas silent for more than " + windowMs + " ms are removed");
    }

    /**
     * Not transactional itself: the service call is the transaction, so a database outage fails that call, which is
     * logged here once, instead of failing the timer and making the container retry it.
     */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "participant liveness sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        if (!broker.reachable()) {
            hearingSince = null;
            return;
        }
        Instant now = Instant.now();
        if (hearingSince == null) {
            hearingSince = now;
        }
        if (now.isBefore(hearingSince.plus(window).plus(HEARING_GRACE))) {
            return;
        }
        try {
            supervision.expireSilentReplicas(window);
            recovered();
        } catch (EJBException e) {
            hearingSince = null;
            failed(e);
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.info("Participant liveness sweep works again");
        }
    }

    // Once per outage rather than every second.
    private void failed(EJBException e) {
        if (!failing) {
            failing = true;
            LOG.log(Level.WARNING, "Participant liveness sweep failed; retrying every second", e);
        }
    }
}
