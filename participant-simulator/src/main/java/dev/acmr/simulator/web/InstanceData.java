package dev.acmr.simulator.web;

import java.util.Map;
import java.util.UUID;

/**
 * ONAP's simulator {@code InternalData} as {@code /datas} uses it: which element of which instance, its properties
 * ({@code intProperties}, ONAP's spelling), out-properties, use state and operational state. The composition fields
 * of ONAP's class are for {@code /compositiondatas} ({@link InternalData}); JSON-B leaves out the nulls.
 */
public record InstanceData(UUID automationCompositionId, UUID automationCompositionElementId, UUID compositionId,
        Map<String, Object> intProperties, Map<String, Object> outProperties, String useState,
        String operationalState) {
}
