package dev.acmr.runtime.web.instance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code AutomationCompositions}: a listing of instances. */
@Schema(name = "AutomationCompositions")
public record AutomationCompositions(List<AutomationCompositionDto> automationCompositionList) {

    public AutomationCompositions {
        automationCompositionList = List.copyOf(automationCompositionList);
    }
}
