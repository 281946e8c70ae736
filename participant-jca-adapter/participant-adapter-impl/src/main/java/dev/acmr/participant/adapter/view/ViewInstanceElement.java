package dev.acmr.participant.adapter.view;

import dev.acmr.messages.InstanceElement;
import dev.acmr.participant.adapter.mapping.WireStates;
import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.MigrationState;
import dev.acmr.participant.models.concepts.SubState;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.Map;
import java.util.UUID;

/**
 * One element of an instance as this replica holds it: its element definition (name, version, properties), its own
 * properties and out-properties as private deep copies (see {@link Properties}), and its states. Immutable.
 *
 * @param migrationState the element's place in a running migration or revert (null: not known, ONAP's DEFAULT)
 * @param stage the next stage the element reported in a staged operation, null outside one
 * @param subState the sub operation (prepare, review) the element runs, NONE when it runs none
 */
public record ViewInstanceElement(UUID elementId, String definitionName, String definitionVersion, int startPhase,
        Map<String, Object> definitionProperties, Map<String, Object> definitionOutProperties,
        Map<String, Object> properties, Map<String, Object> outProperties, DeployState deployState,
        LockState lockState, String useState, String operationalState, MigrationState migrationState,
        Integer stage, SubState subState) {

    public ViewInstanceElement {
        definitionProperties = PropertyMaps.copy(definitionProperties);
        definitionOutProperties = PropertyMaps.copy(definitionOutProperties);
        properties = PropertyMaps.copy(properties);
        outProperties = PropertyMaps.copy(outProperties);
        subState = subState == null ? SubState.NONE : subState;
    }

    /** The element as the runtime sends it, running {@code subState} (null for none). */
    static ViewInstanceElement of(InstanceElement element, SubState subState) {
        return new ViewInstanceElement(element.elementId(), element.definitionName(), element.definitionVersion(),
                element.startPhase(), element.definitionProperties(), element.definitionOutProperties(),
                element.properties(), element.outProperties(), WireStates.toApi(element.deployState()),
                WireStates.toApi(element.lockState()), element.useState(), element.operationalState(),
                WireStates.toApi(element.migrationState()), element.stage(), subState);
    }

    ViewInstanceElement withStates(DeployState newDeployState, LockState newLockState) {
        return new ViewInstanceElement(elementId, definitionName, definitionVersion, startPhase,
                definitionProperties, definitionOutProperties, properties, outProperties, newDeployState,
                newLockState, useState, operationalState, migrationState, stage, subState);
    }

    /** Use state, operational state and out-properties as reported; a null leaves the value as it was. */
    ViewInstanceElement withInfo(String newUseState, String newOperationalState, Map<String, Object> newOut) {
        return new ViewInstanceElement(elementId, definitionName, definitionVersion, startPhase,
                definitionProperties, definitionOutProperties, properties, newOut != null ? newOut : outProperties,
                deployState, lockState, newUseState != null ? newUseState : useState,
                newOperationalState != null ? newOperationalState : operationalState, migrationState, stage,
                subState);
    }

    ViewInstanceElement withMigrationState(MigrationState newMigrationState) {
        return new ViewInstanceElement(elementId, definitionName, definitionVersion, startPhase,
                definitionProperties, definitionOutProperties, properties, outProperties, deployState, lockState,
                useState, operationalState, newMigrationState, stage, subState);
    }

    ViewInstanceElement withStage(Integer newStage) {
        return new ViewInstanceElement(elementId, definitionName, definitionVersion, startPhase,
                definitionProperties, definitionOutProperties, properties, outProperties, deployState, lockState,
                useState, operationalState, migrationState, newStage, subState);
    }

    ViewInstanceElement withSubState(SubState newSubState) {
        return new ViewInstanceElement(elementId, definitionName, definitionVersion, startPhase,
                definitionProperties, definitionOutProperties, properties, outProperties, deployState, lockState,
                useState, operationalState, migrationState, stage, newSubState);
    }

    /** The composition element a listener call names, with fresh copies of the definition's properties. */
    public static CompositionElementDto compositionDto(UUID compositionId, InstanceElement element) {
        return compositionDto(compositionId, element, ElementState.PRESENT);
    }

    /** As {@link #compositionDto(UUID, InstanceElement)}, on one side of a migration ({@code state}). */
    public static CompositionElementDto compositionDto(UUID compositionId, InstanceElement element,
            ElementState state) {
        return new CompositionElementDto(compositionId,
                new ToscaConceptIdentifier(element.definitionName(), element.definitionVersion()),
                PropertyMaps.copy(element.definitionProperties()), PropertyMaps.copy(element.definitionOutProperties()),
                state);
    }

    /** An instance element as a listener call or a reader gets it: fresh copies, so writes into it stay there. */
    public static InstanceElementDto instanceDto(UUID instanceId, UUID elementId, Map<String, Object> properties,
            Map<String, Object> outProperties) {
        return instanceDto(instanceId, elementId, properties, outProperties, ElementState.PRESENT);
    }

    /** As {@link #instanceDto(UUID, UUID, Map, Map)}, on one side of a migration ({@code state}). */
    public static InstanceElementDto instanceDto(UUID instanceId, UUID elementId, Map<String, Object> properties,
            Map<String, Object> outProperties, ElementState state) {
        return new InstanceElementDto(instanceId, elementId, PropertyMaps.copy(properties),
                PropertyMaps.copy(outProperties), state);
    }

    InstanceElementDto toDto(UUID instanceId) {
        return instanceDto(instanceId, elementId, properties, outProperties);
    }

    /** What the participant sees, as ONAP's AutomationCompositionElement: a fresh deep copy. */
    AutomationCompositionElement toModel(UUID participantId) {
        AutomationCompositionElement model = new AutomationCompositionElement();
        model.setId(elementId);
        model.setDefinition(new ToscaConceptIdentifier(definitionName, definitionVersion));
        model.setParticipantId(participantId);
        if (deployState != null) {
            model.setDeployState(deployState);
        }
        if (lockState != null) {
            model.setLockState(lockState);
        }
        if (migrationState != null) {
            model.setMigrationState(migrationState);
        }
        model.setStage(stage);
        model.setSubState(subState);
        model.setUseState(useState);
        model.setOperationalState(operationalState);
        model.setProperties(PropertyMaps.copy(properties));
        model.setOutProperties(PropertyMaps.copy(outProperties));
        return model;
    }
}
