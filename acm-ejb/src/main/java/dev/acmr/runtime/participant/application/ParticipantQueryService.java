package dev.acmr.runtime.participant.application;

import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.repository.ParticipantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Read side of participant supervision, for the REST API. Participants come back fully loaded (types and replicas)
 * and detached, ordered by id so that every node answers the same for the same data.
 */
@Stateless
public class ParticipantQueryService {

    @Inject
    private ParticipantRepository repository;

    public List<Participant> list(Optional<Paging> paging) {
        return paging.map(page -> repository.findAll(page.offset(), page.size()))
                .orElseGet(repository::findAll);
    }

    public Participant get(ParticipantId participantId) {
        return repository.findById(participantId)
                .orElseThrow(() -> new ParticipantNotFoundException(participantId.toString()));
    }
}
