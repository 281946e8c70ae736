/**
 * The runtime's side of the JSON log lines: the handler that writes the current request, composition, instance,
 * participant and replica ids into our log records is attached while the application runs (the server's
 * {@code logging.properties} chooses the JSON formatter, see {@code server-config/asadmin/logging.asadmin}).
 */
package dev.acmr.runtime.infrastructure.logging;
