package dev.acmr.simulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /compositiondatas}: ONAP's InternalData in, InternalDatas out, strict about what it accepts. */
class CompositionDataTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID ID = UUID.fromString("6c1cf107-a2ca-4485-8129-02f9fae64d64");
    private static final ToscaConceptIdentifier HTTP =
            new ToscaConceptIdentifier("onap.policy.clamp.ac.element.Http_BridgeAutomationCompositionElement", "1.2.3");
    private static final ToscaConceptIdentifier OTHER = new ToscaConceptIdentifier("other", "1.0.0");

    private static String body(String fields) {
        return "{\"compositionId\": \"" + ID + "\"" + fields + "}";
    }

    private static int status(String json) {
        return assertThrows(RejectedRequestException.class, () -> CompositionDataParser.parse(json)).status();
    }

    private static String reason(String json) {
        return assertThrows(RejectedRequestException.class, () -> CompositionDataParser.parse(json)).getMessage();
    }

    @Test
    void onapsDocumentedExampleIsRead() {
        CompositionDataUpdate update = CompositionDataParser.parse("""
                {
                  "outProperties": {"list": [{"id": 10}, {"id": 20}], "ratio": 0.5, "on": true, "none": null},
                  "compositionId": "6c1cf107-a2ca-4485-8129-02f9fae64d64",
                  "compositionDefinitionElementId": {
                    "name": "onap.policy.clamp.ac.element.Http_BridgeAutomationCompositionElement",
                    "version": "1.2.3"
                  }
                }""");
        assertEquals(ID, update.compositionId());
        assertEquals(HTTP, update.compositionDefinitionElementId());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("list", List.of(Map.of("id", 10L), Map.of("id", 20L)));
        expected.put("ratio", new BigDecimal("0.5"));
        expected.put("on", true);
        expected.put("none", null);
        assertEquals(expected, update.outProperties());
    }

    @Test
    void elementIdAndOutPropertiesMayBeLeftOutAndIntPropertiesIsAccepted() {
        CompositionDataUpdate update = CompositionDataParser.parse(body(", \"intProperties\": {\"x\": 1}"));
        assertNull(update.compositionDefinitionElementId());
        assertEquals(Map.of(), update.outProperties());
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        assertEquals(400, status(body(", \"outProperites\": {}")));
        assertTrue(reason(body(", \"outProperites\": {}")).contains("unknown field 'outProperites'"));
        assertTrue(reason(body(", \"compositionDefinitionElementId\": {\"name\": \"a\", \"version\": \"1\","
                + " \"vesion\": \"1\"}")).contains("unknown field 'vesion'"));
        assertTrue(reason(body(", \"automationCompositionId\": \"" + ID + "\"")).contains(
                "unknown field 'automationCompositionId'"), "instance data belongs to /datas");
    }

    @Test
    void missingOrMalformedValuesAreRefused() {
        assertTrue(reason("{}").contains("'compositionId' is required"));
        assertTrue(reason("{\"compositionId\": \"nope\"}").contains("not a UUID"));
        assertTrue(reason("{\"compositionId\": 5}").contains("must be a string"));
        assertTrue(reason(body(", \"outProperties\": [1]")).contains("'outProperties' must be a JSON object"));
        assertTrue(reason(body(", \"outProperties\": null")).contains("'outProperties' must be a JSON object"));
        assertTrue(reason(body(", \"compositionDefinitionElementId\": \"a:1\"")).contains("must be a JSON object"));
        assertTrue(reason(body(", \"compositionDefinitionElementId\": {\"name\": \"a\"}")).contains(
                "needs a name and a version"));
        assertEquals(400, status(""));
        assertEquals(400, status("[]"));
        assertEquals(400, status("{\"compositionId\": "));
    }

    @Test
    void targetElementIsCheckedAgainstTheView() {
        CompositionDto composition = new CompositionDto(ID, Map.of(HTTP, Map.of(), OTHER, Map.of()),
                Map.of(HTTP, Map.of(), OTHER, Map.of()));
        CompositionDataUpdate named = new CompositionDataUpdate(ID, HTTP, Map.of());
        assertEquals(HTTP, named.elementIn(Optional.of(composition)));
        assertEquals(404, assertThrows(RejectedRequestException.class,
                () -> named.elementIn(Optional.empty())).status());
        assertEquals(404, assertThrows(RejectedRequestException.class, () -> new CompositionDataUpdate(ID,
                new ToscaConceptIdentifier("x", "1"), Map.of()).elementIn(Optional.of(composition))).status());
        CompositionDataUpdate unnamed = new CompositionDataUpdate(ID, null, Map.of());
        assertEquals(400, assertThrows(RejectedRequestException.class,
                () -> unnamed.elementIn(Optional.of(composition))).status());
        assertEquals(OTHER, unnamed.elementIn(Optional.of(new CompositionDto(ID, Map.of(OTHER, Map.of()),
                Map.of(OTHER, Map.of())))), "the only element, as ONAP");
    }

    @Test
    void listIsOnapsInternalDatasOneEntryPerElement() {
        CompositionDto composition = new CompositionDto(ID, Map.of(HTTP, Map.of("url", "http://x"), OTHER, Map.of()),
                Map.of(HTTP, Map.of("InternalState", "PRIMED"), OTHER, Map.of()));
        JsonObject json = Json.createReader(new StringReader(JSONB.toJson(InternalDatas.of(List.of(composition)))))
                .readObject();
        assertEquals(2, json.getJsonArray("list").size());
        JsonObject first = json.getJsonArray("list").getJsonObject(0);
        assertEquals(ID.toString(), first.getString("compositionId"));
        assertEquals(HTTP.getName(), first.getJsonObject("compositionDefinitionElementId").getString("name"));
        assertEquals("1.2.3", first.getJsonObject("compositionDefinitionElementId").getString("version"));
        assertEquals("PRIMED", first.getJsonObject("outProperties").getString("InternalState"));
        assertEquals("http://x", first.getJsonObject("intProperties").getString("url"));
        assertEquals("other", json.getJsonArray("list").getJsonObject(1)
                .getJsonObject("compositionDefinitionElementId").getString("name"));
        assertEquals("{\"list\":[]}", JSONB.toJson(InternalDatas.of(List.of())));
    }

    @Test
    void aListEntryCanBeSentBack() {
        CompositionDto composition = new CompositionDto(ID, Map.of(HTTP, Map.of("url", "http://x")),
                Map.of(HTTP, Map.of("n", 1)));
        String entry = Json.createReader(new StringReader(JSONB.toJson(InternalDatas.of(List.of(composition)))))
                .readObject().getJsonArray("list").getJsonObject(0).toString();
        CompositionDataUpdate update = CompositionDataParser.parse(entry);
        assertEquals(HTTP, update.elementIn(Optional.of(composition)));
        assertEquals(Map.of("n", 1L), update.outProperties());
    }
}
