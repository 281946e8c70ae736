package dev.acmr.runtime.participant.application;

import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.repository.LiveReplicaRepository;
import dev.acmr.runtime.participant.repository.ParticipantHoldingsRepository;
import dev.acmr.runtime.participant.repository.ParticipantReadRepository;
import dev.acmr.runtime.shared.Paging;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Read side of participant supervision, for the REST API. Participants come back fully loaded (types and replicas)
 * and detached, ordered by id so that every node answers the same for the same data, with the figures operators
 * need per replica: sync, lag, drain and load.
 */
@Stateless
public class ParticipantQueryService {

    @Inject
    private ParticipantReadRepository repository;

    @Inject
    private ParticipantHoldingsRepository holdings;

    @Inject
    private LiveReplicaRepository replicas;

    public List<ParticipantOverview> list(Optional<Paging> paging) {
        List<Participant> found = paging.map(page -> repository.findAll(page.offset(), page.size()))
                .orElseGet(repository::findAll);
        return found.stream().map(this::overview).toList();
    }

    public ParticipantOverview get(ParticipantId participantId) {
        return overview(find(participantId));
    }

    /** The participant, or ParticipantNotFoundException (404). */
    public Participant find(ParticipantId participantId) {
        return repository.findById(participantId)
                .orElseThrow(() -> new ParticipantNotFoundException(participantId.toString()));
    }

    private ParticipantOverview overview(Participant participant) {
        return new ParticipantOverview(participant, holdings.totals(participant.id()),
                replicas.drained(participant.id()), replicas.inFlight(participant.id()));
    }
}
