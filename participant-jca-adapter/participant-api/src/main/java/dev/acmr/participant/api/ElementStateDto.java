package dev.acmr.participant.api;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * A final element state to report, as ONAP's ElementStateDto: exactly one of deployState or lockState is set, it is
 * not transitional, and the result is NO_ERROR or FAILED. The optional fields update what the runtime shows.
 */
public record ElementStateDto(UUID instanceId, UUID elementId, DeployState deployState, LockState lockState,
        StateChangeResult stateChangeResult, String message, String useState, String operationalState,
        Map<String, Object> outProperties) implements Serializable {
}
