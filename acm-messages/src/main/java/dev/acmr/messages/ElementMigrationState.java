package dev.acmr.messages;

/**
 * An element's place in a migration (ONAP's MigrationState): DEFAULT outside one or for an element that migrates,
 * NEW for an element the migration adds, REMOVED for one it removes.
 */
public enum ElementMigrationState {
    DEFAULT,
    NEW,
    REMOVED
}
