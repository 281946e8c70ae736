/**
 * Use cases of participant supervision: handling registration, heartbeats and deregistration, removing silent
 * replicas, and answering queries. These are the transaction boundaries. They depend on the repository for storage
 * and on {@link dev.acmr.runtime.participant.application.ParticipantMessageSender} for replies, so that the protocol
 * rules can be read without the JMS and SQL details.
 */
package dev.acmr.runtime.participant.application;
