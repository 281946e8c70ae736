/**
 * Storage of the participant model and the replica registry. The repositories hide JPA and the PostgreSQL
 * statements from the application services, so that the concurrency rules (upserts, conditional updates and deletes,
 * database time, partial indexes on open work) live in one place and the services read as the protocol they
 * implement. {@link dev.acmr.runtime.participant.repository.LiveReplicaRepository} answers what dispatching needs to
 * know about replicas (live, selectable, drained, their load); the dispatch record itself is in
 * {@code participant.dispatch}. Participants are written by
 * {@link dev.acmr.runtime.participant.repository.ParticipantRepository} (the full syncs pending on replicas by
 * {@link dev.acmr.runtime.participant.repository.ReplicaSyncRepository}) and read whole, for the operators, by
 * {@link dev.acmr.runtime.participant.repository.ParticipantReadRepository}.
 */
package dev.acmr.runtime.participant.repository;
