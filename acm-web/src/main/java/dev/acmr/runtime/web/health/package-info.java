/**
 * MicroProfile Health checks of a runtime node, served by Payara at {@code /health/ready} and {@code /health/live}.
 * Readiness covers what the node cannot work without (database with migrated schema, broker), each probe bounded in
 * time so that a hung dependency reads as DOWN rather than hanging the health endpoint.
 */
package dev.acmr.runtime.web.health;
