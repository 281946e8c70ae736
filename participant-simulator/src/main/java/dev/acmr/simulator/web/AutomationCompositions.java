package dev.acmr.simulator.web;

import dev.acmr.participant.api.AutomationCompositionDto;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** ONAP's {@code AutomationCompositions}: {@code {"automationCompositionList": [...]}}, sorted for stable output. */
public record AutomationCompositions(List<AutomationCompositionEntry> automationCompositionList) {

    static AutomationCompositions of(Collection<AutomationCompositionDto> instances) {
        return new AutomationCompositions(instances.stream()
                .sorted(Comparator.comparing(instance -> instance.instanceId().toString()))
                .map(AutomationCompositionEntry::of).toList());
    }
}
