package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.participant.application.ParticipantOverview;
import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantReplica;
import dev.acmr.runtime.participant.domain.ParticipantSupportedElementType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns participants into ONAP's JSON shape.
 *
 * <p>Everything is ordered (types by name and version, replicas by registration) and times have a fixed precision,
 * so that two nodes reading the same rows answer byte for byte the same.
 */
@ApplicationScoped
public class ParticipantInformationMapper {

    // Fixed to milliseconds: Instant.toString would drop trailing zeros and print the database's microseconds.
    private static final DateTimeFormatter LAST_MSG =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Keeps the order of the list, which is the query's. */
    public List<ParticipantInformation> toInformation(List<ParticipantOverview> participants) {
        return participants.stream().map(this::toInformation).toList();
    }

    public ParticipantInformation toInformation(ParticipantOverview overview) {
        return new ParticipantInformation(toDto(overview), Map.of(), Map.of());
    }

    private ParticipantDto toDto(ParticipantOverview overview) {
        Participant participant = overview.participant();
        return new ParticipantDto(participant.id().value(), supportedTypes(participant), replicas(overview));
    }

    private static Map<String, SupportedElementTypeDto> supportedTypes(Participant participant) {
        Map<String, SupportedElementTypeDto> types = new LinkedHashMap<>();
        for (ParticipantSupportedElementType type : participant.supportedElementTypes()) {
            types.put(type.id().toString(), new SupportedElementTypeDto(type.id().value(),
                    type.elementType().name(), type.elementType().version()));
        }
        return types;
    }

    private static Map<String, ParticipantReplicaDto> replicas(ParticipantOverview overview) {
        Map<String, ParticipantReplicaDto> replicas = new LinkedHashMap<>();
        for (ParticipantReplica replica : overview.participant().replicasInRegistrationOrder()) {
            boolean drained = overview.isDrained(replica);
            replicas.put(replica.id().toString(), new ParticipantReplicaDto(replica.id().value(),
                    replica.state().name(), formatLastMsg(replica.lastMsg()), replica.isSynced(), drained,
                    replica.isSynced() && !drained, overview.inFlightOf(replica), replica.heldCount(),
                    replica.heldRevision(), overview.holdings().revisionSum(), overview.lagOf(replica)));
        }
        return replicas;
    }

    /** The text form of a lastMsg time, shared by every lastMsg the API shows. */
    public static String formatLastMsg(Instant lastMsg) {
        return LAST_MSG.format(lastMsg);
    }
}
