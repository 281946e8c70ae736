/**
 * The stack as an operator sees it: the launcher ({@code ./acm}, run from the project root by
 * {@link dev.acmr.client.stack.Launcher}) and what its {@code status --json} reports, parsed here and nowhere else
 * into a {@link dev.acmr.client.stack.StackView}: the runtime nodes, the default participant, the simulator presets,
 * every participant's replicas, the broker and the database, each with its URL, pid and
 * {@link dev.acmr.client.stack.Health}.
 */
package dev.acmr.client.stack;
