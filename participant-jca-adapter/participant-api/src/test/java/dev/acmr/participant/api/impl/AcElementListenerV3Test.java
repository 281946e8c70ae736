package dev.acmr.participant.api.impl;

import static dev.acmr.participant.api.impl.AcElementListenerV4Test.BEFORE;
import static dev.acmr.participant.api.impl.AcElementListenerV4Test.DEFINITION;
import static dev.acmr.participant.api.impl.AcElementListenerV4Test.ELEMENT;
import static dev.acmr.participant.api.impl.AcElementListenerV4Test.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 8.0 listener: prepare without a stage, which the staged call runs; the rest as V4. */
class AcElementListenerV3Test {

    private final RecordingIntermediary intermediary = new RecordingIntermediary();
    private final List<String> prepared = new ArrayList<>();

    private AcElementListenerV3 listener(boolean implementsPrepare) {
        AcElementListenerV3 listener = new AcElementListenerV3(intermediary.api) {
            @Override
            public void deploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
            }

            @Override
            public void undeploy(CompositionElementDto compositionElement, InstanceElementDto instanceElement) {
            }

            @Override
            public void prepare(CompositionElementDto compositionElement, InstanceElementDto instanceElement)
                    throws dev.acmr.participant.models.base.PfModelException {
                if (implementsPrepare) {
                    prepared.add(instanceElement.elementId().toString());
                } else {
                    super.prepare(compositionElement, instanceElement);
                }
            }
        };
        return listener;
    }

    @Test
    void thePrepareDefaultReportsPreparedWhateverTheFlag() throws Exception {
        AcElementListenerV3 listener = listener(false);
        listener.prepare(DEFINITION, BEFORE, 3);
        assertEquals("updateAutomationCompositionElementState[" + INSTANCE + ", " + ELEMENT
                + ", UNDEPLOYED, null, NO_ERROR, Not implemented]", intermediary.only());
    }

    @Test
    void theStagedPrepareRunsTheStagelessOne() throws Exception {
        listener(true).prepare(DEFINITION, BEFORE, 3);
        assertEquals(List.of(ELEMENT.toString()), prepared);
        assertEquals(List.of(), intermediary.calls);
    }

    @Test
    void everythingElseIsAsV4() throws Exception {
        listener(false).lock(DEFINITION, BEFORE);
        assertEquals("updateAutomationCompositionElementState[" + INSTANCE + ", " + ELEMENT
                + ", null, UNLOCKED, FAILED, Not supported]", intermediary.only());
    }
}
