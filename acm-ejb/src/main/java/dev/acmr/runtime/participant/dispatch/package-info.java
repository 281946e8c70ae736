/**
 * Dispatching: giving each participant's part of an operation (a prime or deprime, a start phase of an instance
 * order) to one replica, and keeping the record of it. {@link dev.acmr.runtime.participant.dispatch.DispatchService}
 * chooses the replica (with {@code selection}) and records the open dispatch; the record
 * ({@link dev.acmr.runtime.participant.dispatch.OperationDispatchRepository}) is at once the operators' log
 * ({@link dev.acmr.runtime.participant.dispatch.DispatchLogService}), least-in-flight's load and failover's work list
 * ({@link dev.acmr.runtime.participant.dispatch.OrphanedWorkService}). A dispatch stays open until its part ends, and
 * is then settled with a {@link dev.acmr.runtime.participant.dispatch.DispatchOutcome}.
 * {@link dev.acmr.runtime.participant.dispatch.ReplicaFence} lets only the replica holding a part answer for it.
 *
 * <p>The prime and instance use cases (in {@code composition.priming} and {@code instance.lifecycle}) call into this
 * package inside their own transaction on the locked entity row; nothing here knows compositions or instances beyond
 * their ids. Which replicas are live and selectable is the replica registry's (in {@code participant.repository}),
 * which this package only reads.
 */
package dev.acmr.runtime.participant.dispatch;
