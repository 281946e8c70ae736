/**
 * Storage of the participant model and of the dispatch record. The repositories hide JPA and the PostgreSQL
 * statements from the application services, so that the concurrency rules (upserts, conditional updates and deletes,
 * database time, partial indexes on open work) live in one place and the services read as the protocol they
 * implement. The dispatch record (which replica was given which operation message, and whether its part is still
 * open) is at once the operators' log, least-in-flight's load and failover's work list. Participants are written by
 * {@link dev.acmr.runtime.participant.repository.ParticipantRepository} and read whole, for the operators, by
 * {@link dev.acmr.runtime.participant.repository.ParticipantReadRepository}.
 */
package dev.acmr.runtime.participant.repository;
