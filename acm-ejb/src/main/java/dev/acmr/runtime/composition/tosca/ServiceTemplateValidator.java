package dev.acmr.runtime.composition.tosca;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a service template must meet to be commissioned, checked in an order where each rule can rely on the
 * ones before: types first (known parents, no cycles, known property types), then node templates (known types),
 * then the composition (elements exist, one composition node, its member list matches the elements).
 *
 * <p>An element is a node template whose type is {@link ToscaNames#ELEMENT_TYPE} or derives from it at any depth,
 * by exact names. ONAP looks one level up and matches names by "contains"; deriving transitively accepts every
 * template ONAP accepts, and exact names keep {@code ...AutomationCompositionElementX} from counting by accident.
 */
final class ServiceTemplateValidator {

    private ServiceTemplateValidator() {
    }

    static void validate(ServiceTemplate template) {
        checkTypes(template, template.dataTypes(), "Data type", true);
        checkTypes(template, template.nodeTypes(), "Node type", false);
        template.nodeTemplates().values().forEach(node -> checkNodeType(template, node));
        List<NodeTemplate> elements = template.elements();
        if (elements.isEmpty()) {
            throw invalid("The service template has no automation composition element: no node template is of type "
                    + ToscaNames.ELEMENT_TYPE + " or of a type derived from it");
        }
        elements.forEach(element -> checkElement(template, element));
        checkComposition(template, compositionNode(template));
    }

    // Data types may also refine a built-in type ("derived_from: string"); node types only derive from node types.
    private static void checkTypes(ServiceTemplate template, Map<String, ToscaType> types, String kind,
            boolean mayRefineBuiltIns) {
        for (ToscaType type : types.values()) {
            String what = kind + " '" + Excerpt.of(type.name()) + "'";
            type.derivedFrom().ifPresent(parent -> checkParent(types, what, parent, kind, mayRefineBuiltIns));
        }
        new TypeHierarchy(types).findCycle().ifPresent(cycle -> {
            throw invalid(kind + " '" + Excerpt.of(cycle.get(0)) + "' is derived from itself: "
                    + Excerpt.of(String.join(" -> ", cycle), 4 * Excerpt.MAX_LENGTH));
        });
        types.values().forEach(type -> checkProperties(template, type, kind));
    }

    private static void checkProperties(ServiceTemplate template, ToscaType type, String kind) {
        String what = kind + " '" + Excerpt.of(type.name()) + "'";
        for (PropertyDefinition property : type.properties()) {
            String owner = what + ": property '" + Excerpt.of(property.name()) + "'";
            checkDataType(template, owner, property.type());
            property.entrySchemaType().ifPresent(entry -> checkDataType(template, owner + ": entry_schema", entry));
        }
    }

    private static void checkParent(Map<String, ToscaType> peers, String what, String parent, String kind,
            boolean mayRefineBuiltIns) {
        boolean known = peers.containsKey(parent) || ToscaNames.isRootType(parent)
                || (mayRefineBuiltIns && ToscaNames.isBuiltInDataType(parent));
        if (!known) {
            throw invalid(what + " is derived from '" + Excerpt.of(parent) + "', which is not a known "
                    + kind.toLowerCase() + "; define it in the template");
        }
    }

    private static void checkDataType(ServiceTemplate template, String what, String dataType) {
        if (!template.dataTypes().containsKey(dataType) && !ToscaNames.isBuiltInDataType(dataType)) {
            throw invalid(what + " has type '" + Excerpt.of(dataType) + "', which is neither a TOSCA type nor a data "
                    + "type defined in the template");
        }
    }

    private static void checkNodeType(ServiceTemplate template, NodeTemplate node) {
        if (!template.nodeTypes().containsKey(node.type())) {
            throw invalid("Node template '" + Excerpt.of(node.name()) + "' has type '" + Excerpt.of(node.type())
                    + "', which is not a node type defined in the template");
        }
    }

    // The runtime stores an element by name, version and type version: each must be known.
    private static void checkElement(ServiceTemplate template, NodeTemplate element) {
        String what = "Element node template '" + Excerpt.of(element.name()) + "'";
        if (element.version().isEmpty()) {
            throw invalid(what + " has no version");
        }
        if (template.typeVersionOf(element).isEmpty()) {
            throw invalid(what + " has no type_version, and its node type '" + Excerpt.of(element.type())
                    + "' has no version");
        }
    }

    private static NodeTemplate compositionNode(ServiceTemplate template) {
        List<NodeTemplate> compositions = template.compositionNodes();
        if (compositions.isEmpty()) {
            throw invalid("The service template has no composition node: no node template is of type "
                    + ToscaNames.COMPOSITION_TYPE);
        }
        if (compositions.size() > 1) {
            throw invalid("The service template has " + compositions.size() + " composition nodes of type "
                    + ToscaNames.COMPOSITION_TYPE + " (" + Excerpt.of(String.join(", ",
                            compositions.stream().map(NodeTemplate::name).toList())) + "); it must have exactly one");
        }
        return compositions.get(0);
    }

    private static void checkComposition(ServiceTemplate template, NodeTemplate composition) {
        String what = "Composition node '" + Excerpt.of(composition.name()) + "'";
        Object members = composition.properties().get(ToscaNames.ELEMENTS_PROPERTY);
        if (!(members instanceof List<?> list) || list.isEmpty()) {
            throw invalid(what + " lists no elements: its property '" + ToscaNames.ELEMENTS_PROPERTY
                    + "' must be a list of {name, version}");
        }
        for (Object member : list) {
            checkMember(template, what, member(what, member));
        }
    }

    private static ToscaIdentifier member(String what, Object member) {
        if (member instanceof Map<?, ?> entry && isText(entry.get("name")) && isText(entry.get("version"))) {
            return new ToscaIdentifier(entry.get("name").toString(), entry.get("version").toString());
        }
        throw invalid(what + " lists an element that is not a {name, version} mapping");
    }

    private static void checkMember(ServiceTemplate template, String what, ToscaIdentifier member) {
        NodeTemplate node = template.nodeTemplates().get(member.name());
        String listed = what + " lists element '" + Excerpt.of(member.name()) + "' version "
                + Excerpt.of(member.version());
        if (node == null) {
            throw invalid(listed + ", but there is no node template of that name");
        }
        if (!Objects.equals(node.version(), Optional.of(member.version()))) {
            throw invalid(listed + ", but that node template has version "
                    + node.version().map(Excerpt::of).orElse("(none)"));
        }
        if (!template.isElement(node)) {
            throw invalid(listed + ", but that node template is not an automation composition element (type '"
                    + Excerpt.of(node.type()) + "')");
        }
    }

    private static boolean isText(Object value) {
        return value != null && !(value instanceof Map<?, ?>) && !(value instanceof List<?>)
                && !value.toString().isBlank();
    }

    private static InvalidServiceTemplateException invalid(String message) {
        return new InvalidServiceTemplateException(message);
    }
}
