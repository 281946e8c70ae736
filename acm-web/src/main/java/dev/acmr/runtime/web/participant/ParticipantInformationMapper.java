package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.monitoring.ParticipantElements;
import dev.acmr.runtime.participant.application.ParticipantOverview;
import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ParticipantReplica;
import dev.acmr.runtime.participant.domain.ParticipantState;
import dev.acmr.runtime.participant.domain.ParticipantSupportedElementType;
import dev.acmr.runtime.web.common.AutomationCompositionElementDto;
import dev.acmr.runtime.web.common.ElementMapper;
import dev.acmr.runtime.web.common.LastMsgFormat;
import dev.acmr.runtime.web.common.NodeTemplateStateDto;
import jakarta.enterprise.context.ApplicationScoped;
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
                element.nodeTemplateStateId().toString(), ElementMapper.toState(element)));
        Map<String, AutomationCompositionElementDto> instanceElements = new LinkedHashMap<>();
        elements.instanceElements().forEach(element -> instanceElements.put(element.id().toString(),
                ElementMapper.toElement(element)));
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
                    replica.state().name(), LastMsgFormat.format(replica.lastMsg()), replica.isSynced(), drained,
                    replica.state() == ParticipantState.ON_LINE && replica.isSynced() && !drained,
                    overview.inFlightOf(replica), replica.heldCount(),
                    replica.heldRevision(), overview.heldRevision(), overview.lagOf(replica)));
        }
        return replicas;
    }
}
