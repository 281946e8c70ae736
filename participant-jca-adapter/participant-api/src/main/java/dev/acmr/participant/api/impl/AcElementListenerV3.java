package dev.acmr.participant.api.impl;

import dev.acmr.participant.api.ParticipantIntermediaryApi;
import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;

/**
 * The base class of participants written for ONAP's 8.0 listener (ONAP's AcElementListenerV3): everything as
 * {@link AcElementListenerV4}, except that prepare has no stage; the staged call runs the stage-less one, whose
 * default reports the element prepared (UNDEPLOYED, NO_ERROR, "Not implemented") whatever
 * {@link #failUnsupportedOperation} says, as ONAP's does.
 */
public abstract class AcElementListenerV3 extends AcElementListenerV4
        implements AutomationCompositionElementListenerV3 {

    protected AcElementListenerV3(ParticipantIntermediaryApi intermediaryApi) {
        super(intermediaryApi);
    }

    @Override
    public void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException {
        sendDeployStatus(instanceElement, DeployState.UNDEPLOYED, StateChangeResult.NO_ERROR, NOT_IMPLEMENTED);
    }

    @Override
    public void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement, int stage)
            throws PfModelException {
        prepare(compositionElement, instanceElement);
    }
}
