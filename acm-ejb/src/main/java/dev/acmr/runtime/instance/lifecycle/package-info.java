/**
 * Running orders on automation composition instances: deploy, undeploy, lock, unlock, update and delete, dispatched
 * start phase by start phase; migrate, prepare and a migration's revert, stage by stage; review, migrate precheck and
 * an update's revert in one message; each to one selected replica of each participant involved, the participants'
 * per-element acknowledgements (only from the replica holding the work), timeouts, failover of a phase whose replica
 * left, and keeping every replica's view of the instances in step
 * ({@link dev.acmr.runtime.instance.lifecycle.InstanceSyncs}). Choosing and recording the replica, the fence and
 * the list of orphaned work are {@code participant.dispatch}'s; this package decides what is sent and when.
 *
 * <p>Each step is one database transaction that locks the instance row; the messages to participants are sent in
 * the same JTA transaction and leave only if it commits. The next phase or stage is sent in the transaction of the
 * ack that finished the previous one. Every message, and every failover of one, is rebuilt from the database: the
 * instance's rows are the "after" of a change, its rollback snapshot the "before", a precheck's plan the would-be
 * elements.
 */
package dev.acmr.runtime.instance.lifecycle;
