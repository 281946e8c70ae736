package dev.acmr.simulator.web;

import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ONAP's {@code InternalDatas}: {@code {"list": [InternalData, ...]}}. */
public record InternalDatas(List<InternalData> list) {

    private static final Comparator<InternalData> ORDER = Comparator
            .comparing((InternalData data) -> data.compositionId().toString())
            .thenComparing(data -> data.compositionDefinitionElementId().getName())
            .thenComparing(data -> data.compositionDefinitionElementId().getVersion());

    /** One entry per element definition of each composition, as ONAP's simulator; sorted, so output is stable. */
    static InternalDatas of(Collection<CompositionDto> compositions) {
        return new InternalDatas(compositions.stream().flatMap(composition -> elementsOf(composition).stream()
                .map(element -> new InternalData(composition.compositionId(), element,
                        orEmpty(composition.inPropertiesMap().get(element)),
                        orEmpty(composition.outPropertiesMap().get(element)))))
                .sorted(ORDER).toList());
    }

    /** ONAP takes the elements from both maps; they have the same keys when the adapter builds them. */
    static Set<ToscaConceptIdentifier> elementsOf(CompositionDto composition) {
        Set<ToscaConceptIdentifier> elements = new HashSet<>(composition.inPropertiesMap().keySet());
        elements.addAll(composition.outPropertiesMap().keySet());
        return elements;
    }

    private static Map<String, Object> orEmpty(Map<String, Object> properties) {
        return properties == null ? Map.of() : properties;
    }
}
