package dev.acmr.runtime.web.composition;

import dev.acmr.runtime.composition.application.CommissioningResult;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.web.common.ElementMapper;
import dev.acmr.runtime.web.common.LastMsgFormat;
import dev.acmr.runtime.web.common.NodeTemplateStateDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns composition definitions into ONAP's JSON shapes. Maps keep a fixed order (elements by name, templates as
 * stored), so that two nodes reading the same rows answer byte for byte the same.
 */
@ApplicationScoped
public class CompositionDefinitionMapper {

    public CommissioningResponse toResponse(CommissioningResult result) {
        return new CommissioningResponse(result.compositionId().value(),
                result.affectedDefinitions().stream().map(ElementMapper::identifier).toList());
    }

    /** Keeps the order of the list, which is the query's. */
    public ToscaServiceTemplates toServiceTemplates(List<CompositionDefinition> definitions) {
        return new ToscaServiceTemplates(definitions.stream().map(CompositionDefinition::serviceTemplate).toList());
    }

    public CompositionDefinitionDto toDefinition(CompositionDefinition definition) {
        Map<String, NodeTemplateStateDto> elements = new LinkedHashMap<>();
        definition.elements().forEach(element -> elements.put(element.elementName(), ElementMapper.toState(element)));
        return new CompositionDefinitionDto(definition.id().value(), definition.serviceTemplate(),
                definition.state().name(), definition.stateChangeResult().name(),
                LastMsgFormat.format(definition.lastMsg()), elements, definition.revisionId());
    }
}
