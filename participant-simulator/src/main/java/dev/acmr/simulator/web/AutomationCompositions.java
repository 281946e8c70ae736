package dev.acmr.simulator.web;

import dev.acmr.participant.models.concepts.AutomationComposition;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** ONAP's {@code AutomationCompositions}: {@code {"automationCompositionList": [...]}}, sorted for stable output. */
public record AutomationCompositions(List<AutomationCompositionEntry> automationCompositionList) {

    static AutomationCompositions of(Collection<AutomationComposition> instances) {
        return new AutomationCompositions(instances.stream()
                .sorted(Comparator.comparing(instance -> instance.getInstanceId().toString()))
                .map(AutomationCompositionEntry::of).toList());
    }
}
