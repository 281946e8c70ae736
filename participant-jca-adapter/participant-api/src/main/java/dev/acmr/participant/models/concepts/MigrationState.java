package dev.acmr.participant.models.concepts;

/** Whether an element is kept, added or removed by a migration, as ONAP's. */
public enum MigrationState {
    DEFAULT, REMOVED, NEW
}
