package dev.acmr.runtime.instance.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void aTakenKeyAnywhereAmongTheCausesIsRecognised() {
        PersistenceException wrapped = new PersistenceException("flush failed",
                new RuntimeException("database exception", new SQLException("duplicate key", "23505")));
        assertTrue(UniqueViolation.isCause(wrapped));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(UniqueViolation.isCause(new PersistenceException(new SQLException("connection lost", "08006"))));
        assertFalse(UniqueViolation.isCause(new PersistenceException("no cause")));
    }
}
