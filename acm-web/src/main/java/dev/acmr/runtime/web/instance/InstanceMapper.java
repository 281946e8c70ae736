package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.SubState;
import dev.acmr.runtime.web.common.AutomationCompositionElementDto;
import dev.acmr.runtime.web.common.ElementMapper;
import dev.acmr.runtime.web.common.LastMsgFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns instances into ONAP's JSON shapes. Elements keep the instance's fixed order (definition name, then id), so
 * that two nodes reading the same rows answer alike.
 */
@ApplicationScoped
public class InstanceMapper {

    public InstantiationResponse toResponse(AutomationCompositionInstance instance) {
        return new InstantiationResponse(instance.id(), ElementMapper.identifier(instance.nameAndVersion()));
    }

    public AutomationCompositions toList(List<AutomationCompositionInstance> instances) {
        return new AutomationCompositions(instances.stream().map(this::toInstance).toList());
    }

    public AutomationCompositionDto toInstance(AutomationCompositionInstance instance) {
        Map<String, AutomationCompositionElementDto> elements = new LinkedHashMap<>();
        instance.elements().forEach(element -> elements.put(element.id().toString(), ElementMapper.toElement(element)));
        InstanceStatus status = instance.status();
        return new AutomationCompositionDto(instance.name(), instance.version(), instance.description().orElse(null),
                instance.id(), instance.compositionId().value(),
                instance.compositionTargetId().map(CompositionId::value).orElse(null), precheckOf(status),
                status.deployState().name(), status.lockState().name(), status.subState().name(),
                status.stateChangeResult().name(), instance.progress().phase().orElse(null),
                LastMsgFormat.format(instance.lastMsg()), instance.revisionId(), elements);
    }

    // ONAP stores precheck: true while a migrate precheck runs, and clears it when the precheck ends.
    private static Boolean precheckOf(InstanceStatus status) {
        return status.subState() == SubState.MIGRATION_PRECHECKING ? Boolean.TRUE : null;
    }
}
