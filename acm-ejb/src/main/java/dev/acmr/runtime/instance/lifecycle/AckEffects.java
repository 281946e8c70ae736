package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.participant.domain.ParticipantId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the acks applied to one locked instance lead to, collected while they are applied and done once afterwards
 * ({@link AckApplier#moveOn}): whether the order may move on (an element finished, reached a stage or was deleted),
 * and whether every replica's copy must be synced (a failure; a deletion that left a participant with no element of
 * the instance, whose replicas are then told to drop it). Not thread safe: one per transaction.
 */
final class AckEffects {

    private boolean advances;
    private boolean syncs;
    private final Set<ParticipantId> formerParticipants = new LinkedHashSet<>();

    /** An element finished, reached a stage or was deleted: the order may move on. */
    void advance() {
        advances = true;
    }

    /** Every replica's copy must be synced. */
    void sync() {
        syncs = true;
    }

    /** Every replica's copy must be synced, and {@code participant}, which runs no element any more, dropped. */
    void syncDroppingFor(ParticipantId participant) {
        syncs = true;
        formerParticipants.add(participant);
    }

    boolean advances() {
        return advances;
    }

    boolean syncs() {
        return syncs;
    }

    Set<ParticipantId> formerParticipants() {
        return Collections.unmodifiableSet(formerParticipants);
    }
}
