/**
 * The runtime's convergence hops as its nodes' Prometheus histograms report them (transit: replica's message timestamp
 * → node received it; commit: received → transaction committed; publish: committed → the transaction's messages
 * handed to the broker), read before and after the convergence scenario: the bucket differences give the scenario's
 * own p50 and p99 over every node, set beside the end-to-end time measured by the benchmark.
 */
package dev.acmr.bench.hops;
