package dev.acmr.participant.api.impl;

import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.models.base.PfModelException;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;

/** The listener of ONAP's 8.0 release, whose prepare had no stage (ONAP's AutomationCompositionElementListenerV3). */
public interface AutomationCompositionElementListenerV3 extends AutomationCompositionElementListener {

    void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
            throws PfModelException;
}
