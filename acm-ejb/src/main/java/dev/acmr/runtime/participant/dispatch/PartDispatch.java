package dev.acmr.runtime.participant.dispatch;

import java.util.Optional;
import java.util.UUID;

/**
 * One dispatch of a participant's part of an order, as the fence reads it: the id its message carried (empty for
 * dispatches recorded before ids were given), the replica it went to, whether it is still open, and how it was
 * settled (or marked) so far.
 */
public record PartDispatch(Optional<UUID> dispatchId, UUID replica, boolean open, Optional<String> outcome) {
}
