/**
 * Latency samples per request type and their summaries (count, mean, p50, p95, p99, max; nearest-rank
 * percentiles over every sample, no sampling or histogram buckets), and a window's completions per second split into
 * its first seconds and the rest.
 */
package dev.acmr.bench.stats;
