package dev.acmr.runtime.composition.tosca;

import java.util.Set;
import java.util.regex.Pattern;

/** The type names with a fixed meaning: ACM's base node types and TOSCA's built-in types. */
public final class ToscaNames {

    /** Node templates of this type, or of a type derived from it at any depth, are composition elements. */
    public static final String ELEMENT_TYPE = "org.onap.policy.clamp.acm.AutomationCompositionElement";

    /** The one node template of this type is the composition; its {@code elements} property lists the members. */
    public static final String COMPOSITION_TYPE = "org.onap.policy.clamp.acm.AutomationComposition";

    /** The composition node's property listing its elements as {@code [{name, version}]}. */
    public static final String ELEMENTS_PROPERTY = "elements";

    /** The name ONAP's model gives a service template that has none. */
    public static final String DEFAULT_TEMPLATE_NAME = "tosca";

    /** The version ONAP's model gives a service template that has none. */
    public static final String DEFAULT_TEMPLATE_VERSION = "1.0.0";

    private static final Set<String> PRIMITIVE_TYPES =
            Set.of("string", "integer", "float", "boolean", "timestamp", "list", "map", "range", "version");

    // tosca.nodes.Root, tosca.datatypes.Root, ONAP's tosca.nodetypes.Root...
    private static final Pattern ROOT_TYPE = Pattern.compile("tosca\\.[A-Za-z]+\\.Root");

    private ToscaNames() {
    }

    /** A root type of TOSCA, which may be a parent without being defined in the template. */
    static boolean isRootType(String name) {
        return ROOT_TYPE.matcher(name).matches();
    }

    /** A data type every template may use without defining it. */
    static boolean isBuiltInDataType(String name) {
        return PRIMITIVE_TYPES.contains(name) || name.startsWith("scalar-unit.") || name.startsWith("tosca.datatypes.");
    }
}
