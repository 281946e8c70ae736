package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An element of a new instance, checked against its composition: the client's id, the element definition, the
 * participant its composition element is bound to, and the start phase that composition element gives it.
 */
public record NewInstanceElement(UUID id, ToscaIdentifier definition, ParticipantId participant, int startPhase,
        String description, Map<String, Object> properties) {

    public NewInstanceElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(participant, "participant");
        properties = properties == null ? Map.of() : properties;
    }
}
