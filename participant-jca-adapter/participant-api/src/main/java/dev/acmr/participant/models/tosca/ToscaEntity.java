package dev.acmr.participant.models.tosca;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every named TOSCA concept has, as ONAP's ToscaEntity: name, version, derived_from, metadata and description,
 * as a mutable bean.
 */
public class ToscaEntity {

    private String name;
    private String version;
    private String derivedFrom;
    private Map<String, String> metadata;
    private String description;

    public ToscaEntity() {
    }

    public ToscaEntity(ToscaEntity other) {
        this.name = other.name;
        this.version = other.version;
        this.derivedFrom = other.derivedFrom;
        this.metadata = other.metadata == null ? null : new LinkedHashMap<>(other.metadata);
        this.description = other.description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getDerivedFrom() {
        return derivedFrom;
    }

    public void setDerivedFrom(String derivedFrom) {
        this.derivedFrom = derivedFrom;
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && sameEntity((ToscaEntity) other);
    }

    /** For subclasses' equals: the fields of this class are equal. */
    protected boolean sameEntity(ToscaEntity that) {
        return Objects.equals(name, that.name) && Objects.equals(version, that.version)
                && Objects.equals(derivedFrom, that.derivedFrom) && Objects.equals(metadata, that.metadata)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version);
    }
}
