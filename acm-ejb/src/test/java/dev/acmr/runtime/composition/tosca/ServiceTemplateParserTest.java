package dev.acmr.runtime.composition.tosca;

import static dev.acmr.runtime.composition.tosca.TemplateFixtures.demo;
import static dev.acmr.runtime.composition.tosca.TemplateFixtures.parse;
import static dev.acmr.runtime.composition.tosca.TemplateFixtures.replaced;
import static dev.acmr.runtime.composition.tosca.TemplateFixtures.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a valid template gives; the refusals are in {@link ServiceTemplateRejectionTest}. */
class ServiceTemplateParserTest {

    private static final String ELEMENT = "onap.policy.clamp.ac.element.";

    @Test
    void readsOnapsDemoComposition() {
        ServiceTemplate template = parse(demo());

        assertEquals(new ToscaIdentifier("ACM_Oslo", "1.0.0"), template.identifier());
        assertEquals(List.of(ELEMENT + "Policy_AutomationCompositionElement",
                        ELEMENT + "K8S_StarterAutomationCompositionElement", ELEMENT + "K8S_BridgeAutomationCompositionElement",
                        ELEMENT + "K8S_SinkAutomationCompositionElement", ELEMENT + "Http_StarterAutomationCompositionElement",
                        ELEMENT + "Http_BridgeAutomationCompositionElement", ELEMENT + "Http_SinkAutomationCompositionElement"),
                template.elements().stream().map(NodeTemplate::name).toList(), "participant nodes are not elements");
        assertEquals(ELEMENT + "AutomationCompositionDefinition", template.composition().name());
        assertEquals(Optional.empty(), template.compositionId());
    }

    @Test
    void keepsTheNodeTemplateDetailsTheRuntimeStores() {
        NodeTemplate bridge = parse(demo()).nodeTemplates().get(ELEMENT + "Http_BridgeAutomationCompositionElement");

        assertEquals("org.onap.policy.clamp.acm.HttpAutomationCompositionElement", bridge.type());
        assertEquals(Optional.of("1.0.0"), bridge.typeVersion());
        assertEquals(Optional.of("1.2.3"), bridge.version());
        assertEquals(Map.of("provider", "ONAP", "uninitializedToPassiveTimeout", 300L, "startPhase", 1L),
                bridge.properties());
    }

    @Test
    void aTemplateWithoutVersionGetsOnapsDefaultVersion() {
        ServiceTemplate template = parse(replaced(demo(), "name: ACM_Oslo\nversion: 1.0.0\n", "name: ACM_Oslo\n"));

        assertEquals(new ToscaIdentifier("ACM_Oslo", "1.0.0"), template.identifier());
        assertEquals(List.of("tosca_definitions_version", "name", "version"),
                template.document().keySet().stream().limit(3).toList(), "shown in the stored template");
    }

    @Test
    void aTemplateWithoutNameGetsOnapsDefaultName() {
        ServiceTemplate template = parse(replaced(demo(), "name: ACM_Oslo\n", ""));

        assertEquals(new ToscaIdentifier("tosca", "1.0.0"), template.identifier());
        assertEquals("tosca", template.document().get("name"));
    }

    @Test
    void readsTheSimulatorComposition() {
        ServiceTemplate template = parse(sim());

        assertEquals(List.of(ELEMENT + "Sim_StarterAutomationCompositionElement",
                ELEMENT + "Sim_BridgeAutomationCompositionElement"), template.elements().stream().map(NodeTemplate::name).toList());
        assertEquals(Map.of("primeTimeoutMs", 20000L, "deprimeTimeoutMs", 20000L), template.metadata());
        template.elements().forEach(element -> assertEquals(Optional.of("1.0.0"), template.typeVersionOf(element)));
    }

    @Test
    void theSimulatorTemplateCarriesOnapsBaseTypesUnchanged() {
        Map<?, ?> base = (Map<?, ?>) new YamlDocumentReader(TemplateFixtures.LIMITS)
                .read(TemplateFixtures.text("tosca/acm-base-types.yaml"));
        ServiceTemplate template = parse(sim());

        assertEquals(base.get("data_types"), template.document().get("data_types"));
        ((Map<?, ?>) base.get("node_types")).forEach((name, type) ->
                assertEquals(type, ((Map<?, ?>) template.document().get("node_types")).get(name), name.toString()));
    }

    @Test
    void readsTheSameTemplateFromJson() {
        String json = new JsonDocumentWriter().write(parse(demo()).document());

        ServiceTemplate fromJson = new ServiceTemplateParser(TemplateFixtures.LIMITS).parse(json, DocumentSyntax.JSON);

        assertEquals(parse(demo()).document(), fromJson.document());
        assertEquals(7, fromJson.elements().size());
    }

    @Test
    void readsJsonIndentedWithTabs() {
        String json = new JsonDocumentWriter().write(parse(sim()).document()).replace(",\"", ",\n\t\"");

        assertEquals(2, new ServiceTemplateParser(TemplateFixtures.LIMITS).parse(json, DocumentSyntax.JSON)
                .elements().size());
    }

    @Test
    void anElementTypeMayDeriveFromTheElementTypeAtAnyDepth() {
        String deeper = replaced(sim(),
                "  org.onap.policy.clamp.acm.SimAutomationCompositionElement:\n"
                + "    version: 1.0.0\n"
                + "    derived_from: org.onap.policy.clamp.acm.AutomationCompositionElement\n",
                "  org.onap.policy.clamp.acm.MiddleElement:\n"
                + "    version: 1.0.0\n"
                + "    derived_from: org.onap.policy.clamp.acm.AutomationCompositionElement\n"
                + "  org.onap.policy.clamp.acm.SimAutomationCompositionElement:\n"
                + "    version: 1.0.0\n"
                + "    derived_from: org.onap.policy.clamp.acm.MiddleElement\n");

        assertEquals(2, parse(deeper).elements().size());
    }

    @Test
    void aTypeNameThatOnlyContainsTheElementTypeIsNoElement() {
        String lookalike = replaced(replaced(sim(), "  org.onap.policy.clamp.acm.SimAutomationCompositionElement:\n",
                        "  org.onap.policy.clamp.acm.AutomationCompositionElementSim:\n"),
                "derived_from: org.onap.policy.clamp.acm.AutomationCompositionElement\n    properties:\n      baseUrl",
                "derived_from: tosca.nodes.Root\n    properties:\n      baseUrl");
        String templates = lookalike.replace("type: org.onap.policy.clamp.acm.SimAutomationCompositionElement",
                "type: org.onap.policy.clamp.acm.AutomationCompositionElementSim");

        InvalidServiceTemplateException e = ServiceTemplateRejectionTest.rejected(templates);

        assertTrue(e.getMessage().contains("has no automation composition element"), e.getMessage());
    }

    @Test
    void acceptsBuiltInTypesAndAnyToscaRootAsParent() {
        String builtIns = replaced(sim(), "      baseUrl:\n        type: string\n",
                "      baseUrl:\n        type: string\n"
                + "      period:\n        type: scalar-unit.time\n"
                + "      credential:\n        type: tosca.datatypes.Credential\n"
                + "      ports:\n        type: map\n        entry_schema:\n          type: integer\n");

        assertEquals(2, parse(replaced(builtIns, "derived_from: tosca.datatypes.Root", "derived_from: tosca.nodes.Root"))
                .elements().size());
    }

    @Test
    void takesNumericVersionsAsText() {
        ServiceTemplate template = parse(replaced(sim(), "name: SimComposition\nversion: 1.0.0", "name: SimComposition\nversion: 2"));

        assertEquals("2", template.identifier().version());
    }

    @Test
    void setsTheCompositionIdInANewDocumentAndKeepsTheRest() {
        ServiceTemplate template = parse(sim());

        Map<String, Object> withId = template.documentWithCompositionId("6c6e5b3a-0000-4000-8000-000000000001");

        assertEquals(Map.of("primeTimeoutMs", 20000L, "deprimeTimeoutMs", 20000L,
                ServiceTemplate.COMPOSITION_ID, "6c6e5b3a-0000-4000-8000-000000000001"), withId.get("metadata"));
        assertEquals(List.copyOf(template.document().keySet()), List.copyOf(withId.keySet()));
        assertFalse(template.metadata().containsKey(ServiceTemplate.COMPOSITION_ID), "the template is unchanged");
    }

    @Test
    void readsTheCompositionIdOfAnUpdate() {
        ServiceTemplate template = parse(replaced(sim(), "version: 1.0.0\nmetadata:\n",
                "version: 1.0.0\nmetadata:\n  compositionId: 6c6e5b3a-0000-4000-8000-000000000001\n"));

        assertEquals(Optional.of("6c6e5b3a-0000-4000-8000-000000000001"), template.compositionId());
    }
}
