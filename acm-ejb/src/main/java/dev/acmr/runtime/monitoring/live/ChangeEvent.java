package dev.acmr.runtime.monitoring.live;

import java.util.Objects;
import java.util.UUID;

/**
 * One committed change: a composition (id = compositionId), an instance (id = instanceId, with its compositionId)
 * or a participant (id = participantId, with the replica when one is concerned). Ids only: a screen reads the state
 * itself, so a notice can never show something the API would not.
 *
 * @param related the composition of an instance, the replica of a participant, or null
 */
public record ChangeEvent(ChangeKind kind, UUID id, UUID related) {

    public ChangeEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The notice as one line of JSON: {@code {"kind":"instance","id":...,"compositionId":...}}. Written by hand, as
     * it holds only an enum name and UUIDs, which need no escaping.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"kind\":\"").append(kind.wireName())
                .append("\",\"id\":\"").append(id).append('"');
        if (related != null) {
            json.append(",\"").append(kind == ChangeKind.PARTICIPANT ? "replicaId" : "compositionId")
                    .append("\":\"").append(related).append('"');
        }
        return json.append('}').toString();
    }
}
