/**
 * How the benchmark talks to the stack: HTTP/1.1 calls to the runtime's ONAP REST API and to the simulator's control
 * API (each call timed into a {@link dev.acmr.bench.stats.LatencyRecorder} under its request type), the launcher
 * ({@code ./acm status --json}, {@code ./acm sim ...}) and JSON helpers.
 */
package dev.acmr.bench.client;
