package dev.acmr.runtime.instance.application;

import dev.acmr.runtime.composition.application.CompositionUsage;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A composition is in use while it has instances, whatever their state (ONAP), and a migration target while an
 * instance names it as its target.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InstanceCompositionUsage implements CompositionUsage {

    @Inject
    private InstanceRepository instances;

    @Override
    public boolean hasInstances(CompositionId compositionId) {
        return instances.countOf(compositionId) > 0;
    }

    @Override
    public boolean isMigrationTarget(CompositionId compositionId) {
        return instances.countTargeting(compositionId) > 0;
    }
}
