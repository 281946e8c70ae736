/**
 * {@code ./acm bench [--quick]}: the benchmark of a running stack. {@link dev.acmr.bench.Main} reads the stack from
 * the launcher, runs the scenarios in order (ONAP's S3P loop with one user and with concurrent users, deploy
 * throughput, replica convergence, scale, startup) through {@link dev.acmr.bench.ScenarioRunner}, which samples the
 * stack's processes around each, restores what it changed, prints the report and writes it.
 */
package dev.acmr.bench;
