package dev.acmr.runtime.infrastructure.outbox;

import dev.acmr.runtime.metrics.MessageHopMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes committed messages on one thread per node, in the order their transactions committed on this node, and
 * removes their outbox rows in batches afterwards: one statement every {@link #DELETE_PERIOD} (or
 * {@link #DELETE_BATCH} rows), not one per transaction, which would cost the database a statement per commit. A
 * message the broker does not take stays in the outbox: the sweep of any node publishes it once it is
 * {@link OutboxSweep#STALE} old, and meanwhile this node stops trying for {@link #BACK_OFF} rather than stall on a
 * broker that is away.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final Duration BACK_OFF = Duration.ofSeconds(1);
    /** Rows removed in one statement at most; more wait for the next. */
    static final int DELETE_BATCH = 1000;
    /** How long published rows wait to be removed together: far below {@link OutboxSweep#STALE}. */
    static final Duration DELETE_PERIOD = Duration.ofMillis(250);

    private record Batch(List<OutgoingMessage> messages, long committedAtNanos) {
    }

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private MessageTransport transport;

    @Inject
    private MessageOutbox outbox;

    @Inject
    private MessageHopMetrics metrics;

    private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
    private final List<UUID> published = new ArrayList<>();
    private volatile boolean stopped;
    private Thread worker;
    private long backOffUntil;
    private long lastDelete = System.nanoTime();

    /** Queues the messages of a committed transaction; called from its completion, on the committing thread. */
    public void publish(List<OutgoingMessage> messages, long committedAtNanos) {
        ensureStarted();
        queue.add(new Batch(messages, committedAtNanos));
    }

    private synchronized void ensureStarted() {
        if (worker == null && !stopped) {
            worker = threads.newThread(this::run);
            worker.setName("acm-outbox-relay");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void run() {
        while (!stopped) {
            try {
                Batch batch = queue.poll(200, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    relay(batch);
                }
                if (published.size() >= DELETE_BATCH
                        || System.nanoTime() - lastDelete >= DELETE_PERIOD.toNanos()) {
                    removePublished();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox relay step failed; the rows stay for the sweep", e);
            }
        }
    }

    private void relay(Batch batch) {
        for (OutgoingMessage message : batch.messages()) {
            if (System.nanoTime() - backOffUntil < 0) {
                return; // the sweep publishes what is left
            }
            if (transport.send(message)) {
                published.add(message.outboxId());
            } else {
                backOffUntil = System.nanoTime() + BACK_OFF.toNanos();
                LOG.warning(() -> "The broker did not take a " + message.type() + "; it and what follows in the next "
                        + BACK_OFF.toMillis() + " ms stay in the outbox for the sweep");
                return;
            }
        }
        metrics.published(Duration.ofNanos(System.nanoTime() - batch.committedAtNanos()));
    }

    private void removePublished() {
        lastDelete = System.nanoTime();
        if (published.isEmpty()) {
            return;
        }
        List<UUID> batch = List.copyOf(published.subList(0, Math.min(published.size(), DELETE_BATCH)));
        try {
            outbox.delete(batch);
            published.subList(0, batch.size()).clear();
        } catch (RuntimeException e) {
            // Kept for the next try; if the node stops first, the sweep publishes them again (harmless).
            LOG.log(Level.FINE, "Could not remove published outbox rows yet", e);
            if (published.size() > 20 * DELETE_BATCH) {
                published.subList(0, DELETE_BATCH).clear();
            }
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        Thread running;
        synchronized (this) {
            running = worker;
        }
        if (running != null) {
            running.interrupt();
        }
    }
}
