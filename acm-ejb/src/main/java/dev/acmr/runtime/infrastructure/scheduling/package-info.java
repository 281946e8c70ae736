/**
 * Timers that drive the application services. They hold no rules of their own: they decide when a use case runs
 * (every second, only once the schema exists) and how a failure of that run is reported, so that the services stay
 * callable and testable without a timer service.
 */
package dev.acmr.runtime.infrastructure.scheduling;
