package dev.acmr.simulator.web;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads ONAP's {@code InternalData} from the body of {@code PUT /datas}, as strictly as {@link CompositionDataParser}:
 * unknown fields and wrong types are refused (400) with the field named. {@code intProperties} and
 * {@code compositionId} are checked and ignored, so that an entry of {@code GET /datas} can be sent back as it is;
 * {@code outProperties} left out means none, as ONAP's default.
 */
final class InstanceDataParser {

    static final String INSTANCE_ID = "automationCompositionId";
    static final String ELEMENT_ID = "automationCompositionElementId";
    static final String USE_STATE = "useState";
    static final String OPERATIONAL_STATE = "operationalState";
    private static final Set<String> FIELDS = new TreeSet<>(Set.of(INSTANCE_ID, ELEMENT_ID, USE_STATE,
            OPERATIONAL_STATE, CompositionDataParser.OUT_PROPERTIES, CompositionDataParser.IN_PROPERTIES,
            CompositionDataParser.COMPOSITION_ID));

    private InstanceDataParser() {
    }

    /** @throws RejectedRequestException 400 with the reason when the body is not a valid InternalData */
    static InstanceDataUpdate parse(String json) {
        JsonObject body = JsonBodies.object(json, "InternalData");
        JsonBodies.refuseUnknown(body, FIELDS, "InternalData");
        if (body.containsKey(CompositionDataParser.IN_PROPERTIES)) {
            JsonBodies.objectField(body, CompositionDataParser.IN_PROPERTIES); // in-properties come from the instance
        }
        if (body.containsKey(CompositionDataParser.COMPOSITION_ID)) {
            JsonBodies.string(body, CompositionDataParser.COMPOSITION_ID, CompositionDataParser.COMPOSITION_ID);
        }
        Map<String, Object> outProperties = body.containsKey(CompositionDataParser.OUT_PROPERTIES)
                ? JsonValues.toMap(JsonBodies.objectField(body, CompositionDataParser.OUT_PROPERTIES)) : Map.of();
        return new InstanceDataUpdate(JsonBodies.requiredUuid(body, INSTANCE_ID),
                JsonBodies.requiredUuid(body, ELEMENT_ID), JsonBodies.string(body, USE_STATE, USE_STATE),
                JsonBodies.string(body, OPERATIONAL_STATE, OPERATIONAL_STATE), outProperties);
    }
}
