package dev.acmr.participant.adapter.view;

import dev.acmr.messages.ElementDefinition;
import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.AutomationCompositionElementDefinition;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One composition as this replica holds it. Immutable: a change makes a new one, so a reader never sees half of it.
 *
 * @param revision the runtime's revision the content comes from: a sync's, or a prime order's
 * @param confirmed false while the content comes only from this replica's own prime order (or reports on it); the
 *     runtime's sync at that same revision is its own account of it and still applies, an older one never does
 * @param elements the element definitions this participant runs, by ONAP's elementDefinitionId (name and version)
 */
public record ViewComposition(UUID compositionId, AcTypeState state, long revision, boolean confirmed,
        Map<ToscaConceptIdentifier, ViewElement> elements) implements Revisioned {

    public ViewComposition {
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
    }

    static ViewComposition of(UUID compositionId, AcTypeState state, long revision, boolean confirmed,
            List<ElementDefinition> definitions) {
        Map<ToscaConceptIdentifier, ViewElement> elements = new LinkedHashMap<>();
        for (ElementDefinition definition : definitions) {
            elements.put(new ToscaConceptIdentifier(definition.name(), definition.version()), new ViewElement(
                    definition.typeName(), definition.typeVersion(), definition.properties(),
                    definition.outProperties()));
        }
        return new ViewComposition(compositionId, state, revision, confirmed, elements);
    }

    /** The participant's DTO of a composition as a message describes it, held nowhere. */
    public static CompositionDto dtoOf(UUID compositionId, List<ElementDefinition> definitions) {
        return of(compositionId, null, 0, false, definitions).toDto();
    }

    /** Whether a sync at {@code syncRevision} carries newer news than this content. */
    @Override
    public boolean isOlderThan(long syncRevision) {
        return syncRevision > revision || (!confirmed && syncRevision == revision);
    }

    ViewComposition withState(AcTypeState newState) {
        return new ViewComposition(compositionId, newState, revision, confirmed, elements);
    }

    ViewComposition withOutProperties(ToscaConceptIdentifier elementId, Map<String, Object> outProperties) {
        Map<ToscaConceptIdentifier, ViewElement> changed = new LinkedHashMap<>(elements);
        changed.computeIfPresent(elementId, (id, element) -> element.withOutProperties(outProperties));
        return new ViewComposition(compositionId, state, revision, confirmed, changed);
    }

    /**
     * The element an out-properties push is for. As ONAP's intermediary, no id means the only element.
     *
     * @throws IllegalArgumentException if there is no such element, or no id and not exactly one element
     */
    ToscaConceptIdentifier resolve(ToscaConceptIdentifier elementId) {
        if (elementId == null) {
            if (elements.size() == 1) {
                return elements.keySet().iterator().next();
            }
            throw new IllegalArgumentException("composition " + compositionId + " has " + elements.size()
                    + " elements of this participant; name the element definition");
        }
        if (!elements.containsKey(elementId)) {
            throw new IllegalArgumentException("composition " + compositionId + " has no element " + elementId
                    + " of this participant; it has " + elements.keySet());
        }
        return elementId;
    }

    /**
     * The element definitions as ONAP's AutomationCompositionElementDefinition, fresh deep copies: the node template
     * is named by the element definition id and typed by the element's node type.
     */
    Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition> toDefinitions() {
        Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition> definitions = new LinkedHashMap<>();
        elements.forEach((id, element) -> definitions.put(new ToscaConceptIdentifier(id), element.toDefinition(id)));
        return definitions;
    }

    /** What the participant sees: fresh, mutable deep copies, keyed by element definition id. */
    public CompositionDto toDto() {
        Map<ToscaConceptIdentifier, Map<String, Object>> in = new LinkedHashMap<>();
        Map<ToscaConceptIdentifier, Map<String, Object>> out = new LinkedHashMap<>();
        elements.forEach((id, element) -> {
            in.put(new ToscaConceptIdentifier(id), PropertyMaps.copy(element.properties()));
            out.put(new ToscaConceptIdentifier(id), PropertyMaps.copy(element.outProperties()));
        });
        return new CompositionDto(compositionId, in, out);
    }
}
