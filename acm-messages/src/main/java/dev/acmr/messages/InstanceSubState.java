package dev.acmr.messages;

/** The sub operation an instance is running, if any (ONAP's SubState). */
public enum InstanceSubState {
    NONE,
    MIGRATION_PRECHECKING,
    PREPARING,
    REVIEWING
}
