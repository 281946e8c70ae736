/**
 * The automation composition instance state machine, as pure rules with no persistence or messaging: ONAP's deploy,
 * lock and sub states, the orders a user can give, which order an instance accepts in which status
 * ({@link dev.acmr.runtime.instance.domain.InstanceOrderPolicy}), the transitional status an accepted order sets and
 * how its messages are paced ({@link dev.acmr.runtime.instance.domain.OrderEffect}), the settled status once every
 * element has finished ({@link dev.acmr.runtime.instance.domain.Completion}), which start phase or stage runs next
 * ({@link dev.acmr.runtime.instance.domain.PhasePlan}) and which elements a retry targets
 * ({@link dev.acmr.runtime.instance.domain.RetryScope}); the instance lifecycle services apply them to stored rows.
 *
 * <p>The stored instance is {@link dev.acmr.runtime.instance.domain.AutomationCompositionInstance}, the root every
 * change goes through, with its parts: where it stands in its orders
 * ({@link dev.acmr.runtime.instance.domain.InstanceProgress}, embedded in its row), its elements as the services read
 * them ({@link dev.acmr.runtime.instance.domain.InstanceElements}) and the rows they are stored in
 * ({@link dev.acmr.runtime.instance.domain.InstanceElement}, with its states, reported data and migration marks
 * embedded as {@link dev.acmr.runtime.instance.domain.ElementStates},
 * {@link dev.acmr.runtime.instance.domain.ElementReports} and
 * {@link dev.acmr.runtime.instance.domain.ElementMigration}).
 * Its migrations and rollbacks ({@link dev.acmr.runtime.instance.domain.InstanceMigration}) and what participants
 * report about its elements ({@link dev.acmr.runtime.instance.domain.ElementOutcomes}) are views the instance hands
 * out over its rows.
 */
package dev.acmr.runtime.instance.domain;
