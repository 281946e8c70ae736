package dev.acmr.runtime.participant.dispatch;

import java.util.UUID;

/**
 * What one operation message is about: the entity, its kind, the order, the start phase (0 when not phased) and the
 * order's revision, which fences the answers.
 */
public record Dispatch(EntityKind kind, UUID entityId, String operation, int phase, long orderRevision) {

    /** What a dispatch is about. */
    public enum EntityKind {
        INSTANCE, COMPOSITION
    }
}
