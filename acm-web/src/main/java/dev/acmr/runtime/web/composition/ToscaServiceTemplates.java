package dev.acmr.runtime.web.composition;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code ToscaServiceTemplates}: the commissioned templates, each with its {@code metadata.compositionId}. */
@Schema(name = "ToscaServiceTemplates")
public record ToscaServiceTemplates(List<Map<String, Object>> serviceTemplates) {

    public ToscaServiceTemplates {
        serviceTemplates = List.copyOf(serviceTemplates);
    }
}
