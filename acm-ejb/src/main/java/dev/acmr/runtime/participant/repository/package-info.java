/**
 * Storage of the participant model. One repository class hides JPA and the PostgreSQL statements from the
 * application services, so that the concurrency rules (upserts, conditional deletes, database time) live in one
 * place and the services read as the protocol they implement.
 */
package dev.acmr.runtime.participant.repository;
