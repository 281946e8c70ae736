/**
 * The adapter's configuration: what each configuration property means and defaults to, the resolution of
 * {@code ${key}} / {@code ${key:default}} placeholders in configured values (MicroProfile Config, or failing that
 * system properties and environment variables), and {@link dev.acmr.participant.adapter.config.ParticipantSettings},
 * the resolved and validated identity of the participant replica. A leaf: both the inbound side, which reads the
 * activation properties, and the session, which runs with the result, depend on it.
 */
package dev.acmr.participant.adapter.config;
