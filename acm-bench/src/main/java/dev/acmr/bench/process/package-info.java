/**
 * CPU time and resident memory of every process of the stack (DAS, runtime nodes, broker, simulator replicas,
 * PostgreSQL with its backends, the benchmark client itself), read from /proc before and after each scenario; what is
 * unreadable (a process gone, smaps_rollup of another user) is reported as not available, never thrown.
 */
package dev.acmr.bench.process;
