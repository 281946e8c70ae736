/**
 * The simulator's participant code: the message-driven bean that implements ONAP's element listener on the
 * {@code acm-participant-adapter} resource adapter, the log of the calls it received, and the access to the adapter's
 * intermediary connection. No order reaches the listener yet (only registration exists in the protocol); when the
 * lifecycle arrives, the bean will report its results through the intermediary as ONAP's simulator does.
 */
package dev.acmr.simulator.element;
