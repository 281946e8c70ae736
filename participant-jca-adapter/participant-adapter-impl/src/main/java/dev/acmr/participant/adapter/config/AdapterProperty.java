package dev.acmr.participant.adapter.config;

/**
 * Every configuration property of the adapter, each with its one default and its description: the resource
 * adapter's own (broker address and login, reconnect interval) and the activation properties of a participant's
 * message-driven bean. The adapter's beans initialise their fields from here, and {@code ra.xml} declares the
 * properties with these descriptions but without values, so a default applies unless a deployment sets the property
 * (the container calls no setter for a property without a value). Any value may be a {@code ${key:default}}
 * placeholder; a default may be one too.
 */
public enum AdapterProperty {

    BROKER_ADDRESS(Scope.RESOURCE_ADAPTER, "brokerAddress", "${acm.broker.address:127.0.0.1:7676}",
            "OpenMQ imqAddressList of the broker the ACM runtime uses (host:port[,host:port...] or mq://host:port/). "
            + "May be a ${key:default} placeholder resolved through MicroProfile Config, system properties or "
            + "environment variables; the default reads system property or MP Config key acm.broker.address (env "
            + "ACM_BROKER_ADDRESS) and falls back to 127.0.0.1:7676."),
    BROKER_USER(Scope.RESOURCE_ADAPTER, "brokerUser", "${acm.broker.user:guest}",
            "Broker user name: the participant's own login, participant-<participantId> on a stack started by ./acm. "
            + "Placeholders allowed; the default reads acm.broker.user (env ACM_BROKER_USER), else OpenMQ's guest."),
    BROKER_PASSWORD(Scope.RESOURCE_ADAPTER, "brokerPassword", "${acm.broker.password:guest}",
            "Broker password. Placeholders allowed; the default reads acm.broker.password (env ACM_BROKER_PASSWORD), "
            + "never give it as a system property (visible in the process's arguments)."),
    RECONNECT_INTERVAL_MS(Scope.RESOURCE_ADAPTER, "reconnectIntervalMs", "1000",
            "Milliseconds between connection attempts while the broker is unreachable (OpenMQ's imqReconnectInterval "
            + "and the adapter's own re-create loop). Placeholders allowed."),

    PARTICIPANT_ID(Scope.ACTIVATION, "participantId", null,
            "The participant's UUID, shared by all its replicas. Placeholders allowed, e.g. ${participant.id}."),
    SUPPORTED_ELEMENT_TYPES(Scope.ACTIVATION, "supportedElementTypes", null,
            "Element types the participant runs: NAME:VERSION[,NAME:VERSION...]. Placeholders allowed."),
    REPLICA_ID(Scope.ACTIVATION, "replicaId", "",
            "A stable replica UUID kept across restarts; empty draws a random one at each start. Placeholders "
            + "allowed."),
    HEARTBEAT_INTERVAL_MS(Scope.ACTIVATION, "heartbeatIntervalMs", "1000",
            "Milliseconds between heartbeats (register until acknowledged, then status); empty means the default, "
            + "1000. Placeholders allowed.");

    /** Whose property it is: the resource adapter's (one per deployment) or a participant endpoint's activation. */
    public enum Scope {
        RESOURCE_ADAPTER,
        ACTIVATION
    }

    private final Scope scope;
    private final String propertyName;
    private final String defaultValue;
    private final String description;

    AdapterProperty(Scope scope, String propertyName, String defaultValue, String description) {
        this.scope = scope;
        this.propertyName = propertyName;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public Scope scope() {
        return scope;
    }

    /** The JavaBean property name, as in ra.xml and in an activation config. */
    public String propertyName() {
        return propertyName;
    }

    /** The value that applies when none is configured; null for a required property. */
    public String defaultValue() {
        return defaultValue;
    }

    public boolean required() {
        return defaultValue == null;
    }

    public String description() {
        return description;
    }
}
