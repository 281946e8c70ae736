package dev.acmr.participant.api;

import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.util.Map;
import java.util.UUID;

/**
 * A final element state to report, as ONAP's ElementStateDto: exactly one of deployState or lockState is set, it is
 * not transitional, and the result is NO_ERROR or FAILED. useState, operationalState and outProperties, when not
 * null, replace what the runtime and every replica show for the element.
 *
 * @param instance the instance id (ONAP's name for it)
 */
public record ElementStateDto(UUID instance, UUID elementId, DeployState deployState, LockState lockState,
        StateChangeResult stateChangeResult, String message, String useState, String operationalState,
        Map<String, Object> outProperties) {

    /** A deploy state with out-properties (ONAP's short form). */
    public ElementStateDto(UUID instance, UUID elementId, DeployState deployState,
            StateChangeResult stateChangeResult, String message, Map<String, Object> outProperties) {
        this(instance, elementId, deployState, null, stateChangeResult, message, null, null, outProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Field by field, as ONAP's generated builder: {@code ElementStateDto.builder().instance(id)...build()}. */
    public static final class Builder {
        private UUID instance;
        private UUID elementId;
        private DeployState deployState;
        private LockState lockState;
        private StateChangeResult stateChangeResult;
        private String message;
        private String useState;
        private String operationalState;
        private Map<String, Object> outProperties;

        private Builder() {
        }

        public Builder instance(UUID value) {
            this.instance = value;
            return this;
        }

        public Builder elementId(UUID value) {
            this.elementId = value;
            return this;
        }

        public Builder deployState(DeployState value) {
            this.deployState = value;
            return this;
        }

        public Builder lockState(LockState value) {
            this.lockState = value;
            return this;
        }

        public Builder stateChangeResult(StateChangeResult value) {
            this.stateChangeResult = value;
            return this;
        }

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public Builder useState(String value) {
            this.useState = value;
            return this;
        }

        public Builder operationalState(String value) {
            this.operationalState = value;
            return this;
        }

        public Builder outProperties(Map<String, Object> value) {
            this.outProperties = value;
            return this;
        }

        public ElementStateDto build() {
            return new ElementStateDto(instance, elementId, deployState, lockState, stateChangeResult, message,
                    useState, operationalState, outProperties);
        }
    }
}
