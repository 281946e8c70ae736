/**
 * The records ONAP's element listener is called with ({@code org.onap.policy.clamp.models.acm.dto}): a composition,
 * an element definition and an instance element, each with its properties and out-properties, and
 * {@link dev.acmr.participant.models.dto.ElementState}.
 */
package dev.acmr.participant.models.dto;
