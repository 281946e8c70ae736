package dev.acmr.participant.models.concepts;

import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import dev.acmr.participant.models.tosca.ToscaNodeTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One element definition of a primed composition, as ONAP's AutomationCompositionElementDefinition: its id (the
 * node template's name and version), the node template with its properties, and the out-properties participants
 * reported for it.
 */
public class AutomationCompositionElementDefinition {

    private ToscaConceptIdentifier acElementDefinitionId;
    private ToscaNodeTemplate automationCompositionElementToscaNodeTemplate;
    private Map<String, Object> outProperties = new LinkedHashMap<>();

    public AutomationCompositionElementDefinition() {
    }

    /** A deep copy. */
    public AutomationCompositionElementDefinition(AutomationCompositionElementDefinition other) {
        this.acElementDefinitionId = other.acElementDefinitionId == null ? null
                : new ToscaConceptIdentifier(other.acElementDefinitionId);
        this.automationCompositionElementToscaNodeTemplate = other.automationCompositionElementToscaNodeTemplate
                == null ? null : new ToscaNodeTemplate(other.automationCompositionElementToscaNodeTemplate);
        this.outProperties = PropertyMaps.copy(other.outProperties);
    }

    public ToscaConceptIdentifier getAcElementDefinitionId() {
        return acElementDefinitionId;
    }

    public void setAcElementDefinitionId(ToscaConceptIdentifier acElementDefinitionId) {
        this.acElementDefinitionId = acElementDefinitionId;
    }

    public ToscaNodeTemplate getAutomationCompositionElementToscaNodeTemplate() {
        return automationCompositionElementToscaNodeTemplate;
    }

    public void setAutomationCompositionElementToscaNodeTemplate(ToscaNodeTemplate nodeTemplate) {
        this.automationCompositionElementToscaNodeTemplate = nodeTemplate;
    }

    public Map<String, Object> getOutProperties() {
        return outProperties;
    }

    public void setOutProperties(Map<String, Object> outProperties) {
        this.outProperties = outProperties;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutomationCompositionElementDefinition that
                && Objects.equals(acElementDefinitionId, that.acElementDefinitionId)
                && Objects.equals(automationCompositionElementToscaNodeTemplate,
                        that.automationCompositionElementToscaNodeTemplate)
                && Objects.equals(outProperties, that.outProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(acElementDefinitionId);
    }

    @Override
    public String toString() {
        return "AutomationCompositionElementDefinition{acElementDefinitionId=" + acElementDefinitionId
                + ", automationCompositionElementToscaNodeTemplate=" + automationCompositionElementToscaNodeTemplate
                + ", outProperties=" + outProperties + '}';
    }
}
