package dev.acmr.runtime.composition.application;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import java.util.List;

/**
 * What a commissioning request did: the definition it created, updated or deleted, and its template's node templates
 * by name and version, in the template's order (ONAP's affectedAutomationCompositionDefinitions).
 */
public record CommissioningResult(CompositionId compositionId, List<ToscaIdentifier> affectedDefinitions,
        Outcome outcome) {

    public enum Outcome {
        CREATED,
        UPDATED,
        DELETED
    }

    public CommissioningResult {
        affectedDefinitions = List.copyOf(affectedDefinitions);
    }

    public boolean created() {
        return outcome == Outcome.CREATED;
    }
}
