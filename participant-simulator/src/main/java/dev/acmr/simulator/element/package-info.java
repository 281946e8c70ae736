/**
 * The simulator's participant code: the message-driven bean that implements ONAP's element listener on the
 * {@code acm-participant-adapter} resource adapter, the log of the calls it received, ONAP's prime/deprime behaviour
 * (report after a configured delay, success or failure as configured) and the access to the adapter's intermediary
 * connection. Prime, deprime and the instance operations behave as ONAP's simulator (a delay, then the configured
 * outcome); migrate, prepare, review and rollback are recorded only.
 */
package dev.acmr.simulator.element;
