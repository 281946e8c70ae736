package dev.acmr.runtime.composition.tosca;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A node template of the topology: an element of the composition, the composition itself, or anything else the
 * template describes (ONAP's demo has participant nodes). Properties are the template's JSON tree, in its order.
 */
public record NodeTemplate(String name, String type, Optional<String> typeVersion, Optional<String> version,
        Optional<String> description, Map<String, Object> properties) {

    public NodeTemplate {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
