package dev.acmr.runtime.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refreshes the gauges whose figures come from the database. The supervision timer calls it once a second after its
 * timed cycle, on the application's own thread and in transactions of its own; a scrape only reads the last figures,
 * so scraping often costs the database nothing.
 */
@ApplicationScoped
public class MetricsSampler {

    @Inject
    private ReplicaMetrics replicas;

    @Inject
    private DispatchMetrics dispatches;

    @Inject
    private DatabaseMetrics database;

    public void sample() {
        dispatches.sample();
        database.sample();
        replicas.sample();
    }
}
