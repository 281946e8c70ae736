package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.participant.domain.ParticipantId;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The elements of one instance as they are when asked for, read only: listed by definition name, then id, so that
 * every node lists and dispatches them alike, and answering the questions the services and the pure rules ask
 * about them, including which of them reached the target of the order running on the instance. Elements change
 * only through their instance.
 */
public final class InstanceElements extends AbstractList<InstanceElement> {

    private final List<InstanceElement> ordered;
    private final InstanceProgress progress;

    InstanceElements(List<InstanceElement> rows, InstanceProgress progress) {
        this.progress = progress;
        this.ordered = rows.stream()
                .sorted(Comparator.comparing((InstanceElement element) -> element.definition().name())
                        .thenComparing(InstanceElement::id))
                .toList();
    }

    @Override
    public InstanceElement get(int index) {
        return ordered.get(index);
    }

    @Override
    public int size() {
        return ordered.size();
    }

    public Optional<InstanceElement> find(UUID elementId) {
        return ordered.stream().filter(element -> element.id().equals(elementId)).findFirst();
    }

    /** The elements {@code participant} runs, in element order. */
    public List<InstanceElement> runBy(ParticipantId participant) {
        return ordered.stream().filter(element -> element.isRunBy(participant)).toList();
    }

    /** The participants running the elements, in element order. */
    public Set<ParticipantId> participants() {
        Set<ParticipantId> participants = new LinkedHashSet<>();
        ordered.forEach(element -> participants.add(element.participant()));
        return participants;
    }

    /** Each element's status, in element order: what {@link RetryScope} reads. */
    public Map<UUID, ElementStatus> statuses() {
        return each(InstanceElement::status);
    }

    /** Each element's start phase, in element order: what {@link PhasePlan} reads. */
    public Map<UUID, Integer> startPhases() {
        return each(InstanceElement::startPhase);
    }

    /** The ids of the elements that reached the running order's target, in element order. */
    public Set<UUID> finished() {
        Set<UUID> finished = new LinkedHashSet<>();
        ordered.stream().filter(progress::hasFinished).forEach(element -> finished.add(element.id()));
        return finished;
    }

    /** Each element's properties, in element order. */
    Map<UUID, Map<String, Object>> properties() {
        return each(InstanceElement::properties);
    }

    private <T> Map<UUID, T> each(Function<InstanceElement, T> value) {
        Map<UUID, T> values = new LinkedHashMap<>();
        ordered.forEach(element -> values.put(element.id(), value.apply(element)));
        return values;
    }
}
