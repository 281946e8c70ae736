/**
 * Persistence plumbing shared by the modules' repositories: the Flyway migration that owns the schema, the JPA
 * converters the entities need, and the database's clock that order deadlines are set by. Kept apart from the domain
 * so that the entities hold no knowledge of how the schema is created or which JDBC types back them.
 */
package dev.acmr.runtime.infrastructure.persistence;
