package dev.acmr.runtime.composition.application;

import dev.acmr.runtime.composition.domain.CompositionId;

/**
 * Whether automation composition instances use a definition: a definition with instances may not be updated,
 * deleted or deprimed. Declared here so that commissioning depends on the question, not on the instance model.
 */
public interface CompositionUsage {

    boolean hasInstances(CompositionId compositionId);

    /**
     * Whether an instance names the definition as its {@code compositionTargetId}: a migration to it runs or was left
     * unfinished, so it may not be primed or deprimed.
     */
    boolean isMigrationTarget(CompositionId compositionId);
}
