package dev.acmr.participant.api.impl;

import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.api.ParticipantIntermediaryApi;
import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;
import java.util.Map;
import java.util.Objects;

/**
 * The base class an ONAP participant's element listener extends (ONAP's AcElementListenerV4): subclasses implement
 * {@code deploy} and {@code undeploy} and override what else they support. Every other operation answers at once,
 * as ONAP's does:
 *
 * <ul>
 * <li>with {@link #failUnsupportedOperation} true (ONAP's default): FAILED "Not supported", leaving the element in
 *     the state it had before the order (lock: UNLOCKED, unlock: LOCKED, delete and prepare: UNDEPLOYED, update,
 *     migrate, precheck, review and rollback: DEPLOYED; prime: COMMISSIONED, deprime: PRIMED);</li>
 * <li>false: success "Not implemented" in the order's final state; update, migrate, precheck and rollback succeed
 *     only if the in-properties did not change (nothing applied them), else FAILED.</li>
 * </ul>
 *
 * <p>ONAP reads the flag from its Spring property {@value #FAIL_UNSUPPORTED_PROPERTY}; here it is the system property
 * of that name (MicroProfile Config's system properties on Payara Micro), default true, and a subclass may set the
 * field.
 */
public abstract class AcElementListenerV4 implements AutomationCompositionElementListener {

    public static final String NOT_SUPPORTED = "Not supported";
    public static final String NOT_IMPLEMENTED = "Not implemented";
    /** ONAP's setting name, here a system property. */
    public static final String FAIL_UNSUPPORTED_PROPERTY =
            "participant.intermediaryParameters.failUnsupportedOperation";

    protected final ParticipantIntermediaryApi intermediaryApi;

    protected boolean failUnsupportedOperation =
            Boolean.parseBoolean(System.getProperty(FAIL_UNSUPPORTED_PROPERTY, "true"));

    protected AcElementListenerV4(ParticipantIntermediaryApi intermediaryApi) {
        this.intermediaryApi = intermediaryApi;
    }

    @Override
    public void lock(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        sendLockResult(instanceElement, failUnsupportedOperation ? LockState.UNLOCKED : LockState.LOCKED,
                unsupportedResult(), unsupportedMessage());
    }

    @Override
    public void unlock(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        sendLockResult(instanceElement, failUnsupportedOperation ? LockState.LOCKED : LockState.UNLOCKED,
                unsupportedResult(), unsupportedMessage());
    }

    @Override
    public void delete(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        sendDeployStatus(instanceElement, failUnsupportedOperation ? DeployState.UNDEPLOYED : DeployState.DELETED,
                unsupportedResult(), unsupportedMessage());
    }

    @Override
    public void update(CompositionElementDto compositionElement, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementUpdated) throws PfModelException {
        unchangedOrFailed(instanceElement, instanceElementUpdated);
    }

    @Override
    public void prime(CompositionDto composition) throws PfModelException {
        intermediaryApi.updateCompositionState(composition.compositionId(),
                failUnsupportedOperation ? AcTypeState.COMMISSIONED : AcTypeState.PRIMED, unsupportedResult(),
                unsupportedMessage());
    }

    @Override
    public void deprime(CompositionDto composition) throws PfModelException {
        intermediaryApi.updateCompositionState(composition.compositionId(),
                failUnsupportedOperation ? AcTypeState.PRIMED : AcTypeState.COMMISSIONED, unsupportedResult(),
                unsupportedMessage());
    }

    @Override
    public void migrate(CompositionElementDto compositionElement, CompositionElementDto compositionElementTarget,
            InstanceElementDto instanceElement, InstanceElementDto instanceElementMigrate, int stage)
            throws PfModelException {
        unchangedOrFailed(instanceElement, instanceElementMigrate);
    }

    @Override
    public void migratePrecheck(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementTarget, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementMigrate) throws PfModelException {
        unchangedOrFailed(instanceElement, instanceElementMigrate);
    }

    @Override
    public void review(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        sendDeployStatus(instanceElement, DeployState.DEPLOYED, unsupportedResult(), unsupportedMessage());
    }

    @Override
    public void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement, int stage)
            throws PfModelException {
        sendDeployStatus(instanceElement, DeployState.UNDEPLOYED, unsupportedResult(), unsupportedMessage());
    }

    @Override
    public void rollbackMigration(CompositionElementDto compositionElement,
            CompositionElementDto compositionElementRollback, InstanceElementDto instanceElement,
            InstanceElementDto instanceElementRollback, int stage) {
        unchangedOrFailed(instanceElement, instanceElementRollback);
    }

    protected void sendLockResult(InstanceElementDto instanceElement, LockState lockState,
            StateChangeResult stateChangeResult, String message) {
        intermediaryApi.updateAutomationCompositionElementState(instanceElement.instanceId(),
                instanceElement.elementId(), null, lockState, stateChangeResult, message);
    }

    protected void sendDeployStatus(InstanceElementDto instanceElement, DeployState deployState,
            StateChangeResult stateChangeResult, String message) {
        intermediaryApi.updateAutomationCompositionElementState(instanceElement.instanceId(),
                instanceElement.elementId(), deployState, null, stateChangeResult, message);
    }

    /**
     * An order that changes properties and is not implemented stays DEPLOYED; without the flag it succeeds only if
     * there was nothing to apply, because reporting success for properties nobody applied would be a lie.
     */
    private void unchangedOrFailed(InstanceElementDto before, InstanceElementDto after) {
        StateChangeResult result = failUnsupportedOperation || !sameProperties(before, after)
                ? StateChangeResult.FAILED : StateChangeResult.NO_ERROR;
        sendDeployStatus(after, DeployState.DEPLOYED, result, unsupportedMessage());
    }

    private static boolean sameProperties(InstanceElementDto before, InstanceElementDto after) {
        return Objects.equals(orEmpty(before.inProperties()), orEmpty(after.inProperties()));
    }

    private static Map<String, Object> orEmpty(Map<String, Object> properties) {
        return properties == null ? Map.of() : properties;
    }

    private StateChangeResult unsupportedResult() {
        return failUnsupportedOperation ? StateChangeResult.FAILED : StateChangeResult.NO_ERROR;
    }

    private String unsupportedMessage() {
        return failUnsupportedOperation ? NOT_SUPPORTED : NOT_IMPLEMENTED;
    }
}
