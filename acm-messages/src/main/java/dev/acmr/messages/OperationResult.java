package dev.acmr.messages;

/** The outcome a participant reports, or the runtime records, as ONAP's StateChangeResult. */
public enum OperationResult {
    NO_ERROR,
    FAILED,
    TIMEOUT
}
