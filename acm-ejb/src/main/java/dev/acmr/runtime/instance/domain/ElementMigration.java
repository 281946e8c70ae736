package dev.acmr.runtime.instance.domain;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/**
 * An element's marks of a running staged order: whether a migration (or its revert) adds or drops it
 * ({@link MigrationState}), and the next stage it reported during a migrate, prepare or migration revert (null
 * otherwise, as in ONAP). Embedded in the element's row; only the element changes it.
 */
@Embeddable
@Access(AccessType.FIELD)
public class ElementMigration {

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_state", nullable = false)
    private MigrationState migrationState = MigrationState.DEFAULT;

    @Column(name = "stage")
    private Integer stage;

    protected ElementMigration() {
        // for JPA
    }

    /** A new element's: DEFAULT, at no stage. */
    static ElementMigration none() {
        return new ElementMigration();
    }

    public MigrationState migrationState() {
        return migrationState;
    }

    /** The migration or prepare stage the element is at; empty outside those. */
    public Optional<Integer> stage() {
        return Optional.ofNullable(stage);
    }

    /** A migration adds or drops the element, a revert brings back what the snapshot recorded. */
    void mark(MigrationState newState) {
        this.migrationState = newState;
    }

    void stageReached(int next) {
        this.stage = next;
    }

    /** A staged order ended, or a new order starts: the element is at no stage. */
    void clearStage() {
        this.stage = null;
    }

    /** A migration or its revert ended: the element is an ordinary one of the instance's composition again. */
    void clear() {
        this.migrationState = MigrationState.DEFAULT;
        this.stage = null;
    }
}
