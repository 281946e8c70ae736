package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns definitions into a participant's view of them, elements in the definition's order (by name). */
@ApplicationScoped
public class CompositionDtoMapper {

    public CompositionDtos toDtos(ParticipantId participant, List<CompositionDefinition> definitions) {
        return new CompositionDtos(definitions.stream().map(definition -> toDto(participant, definition)).toList());
    }

    public CompositionDto toDto(ParticipantId participant, CompositionDefinition definition) {
        Map<String, Map<String, Object>> in = new LinkedHashMap<>();
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (CompositionElement element : definition.elementsOf(participant)) {
            String key = element.elementName() + " " + element.elementVersion();
            in.put(key, element.properties());
            out.put(key, element.outProperties());
        }
        return new CompositionDto(definition.id().value(), in, out);
    }
}
