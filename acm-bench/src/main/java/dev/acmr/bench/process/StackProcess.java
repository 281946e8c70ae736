package dev.acmr.bench.process;

/**
 * One process to sample: its name in the report, role and pid; {@code withChildren} adds its live children (the
 * PostgreSQL backends under the postmaster).
 */
public record StackProcess(String name, ProcessRole role, long pid, boolean withChildren) {
}
