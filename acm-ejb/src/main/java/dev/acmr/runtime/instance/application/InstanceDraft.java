package dev.acmr.runtime.instance.application;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An instance as a client posted it (ONAP's AutomationComposition body), read but not yet checked against its
 * composition. {@code instanceId} is set for an update; {@code compositionTargetId} for a migration.
 */
public record InstanceDraft(UUID instanceId, String name, String version, UUID compositionId,
        UUID compositionTargetId, boolean precheck, String description, List<Element> elements) {

    /** One element: the client's id, the element definition it instantiates, and its properties. */
    public record Element(UUID id, ToscaIdentifier definition, String description, Map<String, Object> properties) {

        public Element {
            properties = properties == null ? Map.of() : properties;
        }
    }

    public InstanceDraft {
        elements = List.copyOf(elements);
    }

    public Optional<UUID> existingInstance() {
        return Optional.ofNullable(instanceId);
    }
}
