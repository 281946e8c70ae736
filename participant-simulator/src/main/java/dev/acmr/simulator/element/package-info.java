/**
 * The simulator's participant code: the message-driven bean that implements ONAP's element listener on the
 * {@code acm-participant-adapter} resource adapter, the log of the calls it received, ONAP's prime/deprime behaviour
 * (report after a configured delay, success or failure as configured) and the access to the adapter's intermediary
 * connection. Instance orders are recorded only, until the intermediary's instance reports exist.
 */
package dev.acmr.simulator.element;
