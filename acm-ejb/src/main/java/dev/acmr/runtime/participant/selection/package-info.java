/**
 * Choosing the replica that runs an operation. Every operation message goes to exactly one live replica of each
 * participant involved; a {@link dev.acmr.runtime.participant.selection.ReplicaSelectionStrategy} makes the choice
 * from the live set, and {@link dev.acmr.runtime.participant.selection.ReplicaSelector} applies the strategy named by
 * configuration ({@code acm.replica.selection}, default {@code round-robin}). Strategies decide from the database,
 * not from node memory, so every runtime node takes part in the same rotation.
 */
package dev.acmr.runtime.participant.selection;
