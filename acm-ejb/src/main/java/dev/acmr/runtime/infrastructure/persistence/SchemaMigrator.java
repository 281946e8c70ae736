package dev.acmr.runtime.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, with Flyway, when the application starts.
 *
 * <p>Both runtime nodes start at once and both migrate: Flyway serialises them with a PostgreSQL advisory lock, and
 * the second finds nothing left to do. If the database cannot be reached, deployment does not fail: the migration is
 * retried with a growing delay, and until it succeeds {@link #isMigrated()} is false, which keeps the node out of
 * readiness and its timers idle.
 *
 * <p>Flyway runs its own transactions, so this bean manages none. It is given this module's class loader, through
 * which it finds its PostgreSQL support (in the EAR lib) and the migration scripts (in this module).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final String LOCATION = "classpath:db/migration";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(1);

    @Resource(lookup = "jdbc/acm")
    private DataSource dataSource;

    @Resource
    private TimerService timerService;

    private volatile boolean migrated;
    private Duration nextRetry = FIRST_RETRY;

    @PostConstruct
    void migrateAtStartup() {
        attempt();
    }

    @Timeout
    void retry() {
        attempt();
    }

    /** Whether the schema is at this build's version; callers must not touch the database before. */
    public boolean isMigrated() {
        return migrated;
    }

    // Timer callbacks are not concurrent here: a retry is scheduled only by the attempt before it.
    private void attempt() {
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            migrated = true;
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations applied now)");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database schema migration failed; retrying in " + nextRetry.toSeconds() + " s", e);
            timerService.createSingleActionTimer(nextRetry.toMillis(), new TimerConfig("schema migration retry", false));
            Duration doubled = nextRetry.multipliedBy(2);
            nextRetry = doubled.compareTo(LAST_RETRY) < 0 ? doubled : LAST_RETRY;
        }
    }
}
