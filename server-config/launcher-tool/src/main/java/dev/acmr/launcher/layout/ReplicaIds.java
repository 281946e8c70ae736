package dev.acmr.launcher.layout;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A simulator replica's id: a name-based (MD5, version 3) UUID of its participant and slot, so that a restarted
 * replica comes back as itself rather than as a stranger.
 */
public final class ReplicaIds {

    private ReplicaIds() {
    }

    /** The id of replica {@code slot} (as the launcher numbers it, from 1) of {@code participantId}. */
    public static UUID of(String participantId, String slot) {
        return UUID.nameUUIDFromBytes((participantId + "/replica-" + slot).getBytes(StandardCharsets.UTF_8));
    }
}
