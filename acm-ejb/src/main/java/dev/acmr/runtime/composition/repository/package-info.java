/**
 * Storage of composition definitions and their elements in PostgreSQL through JPA. One repository hides the queries
 * and locks from the services: reads, the row lock every change to a definition takes first (so changes made on
 * different runtime nodes serialise on the row), and the few set-based statements judged by database time.
 */
package dev.acmr.runtime.composition.repository;
