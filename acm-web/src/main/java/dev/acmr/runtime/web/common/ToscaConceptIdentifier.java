package dev.acmr.runtime.web.common;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code ToscaConceptIdentifier}: a name and a version. */
@JsonbPropertyOrder({"name", "version"})
@Schema(name = "ToscaConceptIdentifier")
public record ToscaConceptIdentifier(String name, String version) {
}
