package dev.acmr.runtime.web.composition;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ONAP's {@code ToscaServiceTemplates}: the commissioned templates, each with its {@code metadata.compositionId}. The
 * list is named in TOSCA's snake case, {@code service_templates}, as ONAP writes it.
 */
@Schema(name = "ToscaServiceTemplates")
public record ToscaServiceTemplates(@JsonbProperty("service_templates") List<Map<String, Object>> serviceTemplates) {

    public ToscaServiceTemplates {
        serviceTemplates = List.copyOf(serviceTemplates);
    }
}
