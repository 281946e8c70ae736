package dev.acmr.runtime.composition.domain;

/** How the last order on a composition went, as ONAP's StateChangeResult. */
public enum StateChangeResult {
    NO_ERROR,
    FAILED,
    TIMEOUT
}
