package dev.acmr.participant.models.tosca;

import dev.acmr.participant.models.base.PropertyMaps;
import java.util.Map;
import java.util.Objects;

/**
 * A TOSCA node template, as ONAP's ToscaNodeTemplate: what an element definition
 * ({@link dev.acmr.participant.models.concepts.AutomationCompositionElementDefinition}) carries: its node type
 * ({@code type}, {@code typeVersion}) and its properties. Requirements and capabilities are not carried: ACM's
 * element definitions do not use them.
 */
public class ToscaNodeTemplate extends ToscaEntity {

    private String type;
    private String typeVersion;
    private Map<String, Object> properties;

    public ToscaNodeTemplate() {
    }

    /** A deep copy: properties written into the copy stay there. */
    public ToscaNodeTemplate(ToscaNodeTemplate other) {
        super(other);
        this.type = other.type;
        this.typeVersion = other.typeVersion;
        this.properties = other.properties == null ? null : PropertyMaps.copy(other.properties);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTypeVersion() {
        return typeVersion;
    }

    public void setTypeVersion(String typeVersion) {
        this.typeVersion = typeVersion;
    }

    public Map<String, Object> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, Object> properties) {
        this.properties = properties;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && Objects.equals(type, ((ToscaNodeTemplate) other).type)
                && Objects.equals(typeVersion, ((ToscaNodeTemplate) other).typeVersion)
                && Objects.equals(properties, ((ToscaNodeTemplate) other).properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), type, typeVersion);
    }

    @Override
    public String toString() {
        return "ToscaNodeTemplate{name=" + getName() + ", version=" + getVersion() + ", type=" + type
                + ", typeVersion=" + typeVersion + ", properties=" + properties + '}';
    }
}
