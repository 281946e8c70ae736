package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.monitoring.ParticipantElements;
import dev.acmr.runtime.participant.application.ParticipantOverview;
import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ParticipantReplica;
import dev.acmr.runtime.participant.domain.ParticipantSupportedElementType;
import dev.acmr.runtime.web.composition.CompositionDefinitionMapper;
import dev.acmr.runtime.web.composition.NodeTemplateStateDto;
import dev.acmr.runtime.web.instance.AutomationCompositionElementDto;
import dev.acmr.runtime.web.instance.InstanceMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns participants into ONAP's JSON shape.
 *
 * <p>Everything is ordered (types by name and version, replicas by registration) and times have a fixed precision,
 * so that two nodes reading the same rows answer byte for byte the same.
 */
@ApplicationScoped
public class ParticipantInformationMapper {

    private static final DateTimeFormatter LAST_MSG_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Keeps the order of the list, which is the query's; {@code elementsOf} tells what each participant runs. */
    public List<ParticipantInformation> toInformation(List<ParticipantOverview> participants,
            Function<ParticipantId, ParticipantElements> elementsOf) {
        return participants.stream()
                .map(overview -> toInformation(overview, elementsOf.apply(overview.participant().id()))).toList();
    }

    /** A participant with what it runs; the maps keep the order of the lists, which is the queries'. */
    public ParticipantInformation toInformation(ParticipantOverview overview, ParticipantElements elements) {
        Map<String, NodeTemplateStateDto> compositionElements = new LinkedHashMap<>();
        elements.compositionElements().forEach(element -> compositionElements.put(
                element.nodeTemplateStateId().toString(), CompositionDefinitionMapper.toState(element)));
        Map<String, AutomationCompositionElementDto> instanceElements = new LinkedHashMap<>();
        elements.instanceElements().forEach(element -> instanceElements.put(element.id().toString(),
                InstanceMapper.toElement(element)));
        return new ParticipantInformation(toDto(overview), compositionElements, instanceElements);
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

    /**
     * The text form of a lastMsg time, shared by every lastMsg the API shows: ONAP's, which is
     * {@code java.sql.Timestamp#toString} of the time in the runtime's zone (UTC in ONAP's containers), e.g.
     * {@code 2026-11-24 20:01:02.34} or {@code 2026-11-24 20:01:02.0}. Cut to milliseconds, so that two nodes
     * answer the same whatever precision the database keeps, and always in UTC whatever the server's zone.
     */
    public static String formatLastMsg(Instant lastMsg) {
        int millis = lastMsg.getNano() / 1_000_000;
        String fraction = millis == 0 ? "0" : String.format("%03d", millis).replaceAll("0+$", "");
        return LAST_MSG_SECONDS.format(lastMsg) + "." + fraction;
    }
}
