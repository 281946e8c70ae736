package dev.acmr.participant.adapter;

import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.logging.LogContextHandler;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.participant.adapter.config.AdapterProperty;
import dev.acmr.participant.adapter.config.ConfigLookup;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.config.PlaceholderResolver;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.inbound.ParticipantActivationSpec;
import dev.acmr.participant.adapter.messaging.BrokerSettings;
import dev.acmr.participant.adapter.messaging.JmsProtocolChannel;
import dev.acmr.participant.adapter.session.ActiveSession;
import dev.acmr.participant.adapter.session.ParticipantSession;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The adapter: broker configuration (defaults in {@link AdapterProperty}, set in ra.xml or the server's resource
 * adapter config, placeholders allowed) and the one participant session that the participant's message-driven bean
 * starts by activating its endpoint.
 *
 * <p>One adapter instance serves exactly one participant, because the outbound connections have no way to say which
 * participant they speak for; a second activation is refused rather than silently mixed up.
 */
public class ParticipantResourceAdapter implements ResourceAdapter, ActiveSession {

    private static final Logger LOG = Logger.getLogger(ParticipantResourceAdapter.class.getName());
    /** How long stop waits for the deregistration to be sent. */
    private static final Duration DEREGISTER_WAIT = Duration.ofSeconds(2);

    private String brokerAddress = AdapterProperty.BROKER_ADDRESS.defaultValue();
    private String brokerUser = AdapterProperty.BROKER_USER.defaultValue();
    private String brokerPassword = AdapterProperty.BROKER_PASSWORD.defaultValue();
    private String reconnectIntervalMs = AdapterProperty.RECONNECT_INTERVAL_MS.defaultValue();

    private volatile BootstrapContext context;
    private volatile ParticipantMessageCodec codec;
    // Writes this replica's ids (and those of the order at hand) into every dev.acmr log record while it runs.
    private volatile LogContextHandler logContext;
    private final AtomicReference<ActiveEndpoint> active = new AtomicReference<>();

    private record ActiveEndpoint(MessageEndpointFactory factory, ParticipantSession session) {
    }

    @Override
    public void start(BootstrapContext bootstrapContext) throws ResourceAdapterInternalException {
        BrokerSettings broker = brokerSettings();
        context = bootstrapContext;
        // Built here, once: JSON-B lookup on the adapter's class loader, shared by every message (thread safe).
        codec = new ParticipantMessageCodec();
        logContext = LogContextHandler.install();
        LOG.info(() -> "acm-participant-adapter started; " + broker);
    }

    @Override
    public void stop() {
        ActiveEndpoint endpoint = active.getAndSet(null);
        if (endpoint != null) {
            endpoint.session().stop(DEREGISTER_WAIT);
        }
        LOG.info("acm-participant-adapter stopped");
        LogContextHandler handler = logContext;
        if (handler != null) {
            handler.uninstall();
            logContext = null;
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof ParticipantActivationSpec participantSpec)) {
            throw new NotSupportedException("acm-participant-adapter activates only ParticipantActivationSpec, not "
                    + spec.getClass().getName());
        }
        ParticipantSettings settings = participantSpec.toSettings(new PlaceholderResolver(ConfigLookup.ofRuntime()));
        ParticipantSession session = newSession(factory, settings);
        ActiveEndpoint endpoint = new ActiveEndpoint(factory, session);
        if (!active.compareAndSet(null, endpoint)) {
            throw new ResourceException("acm-participant-adapter already runs participant "
                    + active.get().session().settings().participantId() + "; one adapter serves exactly one "
                    + "participant (one message-driven bean), so participant " + settings.participantId()
                    + " was not activated. Deploy it on a server of its own.");
        }
        LogContextHandler handler = logContext;
        if (handler != null) {
            handler.setProcessIds(Map.of(LogKey.PARTICIPANT_ID, settings.participantId(), LogKey.REPLICA_ID,
                    settings.replicaId()));
        }
        LOG.info(() -> "activating participant " + settings.participantId() + ", replica " + settings.replicaId()
                + (settings.replicaIdStable() ? " (configured)" : " (random for this start)") + ", types "
                + settings.supportedElementTypes() + ", heartbeat " + settings.heartbeatInterval().toMillis() + " ms");
        try {
            session.start(context.createTimer());
        } catch (ResourceException | RuntimeException e) {
            active.compareAndSet(endpoint, null);
            throw e;
        }
    }

    private ParticipantSession newSession(MessageEndpointFactory factory, ParticipantSettings settings)
            throws ResourceException {
        BrokerSettings broker = brokerSettings();
        WorkManagerExecutor executor = new WorkManagerExecutor(context.getWorkManager());
        JmsProtocolChannel channel = new JmsProtocolChannel(broker, codec, settings.participantId(),
                settings.replicaId(), heartbeatTimeToLive(settings.heartbeatInterval()));
        return new ParticipantSession(settings, channel, broker.reconnectInterval(), executor,
                new EndpointDispatcher(factory, executor));
    }

    /** Ten heartbeats, at least 30 s: long enough for a busy runtime, short enough not to flood an idle queue. */
    static Duration heartbeatTimeToLive(Duration heartbeat) {
        Duration tenBeats = heartbeat.multipliedBy(10);
        Duration floor = Duration.ofSeconds(30);
        return tenBeats.compareTo(floor) < 0 ? floor : tenBeats;
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        ActiveEndpoint endpoint = active.get();
        if (endpoint != null && endpoint.factory().equals(factory) && active.compareAndSet(endpoint, null)) {
            endpoint.session().stop(DEREGISTER_WAIT);
            LogContextHandler handler = logContext;
            if (handler != null) {
                handler.setProcessIds(Map.of());
            }
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0]; // NoTransaction: nothing to recover
    }

    @Override
    public Optional<ParticipantSession> currentSession() {
        return Optional.ofNullable(active.get()).map(ActiveEndpoint::session);
    }

    private BrokerSettings brokerSettings() throws ResourceAdapterInternalException {
        PlaceholderResolver resolver = new PlaceholderResolver(ConfigLookup.ofRuntime());
        try {
            return new BrokerSettings(resolver.resolve(brokerAddress).strip(), resolver.resolve(brokerUser),
                    resolver.resolve(brokerPassword), Duration.ofMillis(Long.parseLong(
                            resolver.resolve(reconnectIntervalMs).strip())));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResourceAdapterInternalException("acm-participant-adapter broker configuration is invalid "
                    + "(brokerAddress, brokerUser, brokerPassword, reconnectIntervalMs): " + e.getMessage(), e);
        }
    }

    public String getBrokerAddress() {
        return brokerAddress;
    }

    public void setBrokerAddress(String brokerAddress) {
        this.brokerAddress = brokerAddress;
    }

    public String getBrokerUser() {
        return brokerUser;
    }

    public void setBrokerUser(String brokerUser) {
        this.brokerUser = brokerUser;
    }

    public String getBrokerPassword() {
        return brokerPassword;
    }

    public void setBrokerPassword(String brokerPassword) {
        this.brokerPassword = brokerPassword;
    }

    public String getReconnectIntervalMs() {
        return reconnectIntervalMs;
    }

    public void setReconnectIntervalMs(String reconnectIntervalMs) {
        this.reconnectIntervalMs = reconnectIntervalMs;
    }
}
