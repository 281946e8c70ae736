package dev.acmr.participant.api;

import java.io.Serializable;

/** A TOSCA name and version, as ONAP's ToscaConceptIdentifier. */
public record ToscaConceptIdentifier(String name, String version) implements Serializable {

    @Override
    public String toString() {
        return name + ":" + version;
    }
}
