package dev.acmr.runtime.instance.domain;

import java.lang.reflect.Field;

/**
 * Marks element rows NEW or REMOVED as an accepted migration leaves them, for tests of what happens while and after
 * it runs. Reflection, so that tests need no mutator beyond the ones the accepting code uses.
 */
public final class MigrationRowsForTests {

    private MigrationRowsForTests() {
    }

    public static void markMigrationState(InstanceElement element, MigrationState state) {
        try {
            Field field = InstanceElement.class.getDeclaredField("migration");
            field.setAccessible(true);
            ((ElementMigration) field.get(element)).mark(state);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
