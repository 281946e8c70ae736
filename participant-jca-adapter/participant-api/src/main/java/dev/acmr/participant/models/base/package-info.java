/**
 * ONAP's policy-models base types a participant uses ({@link dev.acmr.participant.models.base.PfModelException}, the
 * exception listeners declare, and its unchecked counterpart
 * {@link dev.acmr.participant.models.base.PfModelRuntimeException}; ONAP package {@code org.onap.policy.models.base})
 * and the deep copy of property maps the model types share.
 */
package dev.acmr.participant.models.base;
