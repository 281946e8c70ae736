package dev.acmr.participant.api;

import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;

/**
 * The base of the message-driven bean that connects a participant's element listener to the resource adapter: it
 * hands every call to {@link #listener()}, usually an injected ONAP-style handler that extends
 * {@link dev.acmr.participant.api.impl.AcElementListenerV4}.
 *
 * <p>Not part of ONAP's API: it takes the place of ONAP's Spring wiring. A message-driven bean is created by the
 * container with no constructor arguments, while ONAP's handlers take the intermediary in their constructor; with this
 * base the bean stays three lines and the handler keeps ONAP's constructor, so a ported handler compiles unchanged.
 */
public abstract class ElementListenerEndpoint implements AutomationCompositionElementListener {

    /** The participant's listener every call goes to. */
    protected abstract AutomationCompositionElementListener listener();

    @Override
    public void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        listener().deploy(compositionElement, instanceElement);
    }

    @Override
    public void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        listener().undeploy(compositionElement, instanceElement);
    }

    @Override
    public void lock(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        listener().lock(compositionElement, instanceElement);
    }

    @Override
    public void unlock(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        listener().unlock(compositionElement, instanceElement);
    }

    @Override
    public void delete(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        listener().delete(compositionElement, instanceElement);
    }

    @Override
    public void update(CompositionElementDto compositionElement, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementUpdated) throws PfModelException {
        listener().update(compositionElement, instanceElement, instanceElementUpdated);
    }

    @Override
    public void prime(CompositionDto composition) throws PfModelException {
        listener().prime(composition);
    }

    @Override
    public void deprime(CompositionDto composition) throws PfModelException {
        listener().deprime(composition);
    }

    @Override
    public void migrate(CompositionElementDto compositionElement, CompositionElementDto compositionElementTarget,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementMigrate, int stage)
            throws PfModelException {
        listener().migrate(compositionElement, compositionElementTarget, instanceElement, instanceElementMigrate,
                stage);
    }

    @Override
    public void migratePrecheck(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementTarget, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementMigrate) throws PfModelException {
        listener().migratePrecheck(compositionElement, compositionElementTarget, instanceElement,
                instanceElementMigrate);
    }

    @Override
    public void review(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        listener().review(compositionElement, instanceElement);
    }

    @Override
    public void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement, int stage)
            throws PfModelException {
        listener().prepare(compositionElement, instanceElement, stage);
    }

    @Override
    public void rollbackMigration(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementRollback, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementRollback, int stage) throws PfModelException {
        listener().rollbackMigration(compositionElement, compositionElementRollback, instanceElement,
                instanceElementRollback, stage);
    }
}
