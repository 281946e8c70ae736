package dev.acmr.runtime.composition.tosca;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A TOSCA service template that {@link ServiceTemplateParser} read and validated: the typed parts the runtime uses
 * and the whole document, which is what gets stored and shown (nothing the client wrote is dropped).
 */
public final class ServiceTemplate {

    /** The metadata key holding the id of the composition definition the template belongs to. */
    public static final String COMPOSITION_ID = "compositionId";

    private final Map<String, Object> document;
    private final ToscaIdentifier identifier;
    private final Map<String, Object> metadata;
    private final Map<String, ToscaType> dataTypes;
    private final Map<String, ToscaType> nodeTypes;
    private final Map<String, NodeTemplate> nodeTemplates;
    private final Set<String> elementTypes;

    ServiceTemplate(Map<String, Object> document, ToscaIdentifier identifier, Map<String, Object> metadata,
            Map<String, ToscaType> dataTypes, Map<String, ToscaType> nodeTypes,
            Map<String, NodeTemplate> nodeTemplates) {
        this.document = Collections.unmodifiableMap(document);
        this.identifier = identifier;
        this.metadata = Collections.unmodifiableMap(metadata);
        this.dataTypes = Collections.unmodifiableMap(dataTypes);
        this.nodeTypes = Collections.unmodifiableMap(nodeTypes);
        this.nodeTemplates = Collections.unmodifiableMap(nodeTemplates);
        this.elementTypes = new TypeHierarchy(nodeTypes).descendantsOf(ToscaNames.ELEMENT_TYPE);
    }

    /** The template's {@code name} and {@code version}. */
    public ToscaIdentifier identifier() {
        return identifier;
    }

    /** The whole template as a JSON tree, in the client's order. */
    public Map<String, Object> document() {
        return document;
    }

    /** The whole template with {@code metadata.compositionId} set, the rest unchanged; the tree is a new one. */
    public Map<String, Object> documentWithCompositionId(String compositionId) {
        Map<String, Object> withId = new LinkedHashMap<>(document);
        Map<String, Object> newMetadata = new LinkedHashMap<>(metadata);
        newMetadata.put(COMPOSITION_ID, compositionId);
        withId.put("metadata", newMetadata);
        return withId;
    }

    /** {@code metadata.compositionId} as written: set when the client updates an existing definition. */
    public Optional<String> compositionId() {
        Object id = metadata.get(COMPOSITION_ID);
        return id == null ? Optional.empty() : Optional.of(id.toString());
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    public Map<String, ToscaType> dataTypes() {
        return dataTypes;
    }

    public Map<String, ToscaType> nodeTypes() {
        return nodeTypes;
    }

    /** All node templates, keyed by name, in the client's order. */
    public Map<String, NodeTemplate> nodeTemplates() {
        return nodeTemplates;
    }

    /** The node templates that are composition elements, in the client's order. */
    public List<NodeTemplate> elements() {
        return nodeTemplates.values().stream().filter(this::isElement).toList();
    }

    /** The composition node; a validated template has exactly one. */
    public NodeTemplate composition() {
        return compositionNodes().get(0);
    }

    List<NodeTemplate> compositionNodes() {
        return nodeTemplates.values().stream()
                .filter(template -> template.type().equals(ToscaNames.COMPOSITION_TYPE))
                .toList();
    }

    /** Whether the template's type is the element type or derives from it, at any depth. */
    public boolean isElement(NodeTemplate template) {
        return elementTypes.contains(template.type());
    }

    /** The node type version the template uses: its {@code type_version}, else the version of its node type. */
    public Optional<String> typeVersionOf(NodeTemplate template) {
        return template.typeVersion().or(() -> Optional.ofNullable(nodeTypes.get(template.type()))
                .flatMap(ToscaType::version));
    }

    @Override
    public String toString() {
        return "ServiceTemplate[" + identifier + ", " + nodeTemplates.size() + " node templates]";
    }
}
