package dev.acmr.runtime.composition.tosca;

import java.util.List;
import java.util.Map;

/**
 * The name and version of every node template of a template's topology, in the template's order: what ONAP answers
 * a commissioning request with (affectedAutomationCompositionDefinitions), elements, composition node and any other
 * node alike. A node template without a version has ONAP's null version {@value #NO_VERSION}.
 */
public final class NodeTemplateIdentifiers {

    /** The version ONAP's TOSCA model gives an entity that has none. */
    public static final String NO_VERSION = "0.0.0";

    private NodeTemplateIdentifiers() {
    }

    /** From a template document as stored, which was validated when it was commissioned. */
    public static List<ToscaIdentifier> of(Map<String, Object> document) {
        if (!(document.get("topology_template") instanceof Map<?, ?> topology)
                || !(topology.get("node_templates") instanceof Map<?, ?> nodeTemplates)) {
            return List.of();
        }
        return nodeTemplates.entrySet().stream().map(entry -> new ToscaIdentifier(entry.getKey().toString(),
                versionOf(entry.getValue()))).toList();
    }

    private static String versionOf(Object nodeTemplate) {
        Object version = nodeTemplate instanceof Map<?, ?> fields ? fields.get("version") : null;
        return version == null || version.toString().isBlank() ? NO_VERSION : version.toString();
    }
}
