package dev.acmr.runtime.composition.domain;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The element rows of one composition definition, as the definition works on them: listed by name, picked by
 * participant, all moved at once, and matched by name against a new template. A view over the definition's mapped
 * list, which it changes in place so that JPA sees every row added or removed; the rules of priming stay with
 * {@link CompositionDefinition}.
 */
final class CompositionElements {

    private final List<CompositionElement> rows;

    CompositionElements(List<CompositionElement> rows) {
        this.rows = rows;
    }

    /** By name, so that every node lists them alike. */
    List<CompositionElement> byName() {
        return rows.stream().sorted(Comparator.comparing(CompositionElement::elementName)).toList();
    }

    /** The elements bound to {@code participant}, by name. */
    List<CompositionElement> boundTo(ParticipantId participant) {
        return byName().stream().filter(element -> element.isBoundTo(participant)).toList();
    }

    /** The participants the elements are bound to, in element order. */
    Set<ParticipantId> participants() {
        Set<ParticipantId> participants = new LinkedHashSet<>();
        byName().forEach(element -> element.participant().ifPresent(participants::add));
        return participants;
    }

    /** The element {@code participant} runs for the node template {@code definition}, if any. */
    Optional<CompositionElement> find(ParticipantId participant, ToscaIdentifier definition) {
        return boundTo(participant).stream().filter(candidate -> candidate.definition().equals(definition))
                .findFirst();
    }

    boolean allIn(AcTypeState state) {
        return rows.stream().allMatch(element -> element.state() == state);
    }

    /** Every element goes to {@code state}, its message cleared. */
    void moveAll(AcTypeState state) {
        rows.forEach(element -> element.moveTo(state, null));
    }

    /**
     * Matches the rows to a new template by name: a row whose name the template still has keeps its row and
     * nodeTemplateStateId and takes the new definition, which also keeps the insert of a name from meeting the not
     * yet deleted row of that name; a new name gets a row from {@code newRow}; rows of dropped names are deleted.
     */
    void replaceWith(List<ElementTemplate> templates, Function<ElementTemplate, CompositionElement> newRow) {
        Map<String, CompositionElement> existing = rows.stream()
                .collect(Collectors.toMap(CompositionElement::elementName, Function.identity()));
        Set<String> kept = new LinkedHashSet<>();
        for (ElementTemplate element : templates) {
            kept.add(element.name());
            Optional.ofNullable(existing.get(element.name())).ifPresentOrElse(row -> row.redefine(element),
                    () -> rows.add(newRow.apply(element)));
        }
        rows.removeIf(row -> !kept.contains(row.elementName()));
    }
}
