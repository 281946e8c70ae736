/**
 * The participant model: participants, the element types they support and their live replicas, with the typed ids
 * that keep a participant id from being passed where a replica id is expected.
 *
 * <p>The entities carry the rules of the model (ordering for stable output, idempotent additions, liveness test)
 * and no infrastructure. They are mapped with JPA annotations but the schema belongs to Flyway, and the runtime
 * writes them through the repository's SQL upserts so that concurrent nodes converge on the same rows.
 */
package dev.acmr.runtime.participant.domain;
