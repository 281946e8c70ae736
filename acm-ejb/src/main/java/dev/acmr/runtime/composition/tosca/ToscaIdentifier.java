package dev.acmr.runtime.composition.tosca;

/** A TOSCA entity's name and version (ONAP's {@code ToscaConceptIdentifier}). */
public record ToscaIdentifier(String name, String version) {

    @Override
    public String toString() {
        return name + " " + version;
    }
}
