package dev.acmr.runtime.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only if a JMS session can be opened on the broker within 2 s: without the broker the node can neither hear
 * participants nor answer them.
 */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Resource(lookup = "jms/acmConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Inject
    private ProbeExecutor probeThreads;

    private final BoundedProbe probe = new BoundedProbe(TIMEOUT);

    @Override
    public HealthCheckResponse call() {
        Optional<String> failure = probe.run(probeThreads.executor(), this::openSession);
        return failure.map(reason -> HealthCheckResponse.named("broker").down().withData("error", reason).build())
                .orElseGet(() -> HealthCheckResponse.up("broker"));
    }

    private Void openSession() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
        }
        return null;
    }
}
