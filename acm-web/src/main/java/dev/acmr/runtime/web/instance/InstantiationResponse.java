package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.web.common.ToscaConceptIdentifier;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code InstantiationResponse}: the instance and its name and version. */
@JsonbPropertyOrder({"instanceId", "affectedAutomationComposition"})
@Schema(name = "InstantiationResponse")
public record InstantiationResponse(UUID instanceId, ToscaConceptIdentifier affectedAutomationComposition) {
}
