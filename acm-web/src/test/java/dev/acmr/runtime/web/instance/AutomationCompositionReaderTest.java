package dev.acmr.runtime.web.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.tosca.DocumentSyntax;
import dev.acmr.runtime.composition.tosca.ParseLimits;
import dev.acmr.runtime.composition.tosca.ServiceTemplateParser;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AutomationCompositionReaderTest {

    private static final String ELEMENT = "709c62b3-8918-41b9-a747-d21eb79c6c20";
    private static final String COMPOSITION = "709c62b3-8918-41b9-a747-d21eb79c6c40";

    private static final String YAML = """
            name: DemoInstance
            version: 1.0.1
            compositionId: %s
            description: Demo
            elements:
              %s:
                id: %s
                definition:
                  name: onap.policy.clamp.ac.element.Sim_StarterAutomationCompositionElement
                  version: 1.2.3
                description: Starter
                properties:
                  baseUrl: http://x
                  deployTimeoutMs: 2000
            """.formatted(COMPOSITION, ELEMENT, ELEMENT);

    @Test
    void readsOnapsYamlPayload() {
        InstanceDraft draft = read(YAML, DocumentSyntax.YAML);
        assertEquals("DemoInstance", draft.name());
        assertEquals("1.0.1", draft.version());
        assertEquals(UUID.fromString(COMPOSITION), draft.compositionId());
        assertNull(draft.instanceId());
        assertEquals(1, draft.elements().size());
        InstanceDraft.Element element = draft.elements().get(0);
        assertEquals(UUID.fromString(ELEMENT), element.id());
        assertEquals(new ToscaIdentifier("onap.policy.clamp.ac.element.Sim_StarterAutomationCompositionElement",
                "1.2.3"), element.definition());
        assertEquals("http://x", element.properties().get("baseUrl"));
        assertEquals(2000L, ((Number) element.properties().get("deployTimeoutMs")).longValue());
    }

    @Test
    void readsAnUpdateAsJson() {
        String json = "{\"instanceId\": \"" + UUID.randomUUID() + "\", \"compositionId\": \"" + COMPOSITION
                + "\", \"elements\": {\"" + ELEMENT + "\": {\"properties\": {\"baseUrl\": \"v2\"}}}}";
        InstanceDraft draft = read(json, DocumentSyntax.JSON);
        assertTrue(draft.existingInstance().isPresent());
        assertNull(draft.elements().get(0).definition());
        assertEquals(Map.of("baseUrl", "v2"), draft.elements().get(0).properties());
    }

    @Test
    void refusesWhatIsMissingOrMisshapen() {
        assertRefused("{\"version\": \"1\", \"elements\": {}}", "name is missing");
        assertRefused("{\"name\": \"n\", \"version\": \"1\", \"compositionId\": \"nope\"}", "compositionId is not a UUID");
        assertRefused("{\"name\": \"n\", \"version\": \"1\", \"elements\": []}", "elements must be an object");
        assertRefused("{\"name\": \"n\", \"version\": \"1\", \"elements\": {\"x\": {}}}", "elements.x is not a UUID");
        assertRefused("{\"name\": \"n\", \"version\": \"1\", \"elements\": {\"" + ELEMENT + "\": {\"id\": \""
                + UUID.randomUUID() + "\"}}}", "not the element's key");
    }

    @Test
    void aNewInstanceNeedsEveryDefinition() {
        InstanceDraft draft = read("{\"name\": \"n\", \"version\": \"1\", \"elements\": {\"" + ELEMENT + "\": {}}}",
                DocumentSyntax.JSON);
        assertThrows(InstanceRejectedException.class, () -> AutomationCompositionReader.requireDefinitions(draft));
    }

    private static void assertRefused(String json, String mentioned) {
        InstanceRejectedException e = assertThrows(InstanceRejectedException.class,
                () -> read(json, DocumentSyntax.JSON));
        assertTrue(e.getMessage().contains(mentioned), e.getMessage());
    }

    private static InstanceDraft read(String text, DocumentSyntax syntax) {
        return AutomationCompositionReader.read(
                new ServiceTemplateParser(ParseLimits.forDocumentsOf(1_000_000)).readDocument(text, syntax));
    }
}
