package dev.acmr.runtime.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * ONAP's {@code revisionId} of a definition or an instance: a UUID that is new whenever the entity changes in a way
 * participants hold a copy of. Here it is derived from the entity's id and its revision counter (a name-based UUID),
 * so it needs no column of its own, every node shows the same one, and it changes exactly when the revision does.
 */
public final class RevisionId {

    private RevisionId() {
    }

    public static UUID of(UUID entityId, long revision) {
        return UUID.nameUUIDFromBytes((entityId + "/" + revision).getBytes(StandardCharsets.UTF_8));
    }
}
