package dev.acmr.participant.adapter.session;

import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantDeregisterAck;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.ParticipantRegisterAck;
import dev.acmr.messages.ParticipantStatusRequest;
import dev.acmr.messages.ParticipantSyncComplete;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.messaging.ChannelListener;
import dev.acmr.participant.adapter.messaging.ChannelState;
import dev.acmr.participant.adapter.messaging.ProtocolChannel;
import dev.acmr.participant.adapter.view.ParticipantView;
import dev.acmr.participant.api.ParticipantConnectionStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One participant replica's session with the runtime: register until acknowledged, report status every heartbeat,
 * deregister on stop, and route what the runtime sends: composition and instance orders and syncs to its
 * {@link CompositionHandler} and {@link InstanceHandler}, full-sync bookkeeping to its {@link ReplicaSync}; the
 * participant's reports go to its {@link CompositionReporter} and {@link InstanceReporter}. Keeping the broker
 * connection open is its {@link ConnectLoop}'s job.
 *
 * <p>Threads: the heartbeat, and the linger of held acks ({@link DelayedTasks}), are timed by a container timer;
 * connecting (which waits for the broker), the listener and anything sent in reaction to a message or a linger run on
 * the work manager; inbound messages arrive on the messaging client's threads and are handled without blocking them.
 */
public final class ParticipantSession implements ChannelListener {

    private static final Logger LOG = Logger.getLogger(ParticipantSession.class.getName());

    private final ParticipantSettings settings;
    private final ProtocolChannel channel;
    private final Executor executor;
    private final Outbox outbox;
    private final ParticipantMessages messages;
    private final ReplicaSync replicaSync;
    private final Registration registration;
    private final ParticipantView view;
    private final CompositionReporter compositionReports;
    private final CompositionHandler compositions;
    private final InstanceReporter instanceReports;
    private final InstanceHandler instances;
    private final ConnectLoop connectLoop;
    private final DelayedTasks delayed;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Timer heartbeatTimer;

    public ParticipantSession(ParticipantSettings settings, ProtocolChannel channel, Duration reconnectInterval,
            Executor executor, EndpointDispatcher dispatcher) {
        this(settings, channel, reconnectInterval, executor, dispatcher, Clock.systemUTC(), UUID::randomUUID);
    }

    ParticipantSession(ParticipantSettings settings, ProtocolChannel channel, Duration reconnectInterval,
            Executor executor, EndpointDispatcher dispatcher, Clock clock, Supplier<UUID> ids) {
        this.settings = settings;
        this.view = new ParticipantView(settings.participantId());
        this.channel = channel;
        this.executor = executor;
        this.outbox = new Outbox(channel);
        this.messages = new ParticipantMessages(settings, clock, ids);
        this.replicaSync = new ReplicaSync(view, messages, outbox::send, clock);
        this.registration = new Registration(settings, messages, replicaSync);
        this.compositionReports = new CompositionReporter(messages, view.compositionView(), outbox::deliver);
        this.compositions = new CompositionHandler(settings, view.compositionView(), dispatcher, compositionReports);
        this.delayed = new DelayedTasks(executor);
        this.instanceReports = new InstanceReporter(messages, view.instanceView(), outbox::deliver, delayed,
                DispatchAcks.LINGER);
        this.instances = new InstanceHandler(settings, view.instanceView(), dispatcher, instanceReports);
        this.connectLoop = new ConnectLoop(channel, this, reconnectInterval, executor, this::onConnected);
    }

    /** Starts connecting at once and the heartbeat on {@code timer}; returns without waiting for the broker. */
    public void start(Timer timer) {
        heartbeatTimer = timer;
        delayed.timeWith(timer);
        long period = settings.heartbeatInterval().toMillis();
        // Fixed delay, not fixed rate: ticks missed while blocked must not fire as a burst afterwards.
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                tick();
            }
        }, period, period);
        requestConnect();
    }

    /** One heartbeat: a register or a status if connected, a new connection if the old one is gone. */
    void tick() {
        try {
            if (stopped.get()) {
                return;
            }
            if (connectLoop.isConnectedElseReconnect()) {
                outbox.send(registration.nextHeartbeat());
                replicaSync.checkGaps();
            }
        } catch (RuntimeException e) {
            // An exception escaping a TimerTask kills the timer thread, and with it every later heartbeat.
            LOG.log(Level.WARNING, "heartbeat failed", e);
        }
    }

    @Override
    public void onMessage(ParticipantMessage message) {
        if (message instanceof ParticipantRegisterAck ack) {
            onRegisterAck(ack);
        } else if (message instanceof ParticipantPrime prime) {
            compositions.onPrime(prime);
        } else if (message instanceof ParticipantCompositionSync sync) {
            replicaSync.beforeCompositionSync(sync.compositionId(), sync.revision(), sync.previousRevision(),
                    sync.syncId());
            compositions.onSync(sync);
        } else if (message instanceof InstanceOrder order) {
            instances.onOrder(order);
        } else if (message instanceof InstanceSync sync) {
            replicaSync.beforeInstanceSync(sync.instanceId(), sync.revision(), sync.previousRevision(), sync.syncId());
            instances.onSync(sync);
        } else if (message instanceof ParticipantSyncComplete complete) {
            onSyncComplete(complete);
        } else if (message instanceof ParticipantStatusRequest) {
            // ONAP's "order a participant report": answered at once, off the messaging client's delivery thread.
            runOrSkip(() -> outbox.send(registration.nextHeartbeat()), "status on the runtime's request");
        } else if (message instanceof ParticipantDeregisterAck) {
            LOG.fine(() -> "runtime acknowledged the deregistration of replica " + settings.replicaId());
        } else {
            LOG.fine(() -> "ignored " + ParticipantMessageType.of(message) + " from the runtime");
        }
    }

    @Override
    public void onLost(String reason) {
        requestConnect();
    }

    /**
     * OpenMQ reconnected by itself (the connect loop did not run): syncs published meanwhile are lost to this
     * replica, so it asks for a full sync, off the messaging client's thread (asking is a send). Before registration
     * there is nothing to catch up on: the register's answer is a full sync.
     */
    @Override
    public void onRestored() {
        if (!stopped.get() && registration.isRegistered()) {
            runOrSkip(replicaSync::onReconnected, "a full sync request after a reconnect");
        }
    }

    // Confirmed off the messaging client's delivery thread: the confirmation is a send.
    private void onSyncComplete(ParticipantSyncComplete complete) {
        if (settings.replicaId().equals(complete.replicaId())) {
            runOrSkip(() -> replicaSync.onComplete(complete), "completing a full sync");
        }
    }

    private void onRegisterAck(ParticipantRegisterAck ack) {
        if (!registration.acknowledge(ack)) {
            return;
        }
        LOG.info(() -> "participant " + settings.participantId() + " replica " + settings.replicaId()
                + " registered with the runtime");
        // Report a status at once (as ONAP does), off the messaging client's delivery thread.
        runOrSkip(() -> outbox.send(registration.nextHeartbeat()), "status after registration");
    }

    /** Starts the connect loop unless it runs already. */
    void requestConnect() {
        if (!stopped.get()) {
            connectLoop.request();
        }
    }

    /** The channel opened: register (or resynchronise, if registered before) at once, not at the next tick. */
    private void onConnected() {
        LOG.info(() -> "participant " + settings.participantId() + " replica " + settings.replicaId()
                + " connected (" + channel + ")" + (registration.isRegistered() ? "" : "; registering"));
        if (registration.isRegistered()) {
            replicaSync.onReconnected();
        }
        outbox.send(registration.nextHeartbeat());
    }

    private boolean runOrSkip(Runnable task, String what) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "work manager refused " + what, e);
            return false;
        }
    }

    /** Deregisters (best effort, waiting at most {@code bound}) and closes. Later calls do nothing. */
    public void stop(Duration bound) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        connectLoop.stop();
        delayed.timeWith(null);
        // Acks held for their dispatch's siblings go before the session closes, retried as any report while the
        // connection is up; with none, each is tried once.
        if (channel.state() != ChannelState.CONNECTED) {
            outbox.close();
        }
        instanceReports.sendHeld();
        outbox.close();
        Timer timer = heartbeatTimer;
        if (timer != null) {
            timer.cancel();
        }
        if (channel.state() == ChannelState.CONNECTED) {
            outbox.sendWithin(messages.deregister(), executor, bound);
        }
        channel.close();
        LOG.info(() -> "participant " + settings.participantId() + " replica " + settings.replicaId() + " stopped");
    }

    public ParticipantConnectionStatus status() {
        return new ParticipantConnectionStatus(settings.participantId(), settings.replicaId(),
                channel.state() == ChannelState.CONNECTED, registration.isRegistered());
    }

    public ParticipantSettings settings() {
        return settings;
    }

    public ParticipantView view() {
        return view;
    }

    /** Where the intermediary's composition reports go. */
    public CompositionReporter compositionReports() {
        return compositionReports;
    }

    /** Where the intermediary's instance reports go. */
    public InstanceReporter instanceReports() {
        return instanceReports;
    }
}
