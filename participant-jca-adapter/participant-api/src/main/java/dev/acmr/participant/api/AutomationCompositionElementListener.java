package dev.acmr.participant.api;

/**
 * What a participant implements, as ONAP's AutomationCompositionElementListener: one call per element and order.
 *
 * <p>Implement it in a message-driven bean with {@code messageListenerInterface} set to this interface and activation
 * properties {@code participantId} and {@code supportedElementTypes} ({@code NAME:VERSION,...}). Each call runs on
 * exactly one replica of the participant; the listener reports the outcome through {@link ParticipantIntermediaryApi}
 * and may do so after returning. A call that throws is reported FAILED with the exception's message.
 */
public interface AutomationCompositionElementListener {

    void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws ParticipantException;

    void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws ParticipantException;

    void lock(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws ParticipantException;

    void unlock(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws ParticipantException;

    void delete(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws ParticipantException;

    void update(CompositionElementDto compositionElement, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementUpdated) throws ParticipantException;

    void prime(CompositionDto composition) throws ParticipantException;

    void deprime(CompositionDto composition) throws ParticipantException;

    void migrate(CompositionElementDto compositionElement, CompositionElementDto compositionElementTarget,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementMigrate, int stage)
            throws ParticipantException;

    void migratePrecheck(CompositionElementDto compositionElement, CompositionElementDto compositionElementTarget,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementMigrate) throws ParticipantException;

    void review(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws ParticipantException;

    void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement, int stage)
            throws ParticipantException;

    void rollbackMigration(CompositionElementDto compositionElement, CompositionElementDto compositionElementRollback,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementRollback, int stage)
            throws ParticipantException;
}
