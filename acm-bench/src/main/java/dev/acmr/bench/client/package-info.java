/**
 * The benchmark's use of the runtime's REST API, on top of the shared client ({@code acm-client}): every call spread
 * round robin over the runtime nodes and timed into a {@link dev.acmr.bench.stats.LatencyRecorder} under its request
 * type, an unexpected status thrown as {@link dev.acmr.bench.client.BenchException} (a 409 as
 * {@link dev.acmr.bench.client.ConflictException}, which orders retry as a patient client would).
 */
package dev.acmr.bench.client;
