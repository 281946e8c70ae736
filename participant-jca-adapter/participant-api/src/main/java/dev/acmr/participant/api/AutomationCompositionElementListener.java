package dev.acmr.participant.api;

import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;

/**
 * What a participant implements, as ONAP's AutomationCompositionElementListener: one call per element and order
 * (per composition for prime and deprime). Usually written by extending
 * {@link dev.acmr.participant.api.impl.AcElementListenerV4}.
 *
 * <p>Implement it in a message-driven bean with {@code messageListenerInterface} set to this interface and activation
 * properties {@code participantId} and {@code supportedElementTypes} ({@code NAME:VERSION,...}). Each call runs on
 * exactly one replica of the participant; the listener reports the outcome through {@link ParticipantIntermediaryApi}
 * and may do so after returning. A call that throws is reported FAILED with the exception's message.
 */
public interface AutomationCompositionElementListener {

    void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException;

    void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException;

    void lock(CompositionElementDto compositionElement, InstanceElementDto instanceElement) throws PfModelException;

    void unlock(CompositionElementDto compositionElement, InstanceElementDto instanceElement) throws PfModelException;

    void delete(CompositionElementDto compositionElement, InstanceElementDto instanceElement) throws PfModelException;

    void update(CompositionElementDto compositionElement, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementUpdated) throws PfModelException;

    void prime(CompositionDto composition) throws PfModelException;

    void deprime(CompositionDto composition) throws PfModelException;

    void migrate(CompositionElementDto compositionElement, CompositionElementDto compositionElementTarget,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementMigrate, int stage)
            throws PfModelException;

    void migratePrecheck(CompositionElementDto compositionElement, CompositionElementDto compositionElementTarget,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementMigrate) throws PfModelException;

    void review(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException;

    void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement, int stage)
            throws PfModelException;

    void rollbackMigration(CompositionElementDto compositionElement, CompositionElementDto compositionElementRollback,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementRollback, int stage)
            throws PfModelException;
}
