package dev.acmr.participant.api;

import java.util.Map;
import java.util.UUID;

/**
 * An element that finished one stage of a migrate, prepare or rollback and names the next, as ONAP's
 * ElementStageDto. useState, operationalState and outProperties, when not null, replace what the runtime and every
 * replica show for the element.
 *
 * @param instance the instance id (ONAP's name for it)
 */
public record ElementStageDto(UUID instance, UUID elementId, String message, int nextStage, String useState,
        String operationalState, Map<String, Object> outProperties) {

    /** Without use and operational state (ONAP's short form). */
    public ElementStageDto(UUID instance, UUID elementId, String message, int nextStage,
            Map<String, Object> outProperties) {
        this(instance, elementId, message, nextStage, null, null, outProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Field by field, as ONAP's generated builder. */
    public static final class Builder {
        private UUID instance;
        private UUID elementId;
        private String message;
        private int nextStage;
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

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public Builder nextStage(int value) {
            this.nextStage = value;
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

        public ElementStageDto build() {
            return new ElementStageDto(instance, elementId, message, nextStage, useState, operationalState,
                    outProperties);
        }
    }
}
