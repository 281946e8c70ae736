package dev.acmr.participant.adapter.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ExceptionListener;
import jakarta.jms.JMSException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One OpenMQ connection with auto-reconnect, and what is known about its health.
 *
 * <p>OpenMQ reports a dropped connection and its recovery through its own event listener (E201 closed, E401
 * reconnect attempt failed, E301 reconnected) and calls the JMS {@link ExceptionListener} only when it gives up,
 * which with {@code imqReconnectAttempts=-1} is never. The events drive {@link ChannelState#RECONNECTING} and, on
 * E301, {@link ChannelListener#onRestored} (the owner catches up on what it missed); the exception listener drives
 * {@link ChannelState#CLOSED} plus {@link ChannelListener#onLost}, after which the owner opens a new connection.
 */
final class BrokerConnection implements ExceptionListener {

    private static final Logger LOG = Logger.getLogger(BrokerConnection.class.getName());

    private final Connection connection;
    private final ChannelListener listener;
    private final String address;
    private volatile ChannelState state = ChannelState.CONNECTED;
    private volatile boolean closedByUs;

    // Package-private for tests, which drive onEvent without a broker.
    BrokerConnection(Connection connection, ChannelListener listener, String address) {
        this.connection = connection;
        this.listener = listener;
        this.address = address;
    }

    /** Connects (not started: create consumers first, then {@link #start()}). */
    static BrokerConnection connect(BrokerSettings settings, ChannelListener listener) throws JMSException {
        Connection connection = OpenMqClient.connectionFactory(factoryProperties(settings))
                .createConnection(settings.user(), settings.password());
        BrokerConnection broker = new BrokerConnection(connection, listener, settings.addressList());
        try {
            connection.setExceptionListener(broker);
            OpenMqClient.listenForEvents(connection, broker::onEvent);
        } catch (JMSException | RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    static Map<String, String> factoryProperties(BrokerSettings settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("imqAddressList", settings.addressList());
        properties.put("imqReconnectEnabled", "true");
        // -1: retry for ever; a participant outlives any broker restart without being redeployed.
        properties.put("imqReconnectAttempts", "-1");
        properties.put("imqReconnectInterval", Long.toString(settings.reconnectInterval().toMillis()));
        // OpenMQ's client writes the login name into JMSXUserID of every message sent, over any value set before;
        // the runtime refuses a message whose login is not the participant it names.
        properties.put("imqSetJMSXUserID", "true");
        return properties;
    }

    Connection jms() {
        return connection;
    }

    void start() throws JMSException {
        connection.start();
    }

    ChannelState state() {
        return state;
    }

    void onEvent(OpenMqClient.Event event) {
        if (closedByUs) {
            return;
        }
        switch (event.type()) {
            case "ConnectionReconnectedEvent" -> {
                state = ChannelState.CONNECTED;
                LOG.info(() -> "broker connection to " + address + " restored: " + event.message());
                listener.onRestored();
            }
            case "ConnectionClosedEvent" -> {
                state = ChannelState.RECONNECTING;
                LOG.warning(() -> "broker connection to " + address + " lost, OpenMQ reconnects: " + event.message());
            }
            case "ConnectionReconnectFailedEvent" -> {
                state = ChannelState.RECONNECTING;
                LOG.fine(() -> "broker reconnect attempt failed: " + event.message());
            }
            case "ConnectionClosingEvent" ->
                LOG.info(() -> "broker announces the connection will close: " + event.message());
            default -> LOG.fine(() -> "broker connection event " + event.code() + ": " + event.message());
        }
    }

    @Override
    public void onException(JMSException exception) {
        if (closedByUs) {
            return;
        }
        state = ChannelState.CLOSED;
        LOG.log(Level.WARNING, "broker connection to " + address + " failed for good; the adapter opens a new one",
                exception);
        listener.onLost(String.valueOf(exception.getMessage()));
    }

    void close() {
        closedByUs = true;
        state = ChannelState.CLOSED;
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "closing the broker connection", e);
        }
    }
}
