/**
 * The TOSCA types ONAP participants use, from ONAP's policy-models ({@code org.onap.policy.models.tosca.authorative
 * .concepts}): {@link dev.acmr.participant.models.tosca.ToscaConceptIdentifier} (an element definition's id) and
 * {@link dev.acmr.participant.models.tosca.ToscaNodeTemplate} (what an element definition carries), as plain beans
 * with ONAP's accessors.
 */
package dev.acmr.participant.models.tosca;
