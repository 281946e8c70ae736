/**
 * Use cases of participant supervision and replica management: registration (telling a restart from a reconnect by
 * the replica's incarnation), heartbeats (which also confirm full syncs and report what a replica holds),
 * deregistration, removing silent replicas (and marking a restarted replica's open work for failover), full syncs of
 * one replica before it may be given work, drains, and the queries operators use. These are the transaction
 * boundaries; storage is behind the repositories and replies go through
 * {@link dev.acmr.runtime.participant.application.ParticipantMessageSender}. Dispatching work to replicas is
 * {@code participant.dispatch}'s.
 */
package dev.acmr.runtime.participant.application;
