package dev.acmr.runtime.instance.domain;

/**
 * ONAP's migrationState of an element: DEFAULT outside a migration; NEW for an element a migration adds, REMOVED for
 * one it drops, until the migration completes.
 */
public enum MigrationState {
    DEFAULT,
    REMOVED,
    NEW
}
