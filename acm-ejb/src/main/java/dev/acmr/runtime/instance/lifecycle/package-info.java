/**
 * Running orders on automation composition instances: deploy, undeploy, lock, unlock, update and delete, their
 * dispatch start phase by start phase to one selected replica of each participant involved, the participants'
 * per-element acknowledgements (only from the replica holding the work), timeouts, failover of a phase whose replica
 * left, and keeping every replica's view of the instances in step. Choosing and recording the replica, the fence and
 * the list of orphaned work are {@code participant.dispatch}'s; this package decides what is sent and when.
 *
 * <p>Each step is one database transaction that locks the instance row; the messages to participants are sent in
 * the same JTA transaction and leave only if it commits. The next phase is sent in the transaction of the ack that
 * finished the previous one.
 */
package dev.acmr.runtime.instance.lifecycle;
