/**
 * The runtime's MicroProfile Metrics (application scope, Prometheus names {@code acm_...} with the unit in the name),
 * kept out of the domain: small recorders that services and the infrastructure call, or that observe the
 * {@link dev.acmr.runtime.metrics.OrderSettled} events services fire.
 *
 * <p>Durations are {@link dev.acmr.runtime.metrics.SecondsHistogram}s exported as Prometheus histogram series
 * ({@code _bucket{le}}, {@code _count}, {@code _sum}, in seconds) through gauges, not as MicroProfile Timers: Payara's
 * exporter writes a Timer's quantiles as raw nanosecond samples under a {@code _seconds} name (and, for a Timer
 * registered by name only, its mean and max too), and its timer buckets count a decaying sample rather than every
 * observation, so neither can be read in seconds nor summed over nodes. Cumulative buckets can: a quantile over both
 * nodes is {@code histogram_quantile(0.95, sum by (le) (rate(..._bucket[5m])))}.
 *
 * <p>Gauges that read the database cache their value ({@link dev.acmr.runtime.metrics.CachedValue}), so a scrape
 * costs at most one small query per second and gauge.
 */
package dev.acmr.runtime.metrics;
