/**
 * The participant endpoints: ONAP's (query, sync) with DTOs that reproduce ONAP's JSON field for field plus the
 * replica figures operators need, and this runtime's replica maintenance (drain, undrain) and dispatch logs (which
 * replica ran which operation of a composition or instance). DTOs are separate from the entities so that the wire
 * format is fixed by the contract, not by the persistence model.
 */
package dev.acmr.runtime.web.participant;
