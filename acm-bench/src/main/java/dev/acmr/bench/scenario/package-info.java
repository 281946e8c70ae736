/**
 * The benchmark scenarios, each driving the running stack over its REST APIs and returning a
 * {@link dev.acmr.bench.scenario.ScenarioResult}: the ONAP S3P lifecycle loop (one user, then concurrent users),
 * deploy throughput, replica convergence, scale (instance queries and supervision cost with few and with many stored
 * instances) and startup. Asynchronous operations (202) are followed by polling until the state is reached; a
 * scenario that cannot complete throws {@link dev.acmr.bench.client.BenchException}.
 */
package dev.acmr.bench.scenario;
