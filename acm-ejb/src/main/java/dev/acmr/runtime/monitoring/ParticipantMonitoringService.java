package dev.acmr.runtime.monitoring;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The participant views of ONAP's monitoring API. As in ONAP, a page and size page each listing on its own (the
 * composition elements and the instance elements of a participant are two pages of the same number), and an unknown
 * participant simply runs nothing: only the resource that names a participant checks that it exists.
 */
@Stateless
public class ParticipantMonitoringService {

    @Inject
    private CompositionRepository compositions;

    @Inject
    private InstanceRepository instances;

    public ParticipantElements elementsOf(ParticipantId participant, Optional<Paging> paging) {
        return new ParticipantElements(compositions.elementsBoundTo(participant, paging),
                instances.elementsRunBy(participant, paging));
    }

    /** The definitions with an element bound to the participant, by name, version and id. */
    public List<CompositionDefinition> compositionsOf(ParticipantId participant, Optional<Paging> paging) {
        return compositions.list(null, null, Optional.of(participant), paging);
    }

    /**
     * The definition, whatever the participant: its view holds only the participant's elements, none if it takes no
     * part in it (as ONAP).
     *
     * @throws CompositionNotFoundException if there is no such definition (404)
     */
    public CompositionDefinition composition(CompositionId composition) {
        return compositions.find(composition)
                .orElseThrow(() -> new CompositionNotFoundException(composition.toString()));
    }
}
