/**
 * Choosing the replica that runs an operation. Every operation message goes to exactly one live replica of each
 * participant involved; a {@link dev.acmr.runtime.participant.dispatch.selection.ReplicaSelectionStrategy} makes the
 * choice among the selectable replicas, and
 * {@link dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector} applies the strategy named by configuration
 * ({@code acm.replica.selection}, default {@code round-robin}). Strategies decide from the database (the replica
 * registry in {@code participant.repository}), not from node memory, so every runtime node takes part in the same
 * rotation. Choosing records nothing: the enclosing package records the choice.
 */
package dev.acmr.runtime.participant.dispatch.selection;
