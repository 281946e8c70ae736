/**
 * The benchmark's report: the machine it ran on, the exact configuration, and every scenario's figures set beside
 * ONAP's published ones and the goals, as Markdown (printed, and written to docs/benchmarks.md or
 * .acm/bench-quick.md).
 */
package dev.acmr.bench.report;
