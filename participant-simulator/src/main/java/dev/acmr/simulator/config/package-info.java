/**
 * The simulator's behaviour settings, ONAP's SimConfig: per operation ({@link dev.acmr.simulator.config.SimOperation}),
 * whether it succeeds and how long it takes ({@link dev.acmr.simulator.config.OperationSetting}). One copy per
 * replica, held in a singleton, read and replaced through the control API with the same flat JSON as ONAP's
 * simulator; unknown fields are ignored with a log line, as ONAP's simulator ignores them, while wrong types and
 * negative timers are refused.
 */
package dev.acmr.simulator.config;
