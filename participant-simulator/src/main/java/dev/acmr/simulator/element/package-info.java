/**
 * The simulator's participant code, written as an ONAP participant is: the element listener
 * ({@link dev.acmr.simulator.element.AutomationCompositionElementHandler}, extending {@code AcElementListenerV4}), the
 * services that do ONAP's simulated work through the intermediary API (instances, compositions, migrations: a delay,
 * then the configured outcome, with {@code InternalState} in the out-properties), the log of the calls received, and
 * the two pieces that replace ONAP's Spring wiring: the message-driven bean on the {@code acm-participant-adapter}
 * resource adapter and the injectable {@link dev.acmr.simulator.element.Intermediary}.
 */
package dev.acmr.simulator.element;
