package dev.acmr.simulator.web;

import dev.acmr.participant.models.concepts.AutomationComposition;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** ONAP's {@code InternalDatas} for {@code /datas}: {@code {"list": [InternalData, ...]}}, one per element. */
public record InstanceDatas(List<InstanceData> list) {

    private static final Comparator<InstanceData> ORDER = Comparator
            .comparing((InstanceData data) -> data.automationCompositionId().toString())
            .thenComparing(data -> data.automationCompositionElementId().toString());

    /** One entry per element of each instance, as ONAP's simulator; sorted, so output is stable. */
    static InstanceDatas of(Collection<AutomationComposition> instances) {
        return new InstanceDatas(instances.stream().flatMap(instance -> instance.getElements().values().stream()
                .map(element -> new InstanceData(instance.getInstanceId(), element.getId(),
                        instance.getCompositionId(), ElementEntry.orEmpty(element.getProperties()),
                        ElementEntry.orEmpty(element.getOutProperties()), element.getUseState(),
                        element.getOperationalState())))
                .sorted(ORDER).toList());
    }
}
