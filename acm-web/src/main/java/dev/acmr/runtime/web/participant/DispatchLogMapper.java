package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.DispatchLogEntry;
import dev.acmr.runtime.web.common.LastMsgFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Dispatch log entries in the API's shape. */
final class DispatchLogMapper {

    private DispatchLogMapper() {
    }

    /** The id as a UUID, or empty for text that is not one in canonical form (it names nothing: 404). */
    static Optional<UUID> entityId(String id) {
        try {
            UUID parsed = UUID.fromString(id);
            return parsed.toString().equalsIgnoreCase(id) ? Optional.of(parsed) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static List<DispatchDto> toDtos(List<DispatchLogEntry> entries) {
        return entries.stream().map(DispatchLogMapper::toDto).toList();
    }

    static DispatchDto toDto(DispatchLogEntry entry) {
        Dispatch dispatch = entry.dispatch();
        return new DispatchDto(dispatch.entityId(), dispatch.operation(), dispatch.phase(), dispatch.orderRevision(),
                entry.participant().value(), entry.replica().value(),
                LastMsgFormat.format(entry.dispatchedAt()),
                entry.settledAt().map(LastMsgFormat::format).orElse(null),
                entry.outcome().orElse(null));
    }
}
