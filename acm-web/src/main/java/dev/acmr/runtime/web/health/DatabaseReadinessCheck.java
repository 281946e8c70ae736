package dev.acmr.runtime.web.health;

import dev.acmr.runtime.monitoring.DatabaseStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only if the database answers a trivial query within 2 s and the schema is at this build's version. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Resource(lookup = "jdbc/acm")
    private DataSource dataSource;

    @Inject
    private ProbeExecutor probeThreads;

    @Inject
    private DatabaseStatus database;

    private final BoundedProbe probe = new BoundedProbe(TIMEOUT);

    @Override
    public HealthCheckResponse call() {
        Optional<String> failure = probe.run(probeThreads.executor(), this::selectOne);
        if (failure.isPresent()) {
            return HealthCheckResponse.named("database").down().withData("error", failure.get()).build();
        }
        if (!database.schemaMigrated()) {
            return HealthCheckResponse.named("database").down().withData("schema", "not migrated yet").build();
        }
        return HealthCheckResponse.up("database");
    }

    private Void selectOne() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) TIMEOUT.toSeconds());
            statement.execute("SELECT 1");
        }
        return null;
    }
}
