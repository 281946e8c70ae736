/**
 * The ids a log line is about (request, composition, instance, participant, replica), kept per thread and written
 * into every record our code logs, so that the servers' JSON formatter shows them as fields of the line.
 *
 * <p>JUL has no mapped diagnostic context: {@link dev.acmr.messages.logging.LogContext} is ours, opened as a scope
 * by whatever starts a piece of work (a REST request, an inbound message, a listener call) and closed when it ends.
 * {@link dev.acmr.messages.logging.LogContextHandler}, attached to the {@code dev.acmr} logger, copies it into each
 * record on the logging thread, as a map among the record's parameters: Payara's
 * {@code fish.payara.enterprise.server.logging.JSONLogFormatter} writes every entry of such a map as a field, and
 * Payara Server formats records on a thread of its own, where the logging thread's context is no longer visible.
 * Here because the runtime and the participant adapter both use it and both already carry this module.
 */
package dev.acmr.messages.logging;
