/**
 * The simulator's behaviour settings, ONAP's SimConfig: per operation, whether it succeeds and how long it takes.
 * One copy per replica, held in a singleton, read and replaced through the control API with the same JSON as ONAP's
 * simulator; unknown fields and negative timers are rejected rather than ignored.
 */
package dev.acmr.simulator.config;
