package dev.acmr.runtime.composition.tosca;

import static dev.acmr.runtime.composition.tosca.TemplateFixtures.demo;
import static dev.acmr.runtime.composition.tosca.TemplateFixtures.replaced;
import static dev.acmr.runtime.composition.tosca.TemplateFixtures.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One broken variant of ONAP's demo (or of the simulator template) per rule, and the message it gets. */
class ServiceTemplateRejectionTest {

    private static final String COMPOSITION = "onap.policy.clamp.ac.element.AutomationCompositionDefinition";
    private static final String POLICY_ELEMENT = "onap.policy.clamp.ac.element.Policy_AutomationCompositionElement";

    @Test
    void malformedYamlNamesLineAndColumn() {
        assertMessage("Malformed YAML at line 4, column 1: could not find expected ':' "
                        + "(while scanning a simple key, line 3, column 1)",
                "name: x\nversion: 1.0.0\nnot a key\n");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        InvalidServiceTemplateException e = assertThrows(InvalidServiceTemplateException.class,
                () -> new ServiceTemplateParser(TemplateFixtures.LIMITS).parse("{\"name\": \"x\",\n  \"version\": }",
                        DocumentSyntax.JSON));

        assertTrue(e.getMessage().startsWith("Malformed JSON at line 2, column 14: "), e.getMessage());
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() {
        assertMessage("The service template must be a mapping (a JSON object), but it is a list", "- name: x\n");
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertMessage("The request has no body; a TOSCA service template is expected", "  \n");
    }

    @Test
    void aNodeTypeDerivedFromAnUnknownTypeIsRefused() {
        assertMessage("Node type 'org.onap.policy.clamp.acm.PolicyAutomationCompositionElement' is derived from "
                        + "'org.onap.policy.clamp.acm.Missing', which is not a known node type; define it in the template",
                replaced(demo(), "    version: 1.0.0\n    derived_from: org.onap.policy.clamp.acm.AutomationCompositionElement\n"
                                + "    properties:\n      policy_type_id:",
                        "    version: 1.0.0\n    derived_from: org.onap.policy.clamp.acm.Missing\n"
                                + "    properties:\n      policy_type_id:"));
    }

    @Test
    void aDataTypeDerivedFromAnUnknownTypeIsRefused() {
        assertMessage("Data type 'onap.datatypes.ToscaConceptIdentifier' is derived from 'onap.datatypes.Missing', "
                        + "which is not a known data type; define it in the template",
                replaced(sim(), "derived_from: tosca.datatypes.Root", "derived_from: onap.datatypes.Missing"));
    }

    @Test
    void aPropertyOfAnUnknownDataTypeIsRefused() {
        assertMessage("Node type 'org.onap.policy.clamp.acm.SimAutomationCompositionElement': property 'baseUrl' has "
                        + "type 'url', which is neither a TOSCA type nor a data type defined in the template",
                replaced(sim(), "      baseUrl:\n        type: string", "      baseUrl:\n        type: url"));
    }

    @Test
    void anEntrySchemaOfAnUnknownDataTypeIsRefused() {
        assertMessage("Node type 'org.onap.policy.clamp.acm.AutomationComposition': property 'elements': entry_schema "
                        + "has type 'onap.datatypes.Missing', which is neither a TOSCA type nor a data type defined in the template",
                replaced(sim(), "          type: onap.datatypes.ToscaConceptIdentifier",
                        "          type: onap.datatypes.Missing"));
    }

    @Test
    void aPropertyWithoutTypeIsRefused() {
        assertMessage("Node type 'org.onap.policy.clamp.acm.SimAutomationCompositionElement': property 'baseUrl' has no type",
                replaced(sim(), "      baseUrl:\n        type: string\n", "      baseUrl:\n"));
    }

    @Test
    void aDerivedFromCycleIsRefused() {
        assertMessage("Node type 'org.onap.policy.clamp.acm.AutomationCompositionElement' is derived from itself: "
                        + "org.onap.policy.clamp.acm.AutomationCompositionElement -> "
                        + "org.onap.policy.clamp.acm.SimAutomationCompositionElement -> "
                        + "org.onap.policy.clamp.acm.AutomationCompositionElement",
                replaced(sim(), "    version: 1.0.1\n    derived_from: tosca.nodetypes.Root\n    properties:\n      provider:\n"
                                + "        type: string\n        required: false\n        metadata:\n            common: true\n"
                                + "        description: Specifies the organization that provides the automation composition element\n"
                                + "      startPhase:",
                        "    version: 1.0.1\n    derived_from: org.onap.policy.clamp.acm.SimAutomationCompositionElement\n"
                                + "    properties:\n      startPhase:"));
    }

    @Test
    void aNodeTemplateOfAnUnknownNodeTypeIsRefused() {
        assertMessage("Node template 'org.onap.policy.clamp.acm.PolicyParticipant' has type "
                        + "'org.onap.policy.clamp.acm.Stranger', which is not a node type defined in the template",
                replaced(demo(), "      version: 2.3.1\n      type: org.onap.policy.clamp.acm.Participant",
                        "      version: 2.3.1\n      type: org.onap.policy.clamp.acm.Stranger"));
    }

    @Test
    void aNodeTemplateWithoutTypeIsRefused() {
        assertMessage("Node template 'org.onap.policy.clamp.acm.PolicyParticipant' has no type",
                replaced(demo(), "      version: 2.3.1\n      type: org.onap.policy.clamp.acm.Participant\n",
                        "      version: 2.3.1\n"));
    }

    @Test
    void aTemplateWithoutElementsIsRefused() {
        String noElements = sim().substring(0, sim().indexOf("topology_template:")) + "topology_template:\n"
                + "  node_templates:\n    " + COMPOSITION + ":\n      version: 1.2.3\n"
                + "      type: org.onap.policy.clamp.acm.AutomationComposition\n";

        assertMessage("The service template has no automation composition element: no node template is of type "
                + "org.onap.policy.clamp.acm.AutomationCompositionElement or of a type derived from it", noElements);
    }

    @Test
    void aMissingCompositionNodeIsRefused() {
        assertMessage("The service template has no composition node: no node template is of type "
                        + "org.onap.policy.clamp.acm.AutomationComposition",
                replaced(demo(), "      type: org.onap.policy.clamp.acm.AutomationComposition\n",
                        "      type: org.onap.policy.clamp.acm.Participant\n"));
    }

    @Test
    void aDuplicatedCompositionNodeIsRefused() {
        assertMessage("The service template has 2 composition nodes of type "
                        + "org.onap.policy.clamp.acm.AutomationComposition (org.onap.policy.clamp.acm.PolicyParticipant, "
                        + COMPOSITION + "); it must have exactly one",
                replaced(demo(), "      version: 2.3.1\n      type: org.onap.policy.clamp.acm.Participant",
                        "      version: 2.3.1\n      type: org.onap.policy.clamp.acm.AutomationComposition"));
    }

    @Test
    void aCompositionNodeWithoutElementListIsRefused() {
        assertMessage("Composition node '" + COMPOSITION + "' lists no elements: its property 'elements' must be a "
                        + "list of {name, version}",
                replaced(demo(), "        provider: ONAP\n        elements:\n", "        provider: ONAP\n        others:\n"));
    }

    @Test
    void aListedElementThatIsNoNodeTemplateIsRefused() {
        assertMessage("Composition node '" + COMPOSITION + "' lists element "
                        + "'onap.policy.clamp.ac.element.Missing' version 1.2.3, but there is no node template of that name",
                replaced(demo(), "          - name: " + POLICY_ELEMENT, "          - name: onap.policy.clamp.ac.element.Missing"));
    }

    @Test
    void aListedElementOfAnotherVersionIsRefused() {
        assertMessage("Composition node '" + COMPOSITION + "' lists element '" + POLICY_ELEMENT + "' version 9.9.9, "
                        + "but that node template has version 1.2.3",
                replaced(demo(), "          - name: " + POLICY_ELEMENT + "\n            version: 1.2.3",
                        "          - name: " + POLICY_ELEMENT + "\n            version: 9.9.9"));
    }

    @Test
    void aListedNodeTemplateThatIsNoElementIsRefused() {
        assertMessage("Composition node '" + COMPOSITION + "' lists element 'org.onap.policy.clamp.acm.PolicyParticipant' "
                        + "version 2.3.1, but that node template is not an automation composition element "
                        + "(type 'org.onap.policy.clamp.acm.Participant')",
                replaced(demo(), "          - name: " + POLICY_ELEMENT + "\n            version: 1.2.3",
                        "          - name: org.onap.policy.clamp.acm.PolicyParticipant\n            version: 2.3.1"));
    }

    @Test
    void anElementWithoutVersionIsRefused() {
        assertMessage("Element node template '" + POLICY_ELEMENT + "' has no version",
                replaced(demo(), "      version: 1.2.3\n      type: org.onap.policy.clamp.acm.PolicyAutomationCompositionElement\n",
                        "      type: org.onap.policy.clamp.acm.PolicyAutomationCompositionElement\n"));
    }

    @Test
    void aMappingWhereTextBelongsIsRefused() {
        assertMessage("The service template: name must be text, but it is a mapping",
                replaced(demo(), "name: ACM_Oslo\n", "name: {first: ACM}\n"));
    }

    static InvalidServiceTemplateException rejected(String yaml) {
        return assertThrows(InvalidServiceTemplateException.class, () -> TemplateFixtures.parse(yaml));
    }

    private static void assertMessage(String expected, String yaml) {
        assertEquals(expected, rejected(yaml).getMessage());
    }
}
