package dev.acmr.simulator.web;

import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads ONAP's {@code InternalData} from the body of {@code PUT /compositiondatas}. As {@code /parameters}, unknown
 * fields and wrong types are refused (400) with the field named, because a misspelt field silently ignored is a test
 * that lies. {@code intProperties} is accepted and ignored, so that an entry of {@code GET /compositiondatas} can be
 * sent back as it is; {@code outProperties} left out means none, as ONAP's default.
 */
final class CompositionDataParser {

    static final String COMPOSITION_ID = "compositionId";
    static final String ELEMENT_ID = "compositionDefinitionElementId";
    static final String OUT_PROPERTIES = "outProperties";
    static final String IN_PROPERTIES = "intProperties";
    private static final Set<String> FIELDS = new TreeSet<>(Set.of(COMPOSITION_ID, ELEMENT_ID, OUT_PROPERTIES,
            IN_PROPERTIES));
    private static final Set<String> ELEMENT_ID_FIELDS = new TreeSet<>(Set.of("name", "version"));

    private CompositionDataParser() {
    }

    /** @throws RejectedRequestException 400 with the reason when the body is not a valid InternalData */
    static CompositionDataUpdate parse(String json) {
        JsonObject body = JsonBodies.object(json, "InternalData");
        JsonBodies.refuseUnknown(body, FIELDS, "InternalData");
        if (body.containsKey(IN_PROPERTIES)) {
            JsonBodies.objectField(body, IN_PROPERTIES); // checked, not used: in-properties come from the composition
        }
        return new CompositionDataUpdate(JsonBodies.requiredUuid(body, COMPOSITION_ID), elementId(body),
                body.containsKey(OUT_PROPERTIES) ? JsonValues.toMap(JsonBodies.objectField(body, OUT_PROPERTIES))
                        : Map.of());
    }

    private static ToscaConceptIdentifier elementId(JsonObject body) {
        JsonValue value = body.get(ELEMENT_ID);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        JsonObject id = JsonBodies.objectField(body, ELEMENT_ID);
        JsonBodies.refuseUnknown(id, ELEMENT_ID_FIELDS, ELEMENT_ID);
        String name = JsonBodies.string(id, "name", ELEMENT_ID + ".name");
        String version = JsonBodies.string(id, "version", ELEMENT_ID + ".version");
        if (name == null || version == null) {
            throw RejectedRequestException.badRequest("field '" + ELEMENT_ID + "' needs a name and a version");
        }
        return new ToscaConceptIdentifier(name, version);
    }
}
