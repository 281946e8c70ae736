package dev.acmr.participant.adapter.view;

import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.concepts.AutomationCompositionElementDefinition;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import dev.acmr.participant.models.tosca.ToscaNodeTemplate;
import java.util.Map;

/**
 * One element definition of a composition as this replica holds it: its node type, and its properties and
 * out-properties as private deep copies (see {@link Properties}); callers get copies again, never these maps.
 */
public record ViewElement(String typeName, String typeVersion, Map<String, Object> properties,
        Map<String, Object> outProperties) {

    public ViewElement {
        properties = PropertyMaps.copy(properties);
        outProperties = PropertyMaps.copy(outProperties);
    }

    ViewElement withOutProperties(Map<String, Object> newOutProperties) {
        return new ViewElement(typeName, typeVersion, properties, newOutProperties);
    }

    /** This element as ONAP's definition of it, a fresh deep copy. */
    AutomationCompositionElementDefinition toDefinition(ToscaConceptIdentifier id) {
        ToscaNodeTemplate template = new ToscaNodeTemplate();
        template.setName(id.getName());
        template.setVersion(id.getVersion());
        template.setType(typeName);
        template.setTypeVersion(typeVersion);
        template.setProperties(PropertyMaps.copy(properties));
        AutomationCompositionElementDefinition definition = new AutomationCompositionElementDefinition();
        definition.setAcElementDefinitionId(new ToscaConceptIdentifier(id));
        definition.setAutomationCompositionElementToscaNodeTemplate(template);
        definition.setOutProperties(PropertyMaps.copy(outProperties));
        return definition;
    }
}
