package dev.acmr.runtime.monitoring;

import dev.acmr.runtime.infrastructure.persistence.SchemaMigrator;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * What a readiness check needs to know about the database beyond reaching it: whether the schema is at this build's
 * version yet. Until it is, the node must not take work (see {@link SchemaMigrator}, which keeps retrying).
 */
@Stateless
public class DatabaseStatus {

    @Inject
    private SchemaMigrator schema;

    /** Outside any transaction: it reads a flag, and a probe should not depend on the transaction manager. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean schemaMigrated() {
        return schema.isMigrated();
    }
}
