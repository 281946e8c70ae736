package dev.acmr.client.stack;

/**
 * One simulator replica (a Payara Micro process): its replicaId (null until it first started), root URL, pid (null
 * when not running) and health.
 */
public record Replica(String replicaId, String url, Long pid, Health health) {
}
