package dev.acmr.runtime.web.composition;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import dev.acmr.runtime.web.common.ToscaConceptIdentifier;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code CommissioningResponse}: the definition and its element node templates, by name. */
@JsonbPropertyOrder({"compositionId", "affectedAutomationCompositionDefinitions"})
@Schema(name = "CommissioningResponse")
public record CommissioningResponse(UUID compositionId,
        List<ToscaConceptIdentifier> affectedAutomationCompositionDefinitions) {

    public CommissioningResponse {
        affectedAutomationCompositionDefinitions = List.copyOf(affectedAutomationCompositionDefinitions);
    }
}
