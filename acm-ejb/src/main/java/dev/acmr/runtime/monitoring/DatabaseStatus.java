package dev.acmr.runtime.monitoring;

import dev.acmr.runtime.infrastructure.persistence.SchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a readiness check needs to know about the database beyond reaching it: whether the schema is at this build's
 * version yet. Until it is, the node must not take work (see {@link SchemaMigrator}, which keeps retrying).
 */
@ApplicationScoped
public class DatabaseStatus {

    @Inject
    private SchemaMigrator schema;

    public boolean schemaMigrated() {
        return schema.isMigrated();
    }
}
