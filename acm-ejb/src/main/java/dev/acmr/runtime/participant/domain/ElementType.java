package dev.acmr.runtime.participant.domain;

import java.util.Comparator;

/** An automation composition element type a participant can run: a TOSCA node type name and version. */
public record ElementType(String name, String version) implements Comparable<ElementType> {

    private static final Comparator<ElementType> ORDER =
            Comparator.comparing(ElementType::name).thenComparing(ElementType::version);

    public ElementType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("element type name is missing");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("element type " + name + " has no version");
        }
    }

    @Override
    public int compareTo(ElementType other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return name + ":" + version;
    }
}
