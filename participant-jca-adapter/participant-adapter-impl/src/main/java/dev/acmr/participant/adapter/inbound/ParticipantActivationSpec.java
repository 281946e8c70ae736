package dev.acmr.participant.adapter.inbound;

import dev.acmr.messages.SupportedElementType;
import dev.acmr.participant.adapter.config.AdapterProperty;
import dev.acmr.participant.adapter.config.ConfigLookup;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.config.PlaceholderResolver;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The activation properties of a participant's message-driven bean; what each means and defaults to is
 * {@link AdapterProperty}'s (scope ACTIVATION).
 *
 * <p>Every property is a String, even the interval, because any of them may be a {@code ${key:default}}
 * placeholder that the container would fail to convert to a number. Placeholders are resolved, and the values
 * checked, only in {@link #validate()} and {@link #toSettings}, so the container may set them in any order.
 */
public class ParticipantActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;
    private String participantId;
    private String supportedElementTypes;
    private String replicaId = AdapterProperty.REPLICA_ID.defaultValue();
    private String heartbeatIntervalMs = AdapterProperty.HEARTBEAT_INTERVAL_MS.defaultValue();

    @Override
    public void validate() throws InvalidPropertyException {
        toSettings(new PlaceholderResolver(ConfigLookup.ofRuntime()));
    }

    /**
     * Resolves and checks every property. A replica id left empty is drawn at random, so each call (each start)
     * gives a new replica, as ONAP does; configure one to keep the identity across restarts.
     */
    public ParticipantSettings toSettings(PlaceholderResolver resolver) throws InvalidPropertyException {
        UUID participant = uuid("participantId", resolve(resolver, "participantId", participantId), true);
        UUID replica = uuid("replicaId", resolve(resolver, "replicaId", replicaId), false);
        List<SupportedElementType> types = types(resolve(resolver, "supportedElementTypes", supportedElementTypes));
        Duration heartbeat = heartbeat(resolve(resolver, "heartbeatIntervalMs", heartbeatIntervalMs));
        return new ParticipantSettings(participant, replica == null ? UUID.randomUUID() : replica, replica != null,
                types, heartbeat);
    }

    private static String resolve(PlaceholderResolver resolver, String property, String value)
            throws InvalidPropertyException {
        try {
            String resolved = resolver.resolve(value);
            return resolved == null ? null : resolved.strip();
        } catch (IllegalArgumentException e) {
            throw invalid(property, e.getMessage());
        }
    }

    private static UUID uuid(String property, String value, boolean required) throws InvalidPropertyException {
        if (value == null || value.isEmpty()) {
            if (required) {
                throw invalid(property, "is required (a UUID, e.g. ${participant.id})");
            }
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(property, "'" + value + "' is not a UUID");
        }
    }

    private static List<SupportedElementType> types(String value) throws InvalidPropertyException {
        List<SupportedElementType> types;
        try {
            types = SupportedElementType.parseList(value);
        } catch (IllegalArgumentException e) {
            throw invalid("supportedElementTypes", e.getMessage());
        }
        if (types.isEmpty()) {
            throw invalid("supportedElementTypes", "is required: NAME:VERSION[,NAME:VERSION...]");
        }
        return types;
    }

    private static Duration heartbeat(String value) throws InvalidPropertyException {
        String text = value == null || value.isEmpty() ? AdapterProperty.HEARTBEAT_INTERVAL_MS.defaultValue()
                : value;
        try {
            long millis = Long.parseLong(text);
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw invalid("heartbeatIntervalMs", "'" + text + "' is not a positive number of milliseconds");
    }

    private static InvalidPropertyException invalid(String property, String problem) {
        return new InvalidPropertyException("acm-participant-adapter activation property " + property + " "
                + problem);
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        this.resourceAdapter = resourceAdapter;
    }

    public String getParticipantId() {
        return participantId;
    }

    public void setParticipantId(String participantId) {
        this.participantId = participantId;
    }

    public String getSupportedElementTypes() {
        return supportedElementTypes;
    }

    public void setSupportedElementTypes(String supportedElementTypes) {
        this.supportedElementTypes = supportedElementTypes;
    }

    public String getReplicaId() {
        return replicaId;
    }

    public void setReplicaId(String replicaId) {
        this.replicaId = replicaId;
    }

    public String getHeartbeatIntervalMs() {
        return heartbeatIntervalMs;
    }

    public void setHeartbeatIntervalMs(String heartbeatIntervalMs) {
        this.heartbeatIntervalMs = heartbeatIntervalMs;
    }

    @Override
    public String toString() {
        return "ParticipantActivationSpec[participantId=" + participantId + ", supportedElementTypes="
                + supportedElementTypes + ", replicaId=" + replicaId + ", heartbeatIntervalMs="
                + heartbeatIntervalMs + "]";
    }
}
