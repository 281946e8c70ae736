/**
 * Use cases of participant supervision and replica management: registration (telling a restart from a reconnect by
 * the replica's incarnation), heartbeats (which also confirm full syncs and report what a replica holds),
 * deregistration, removing silent replicas, full syncs of one replica before it may be given work, the fence that
 * lets only the replica holding a piece of work answer for it, the list of orphaned work for failover, drains, and
 * the queries operators use. These are the transaction boundaries; storage is behind the repositories and replies go
 * through {@link dev.acmr.runtime.participant.application.ParticipantMessageSender}.
 */
package dev.acmr.runtime.participant.application;
