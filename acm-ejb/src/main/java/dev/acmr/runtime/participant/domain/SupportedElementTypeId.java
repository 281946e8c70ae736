package dev.acmr.runtime.participant.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one element type supported by one participant.
 *
 * <p>It is derived, not random: every runtime node that receives a registration for the same participant and type
 * computes the same id, so concurrent registrations on two nodes insert the same row instead of two.
 */
public record SupportedElementTypeId(UUID value) {

    public SupportedElementTypeId {
        Objects.requireNonNull(value, "supported element type id");
    }

    public static SupportedElementTypeId of(ParticipantId participantId, ElementType type) {
        String key = participantId.value().toString() + type.name() + type.version();
        return new SupportedElementTypeId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
