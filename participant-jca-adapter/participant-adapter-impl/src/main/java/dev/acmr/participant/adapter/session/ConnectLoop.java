package dev.acmr.participant.adapter.session;

import dev.acmr.participant.adapter.messaging.ChannelListener;
import dev.acmr.participant.adapter.messaging.ChannelState;
import dev.acmr.participant.adapter.messaging.ProtocolChannel;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the replica's channel to the broker open: opens it on request (at start, when the connection is lost for
 * good, when a heartbeat finds it closed), trying every reconnect interval until it opens or the loop stops, and
 * tells its owner each time it opened, so that the owner can register or resynchronise.
 *
 * <p>One loop runs at a time, on the work manager: opening may wait for the broker for a long time, and must neither
 * hold a timer thread nor the messaging client's delivery thread. A channel opened while stopping is closed here,
 * because nobody else will.
 */
final class ConnectLoop {

    private static final Logger LOG = Logger.getLogger(ConnectLoop.class.getName());

    private final ProtocolChannel channel;
    private final ChannelListener listener;
    private final Duration reconnectInterval;
    private final Executor executor;
    private final Runnable onConnected;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch stopSignal = new CountDownLatch(1);

    /**
     * @param listener what the opened channel reports to
     * @param onConnected called on the loop's thread after each successful opening
     */
    ConnectLoop(ProtocolChannel channel, ChannelListener listener, Duration reconnectInterval, Executor executor,
            Runnable onConnected) {
        this.channel = channel;
        this.listener = listener;
        this.reconnectInterval = reconnectInterval;
        this.executor = executor;
        this.onConnected = onConnected;
    }

    /**
     * Where the channel stands, for a caller about to send: true if connected; if the connection is gone, a new one
     * is requested and false returned. While OpenMQ reconnects on its own, false too: a send would block until it is
     * back.
     */
    boolean isConnectedElseReconnect() {
        ChannelState state = channel.state();
        if (state == ChannelState.CLOSED) {
            request();
        }
        return state == ChannelState.CONNECTED;
    }

    /** Starts the loop on the work manager unless it runs already or has stopped. */
    void request() {
        if (stopped.get() || !connecting.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "work manager refused connecting to the broker", e);
            connecting.set(false);
        }
    }

    /** Ends a running loop at its next pause; no loop starts afterwards. */
    void stop() {
        stopped.set(true);
        stopSignal.countDown();
    }

    /** Tries to open the channel every reconnect interval until it opens or the loop stops. */
    private void run() {
        try {
            String lastFailure = null;
            while (!stopped.get()) {
                String failure = tryOpen();
                if (failure == null) {
                    break;
                }
                if (!failure.equals(lastFailure)) {
                    LOG.warning(failure + "; retrying every " + reconnectInterval.toMillis() + " ms");
                    lastFailure = failure;
                }
                stopSignal.await(reconnectInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connecting.set(false);
        }
        if (stopped.get()) {
            channel.close(); // opened while stopping: nobody else will close it
        } else if (channel.state() == ChannelState.CONNECTED) {
            onConnected.run();
        }
    }

    /** Null when the channel opened, otherwise why not. */
    private String tryOpen() {
        try {
            return channel.open(listener) ? null : "broker not reachable (" + channel + ")";
        } catch (JMSException | RuntimeException e) {
            return "cannot connect to the broker (" + channel + "): " + e;
        }
    }
}
