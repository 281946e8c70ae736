/**
 * The participant endpoints of ONAP's API: the JAX-RS resource, the DTOs that reproduce ONAP's JSON field for field,
 * and the mapper from the domain to those DTOs. DTOs are separate from the entities so that the wire format is
 * fixed by ONAP's contract, not by the persistence model.
 */
package dev.acmr.runtime.web.participant;
