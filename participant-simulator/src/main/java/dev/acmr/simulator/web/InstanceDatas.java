package dev.acmr.simulator.web;

import dev.acmr.participant.api.AutomationCompositionDto;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** ONAP's {@code InternalDatas} for {@code /datas}: {@code {"list": [InternalData, ...]}}, one per element. */
public record InstanceDatas(List<InstanceData> list) {

    private static final Comparator<InstanceData> ORDER = Comparator
            .comparing((InstanceData data) -> data.automationCompositionId().toString())
            .thenComparing(data -> data.automationCompositionElementId().toString());

    /** One entry per element of each instance, as ONAP's simulator; sorted, so output is stable. */
    static InstanceDatas of(Collection<AutomationCompositionDto> instances) {
        return new InstanceDatas(instances.stream().flatMap(instance -> instance.elements().values().stream()
                .map(element -> new InstanceData(instance.instanceId(), element.elementId(),
                        instance.compositionId(), ElementEntry.orEmpty(element.inProperties()),
                        ElementEntry.orEmpty(element.outProperties()), null, null)))
                .sorted(ORDER).toList());
    }
}
