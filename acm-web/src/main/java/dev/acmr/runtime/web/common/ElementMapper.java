package dev.acmr.runtime.web.common;

import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.participant.domain.ParticipantId;

/**
 * The element shapes that more than one resource shows: a definition's element (ONAP's NodeTemplateState) and an
 * instance's element (ONAP's AutomationCompositionElement) appear both under their composition or instance and in a
 * participant's view of what it runs.
 */
public final class ElementMapper {

    private ElementMapper() {
    }

    /** ONAP's NodeTemplateState of one element of a definition. */
    public static NodeTemplateStateDto toState(CompositionElement element) {
        return new NodeTemplateStateDto(element.nodeTemplateStateId(),
                element.participant().map(ParticipantId::value).orElse(null), identifier(element.definition()),
                element.state().name(), element.message().orElse(null), element.outProperties());
    }

    /** ONAP's AutomationCompositionElement of one element of an instance. */
    public static AutomationCompositionElementDto toElement(InstanceElement element) {
        return new AutomationCompositionElementDto(element.id(), identifier(element.definition()),
                element.participant().value(), element.deployState().name(), element.lockState().name(),
                element.subState().name(), element.migrationState().name(), element.stage().orElse(null),
                element.useState().orElse(null), element.operationalState().orElse(null),
                element.description().orElse(null), element.message().orElse(null), element.properties(),
                element.outProperties());
    }

    public static ToscaConceptIdentifier identifier(ToscaIdentifier identifier) {
        return new ToscaConceptIdentifier(identifier.name(), identifier.version());
    }
}
