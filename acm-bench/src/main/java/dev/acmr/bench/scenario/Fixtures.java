package dev.acmr.bench.scenario;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark's TOSCA compositions and instance bodies, in ONAP's shapes: ONAP's base types, one element node type
 * (deriving from {@code org.onap.policy.clamp.acm.AutomationCompositionElement}) bound to a participant's supported
 * element type, N element templates of it in start phase 0, and the composition node listing them.
 */
public final class Fixtures {

    static final String ELEMENT_VERSION = "1.2.3";

    private Fixtures() {
    }

    public static String elementName(int index) {
        return "dev.acmr.bench.Element" + index;
    }

    /** A composition (TOSCA YAML) with {@code elements} element templates of {@code elementType} 1.0.0. */
    public static String composition(String name, String elementType, int elements) {
        StringBuilder yaml = new StringBuilder("""
                tosca_definitions_version: tosca_simple_yaml_1_3
                name: %s
                version: 1.0.0
                data_types:
                  onap.datatypes.ToscaConceptIdentifier:
                    derived_from: tosca.datatypes.Root
                    properties:
                      name: {type: string, required: true}
                      version: {type: string, required: true}
                node_types:
                  org.onap.policy.clamp.acm.AutomationCompositionElement:
                    version: 1.0.1
                    derived_from: tosca.nodetypes.Root
                    properties:
                      startPhase: {type: integer, required: false}
                  org.onap.policy.clamp.acm.AutomationComposition:
                    version: 1.0.1
                    derived_from: tosca.nodetypes.Root
                    properties:
                      elements:
                        type: list
                        required: true
                        entry_schema: {type: onap.datatypes.ToscaConceptIdentifier}
                  %s:
                    version: 1.0.0
                    derived_from: org.onap.policy.clamp.acm.AutomationCompositionElement
                topology_template:
                  node_templates:
                """.formatted(name, elementType));
        for (int i = 1; i <= elements; i++) {
            yaml.append("    ").append(elementName(i)).append(":\n")
                    .append("      version: ").append(ELEMENT_VERSION).append('\n')
                    .append("      type: ").append(elementType).append('\n')
                    .append("      type_version: 1.0.0\n")
                    .append("      properties: {startPhase: 0}\n");
        }
        yaml.append("    dev.acmr.bench.Composition:\n      version: 1.2.3\n")
                .append("      type: org.onap.policy.clamp.acm.AutomationComposition\n      type_version: 1.0.1\n")
                .append("      properties:\n        elements:\n");
        for (int i = 1; i <= elements; i++) {
            yaml.append("          - {name: ").append(elementName(i)).append(", version: ").append(ELEMENT_VERSION)
                    .append("}\n");
        }
        return yaml.toString();
    }

    /** An instance of the composition with one element per template, fresh element ids, a unique name. */
    public static InstanceBody instance(String compositionId, int elements) {
        return instance(compositionId, elements, Json.createObjectBuilder().build());
    }

    /** The same, with the given properties on every element (e.g. {@code deployTimeoutMs}). */
    public static InstanceBody instance(String compositionId, int elements, jakarta.json.JsonObject properties) {
        JsonObjectBuilder elementsJson = Json.createObjectBuilder();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= elements; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            elementsJson.add(id, Json.createObjectBuilder()
                    .add("id", id)
                    .add("definition", Json.createObjectBuilder().add("name", elementName(i))
                            .add("version", ELEMENT_VERSION))
                    .add("description", "bench element " + i)
                    .add("properties", properties));
        }
        String json = Json.createObjectBuilder()
                .add("name", "bench-" + UUID.randomUUID())
                .add("version", "1.0.0")
                .add("compositionId", compositionId)
                .add("description", "made by ./acm bench")
                .add("elements", elementsJson)
                .build().toString();
        return new InstanceBody(json, ids);
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** An instance body and its element ids. */
    public record InstanceBody(String json, List<String> elementIds) {
    }
}
