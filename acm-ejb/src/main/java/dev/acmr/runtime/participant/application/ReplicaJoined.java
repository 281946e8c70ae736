package dev.acmr.runtime.participant.application;

import dev.acmr.runtime.participant.domain.ReplicaAddress;

/**
 * A replica registered (first start or restart). Fired synchronously in the registration's transaction, so that what
 * the replica must hold (the compositions and instances of its participant) is sent with its acknowledgement.
 */
public record ReplicaJoined(ReplicaAddress replica) {
}
