package dev.acmr.participant.models.tosca;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A TOSCA name and version, as ONAP's ToscaConceptIdentifier: a mutable bean with getters and setters, equal by name
 * and version, ordered by name then version. {@link #toString()} is {@code name:version}, what logs and error
 * messages show.
 */
public class ToscaConceptIdentifier implements Comparable<ToscaConceptIdentifier>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Comparator<ToscaConceptIdentifier> ORDER = Comparator
            .comparing(ToscaConceptIdentifier::getName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ToscaConceptIdentifier::getVersion, Comparator.nullsFirst(Comparator.naturalOrder()));

    private String name;
    private String version;

    public ToscaConceptIdentifier() {
    }

    public ToscaConceptIdentifier(String name, String version) {
        this.name = name;
        this.version = version;
    }

    public ToscaConceptIdentifier(ToscaConceptIdentifier other) {
        this(other.name, other.version);
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

    @Override
    public int compareTo(ToscaConceptIdentifier other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ToscaConceptIdentifier that && Objects.equals(name, that.name)
                && Objects.equals(version, that.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version);
    }

    @Override
    public String toString() {
        return name + ":" + version;
    }
}
