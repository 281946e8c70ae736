/**
 * The runtime's convergence hops as its nodes' Prometheus timers report them (transit: replica's message timestamp →
 * node received it; commit: received → transaction committed; publish: committed → sync handed to the broker), read
 * before and after the convergence scenario and set beside the end-to-end time measured by the benchmark.
 */
package dev.acmr.bench.hops;
