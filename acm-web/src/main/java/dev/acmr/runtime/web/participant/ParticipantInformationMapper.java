package dev.acmr.runtime.web.participant;

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
    public List<ParticipantInformation> toInformation(List<Participant> participants) {
        return participants.stream().map(this::toInformation).toList();
    }

    public ParticipantInformation toInformation(Participant participant) {
        return new ParticipantInformation(toDto(participant), Map.of(), Map.of());
    }

    private ParticipantDto toDto(Participant participant) {
        return new ParticipantDto(participant.id().value(), supportedTypes(participant), replicas(participant));
    }

    private static Map<String, SupportedElementTypeDto> supportedTypes(Participant participant) {
        Map<String, SupportedElementTypeDto> types = new LinkedHashMap<>();
        for (ParticipantSupportedElementType type : participant.supportedElementTypes()) {
            types.put(type.id().toString(), new SupportedElementTypeDto(type.id().value(),
                    type.elementType().name(), type.elementType().version()));
        }
        return types;
    }

    private static Map<String, ParticipantReplicaDto> replicas(Participant participant) {
        Map<String, ParticipantReplicaDto> replicas = new LinkedHashMap<>();
        for (ParticipantReplica replica : participant.replicasInRegistrationOrder()) {
            replicas.put(replica.id().toString(), new ParticipantReplicaDto(replica.id().value(),
                    replica.state().name(), formatLastMsg(replica.lastMsg())));
        }
        return replicas;
    }

    /** The text form of a lastMsg time, shared by every lastMsg the API shows. */
    public static String formatLastMsg(Instant lastMsg) {
        return LAST_MSG.format(lastMsg);
    }
}
