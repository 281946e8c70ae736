package dev.acmr.simulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /datas} and {@code /instances}: ONAP's shapes out, ONAP's InternalData in, strict about what it accepts. */
class InstanceDataTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID INSTANCE = UUID.fromString("709c62b3-8918-41b9-a747-d21eb79c6c20");
    private static final UUID ELEMENT = UUID.fromString("709c62b3-8918-41b9-a747-d21eb79c6c21");
    private static final UUID COMPOSITION = UUID.fromString("709c62b3-8918-41b9-a747-d21eb79c6c22");

    private static String body(String fields) {
        return "{\"automationCompositionId\": \"" + INSTANCE + "\", \"automationCompositionElementId\": \""
                + ELEMENT + "\"" + fields + "}";
    }

    private static RejectedRequestException refused(String json) {
        return assertThrows(RejectedRequestException.class, () -> InstanceDataParser.parse(json));
    }

    /** An instance as the intermediary reads it from the view. */
    private static AutomationComposition instance() {
        AutomationCompositionElement element = new AutomationCompositionElement();
        element.setId(ELEMENT);
        element.setDefinition(new ToscaConceptIdentifier("sim", "1.0.0"));
        element.setDeployState(DeployState.DEPLOYED);
        element.setLockState(LockState.LOCKED);
        element.setUseState("IDLE");
        element.setProperties(Map.of("url", "http://x"));
        element.setOutProperties(Map.of("InternalState", "DEPLOYED"));
        AutomationComposition instance = new AutomationComposition();
        instance.setInstanceId(INSTANCE);
        instance.setCompositionId(COMPOSITION);
        instance.setName("inst");
        instance.setVersion("1.0.1");
        instance.setDeployState(DeployState.DEPLOYED);
        instance.setLockState(LockState.LOCKED);
        instance.setElements(Map.of(ELEMENT, element));
        return instance;
    }

    @Test
    void onapsInternalDataIsRead() {
        InstanceDataUpdate update = InstanceDataParser.parse(body(", \"useState\": \"IDLE\", "
                + "\"operationalState\": \"ENABLED\", \"outProperties\": {\"key\": \"value\", \"n\": 3}"));
        assertEquals(new InstanceDataUpdate(INSTANCE, ELEMENT, "IDLE", "ENABLED", Map.of("key", "value", "n", 3L)),
                update);
        InstanceDataUpdate bare = InstanceDataParser.parse(body(""));
        assertNull(bare.useState());
        assertEquals(Map.of(), bare.outProperties(), "none given means none, as ONAP's default");
    }

    @Test
    void anEntryOfGetCanBeSentBackAsItIs() {
        String entry = Json.createReader(new StringReader(JSONB.toJson(InstanceDatas.of(List.of(instance())))))
                .readObject().getJsonArray("list").getJsonObject(0).toString();
        InstanceDataUpdate update = InstanceDataParser.parse(entry);
        assertEquals(INSTANCE, update.instanceId());
        assertEquals(Map.of("InternalState", "DEPLOYED"), update.outProperties());
    }

    @Test
    void badBodiesAreRefusedWithTheFieldNamed() {
        RejectedRequestException unknown = refused(body(", \"usestate\": \"IDLE\""));
        assertEquals(400, unknown.status());
        assertTrue(unknown.getMessage().contains("'usestate'"), unknown.getMessage());
        assertTrue(refused("{\"automationCompositionElementId\": \"" + ELEMENT + "\"}").getMessage()
                .contains("'automationCompositionId' is required"));
        assertTrue(refused(body("").replace(ELEMENT.toString(), "nope")).getMessage()
                .contains("'automationCompositionElementId' is not a UUID"));
        assertTrue(refused(body(", \"outProperties\": [1]")).getMessage().contains("'outProperties'"));
        assertTrue(refused(body(", \"useState\": 3")).getMessage().contains("'useState'"));
        assertEquals(400, refused("").status());
        assertEquals(400, refused("[]").status());
    }

    @Test
    void datasListsEveryElementAsOnapsInternalData() {
        JsonObject data = Json.createReader(new StringReader(JSONB.toJson(InstanceDatas.of(List.of(instance())))))
                .readObject().getJsonArray("list").getJsonObject(0);
        assertEquals(INSTANCE.toString(), data.getString("automationCompositionId"));
        assertEquals(ELEMENT.toString(), data.getString("automationCompositionElementId"));
        assertEquals(COMPOSITION.toString(), data.getString("compositionId"));
        assertEquals("http://x", data.getJsonObject("intProperties").getString("url"));
        assertEquals("DEPLOYED", data.getJsonObject("outProperties").getString("InternalState"));
        assertEquals("IDLE", data.getString("useState"), "what PUT /datas set is shown");
        assertEquals("{\"list\":[]}", JSONB.toJson(InstanceDatas.of(List.of())));
    }

    @Test
    void instancesAreShownInOnapsShapeWithElementsKeyedById() {
        JsonObject json = Json.createReader(new StringReader(JSONB.toJson(
                AutomationCompositions.of(List.of(instance()))))).readObject();
        JsonObject entry = json.getJsonArray("automationCompositionList").getJsonObject(0);
        assertEquals(INSTANCE.toString(), entry.getString("instanceId"));
        assertEquals(COMPOSITION.toString(), entry.getString("compositionId"));
        assertEquals("inst", entry.getString("name"));
        assertEquals("DEPLOYED", entry.getString("deployState"));
        assertEquals("LOCKED", entry.getString("lockState"));
        JsonObject element = entry.getJsonObject("elements").getJsonObject(ELEMENT.toString());
        assertEquals(ELEMENT.toString(), element.getString("id"));
        assertEquals("http://x", element.getJsonObject("properties").getString("url"));
        assertEquals("DEPLOYED", element.getJsonObject("outProperties").getString("InternalState"));
        assertEquals("DEPLOYED", element.getString("deployState"), "each element's own state, from the view");
        assertEquals("LOCKED", element.getString("lockState"));
        assertEquals("IDLE", element.getString("useState"));
        assertEquals("sim", element.getJsonObject("definition").getString("name"));
        assertTrue(!element.containsKey("operationalState"), "what the view does not hold is left out");
    }

    @Test
    void anInstanceIdThatIsNoUuidIsABadRequest() {
        assertEquals(400, assertThrows(RejectedRequestException.class, () -> InstancesResource.uuid("x")).status());
    }
}
