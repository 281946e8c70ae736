package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.participant.repository.DispatchRecord;
import dev.acmr.runtime.participant.repository.OpenDispatch;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Dispatch records in the API's shape. */
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

    static List<DispatchDto> toDtos(List<DispatchRecord> records) {
        return records.stream().map(DispatchLogMapper::toDto).toList();
    }

    private static DispatchDto toDto(DispatchRecord record) {
        OpenDispatch dispatch = record.dispatch();
        return new DispatchDto(dispatch.dispatch().entityId(), dispatch.dispatch().operation(),
                dispatch.dispatch().phase(), dispatch.dispatch().orderRevision(), dispatch.participant().value(),
                dispatch.replica().value(), ParticipantInformationMapper.formatLastMsg(record.dispatchedAt()),
                record.settledAt().map(ParticipantInformationMapper::formatLastMsg).orElse(null),
                dispatch.outcome());
    }
}
