package dev.acmr.runtime.composition.application;

import dev.acmr.runtime.composition.domain.CompositionId;
import jakarta.enterprise.context.ApplicationScoped;

/** The runtime has no instance model yet, so no definition has instances; instances arrive with the instance lifecycle. */
@ApplicationScoped
public class NoInstancesYet implements CompositionUsage {

    @Override
    public boolean hasInstances(CompositionId compositionId) {
        return false;
    }
}
