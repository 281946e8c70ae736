package dev.acmr.simulator.web;

import java.util.Map;
import java.util.UUID;

/** A valid {@code PUT /datas} body: new use state, operational state and out-properties of one instance element. */
record InstanceDataUpdate(UUID instanceId, UUID elementId, String useState, String operationalState,
        Map<String, Object> outProperties) {
}
