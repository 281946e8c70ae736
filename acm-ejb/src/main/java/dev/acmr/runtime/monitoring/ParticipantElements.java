package dev.acmr.runtime.monitoring;

import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.instance.domain.InstanceElement;
import java.util.List;

/**
 * What a participant runs (ONAP's ParticipantInformation maps): the composition elements bound to it, by
 * nodeTemplateStateId, and the instance elements it runs, by element id; each a page of its own when paged.
 */
public record ParticipantElements(List<CompositionElement> compositionElements,
        List<InstanceElement> instanceElements) {

    public ParticipantElements {
        compositionElements = List.copyOf(compositionElements);
        instanceElements = List.copyOf(instanceElements);
    }
}
