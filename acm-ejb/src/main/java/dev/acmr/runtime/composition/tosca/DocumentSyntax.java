package dev.acmr.runtime.composition.tosca;

/** The syntax a service template arrives in; the client's Content-Type decides. */
public enum DocumentSyntax {
    YAML,
    JSON
}
