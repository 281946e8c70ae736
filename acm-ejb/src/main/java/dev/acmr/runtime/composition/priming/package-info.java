/**
 * Priming and depriming composition definitions: the order ({@code PUT /compositions/{id}}), its dispatch to one
 * live replica of each participant involved, the participants' acknowledgements, timeouts, and keeping every replica's
 * view of the composition in step, and failover of a prime whose replica left. Choosing and recording the replica is
 * {@code participant.dispatch}'s.
 *
 * <p>Each step is one database transaction that locks the composition row, so orders and acks handled on different
 * runtime nodes at the same time serialise on the row; the messages to participants are sent in the same JTA
 * transaction and leave only if it commits. Acks are idempotent: a duplicate, a late ack for an order no longer
 * running, or an ack that does not fit the running order changes nothing.
 */
package dev.acmr.runtime.composition.priming;
