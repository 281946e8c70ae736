/**
 * The API a participant implementation compiles against, mirroring ONAP's intermediary.
 *
 * <p>A participant implements {@link dev.acmr.participant.api.AutomationCompositionElementListener} as a
 * message-driven bean bound to the {@code acm-participant-adapter} resource adapter, and reports results through
 * {@link dev.acmr.participant.api.ParticipantIntermediaryApi}, obtained from a
 * {@link dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory}. Nothing here mentions replicas: the
 * adapter and the runtime keep every replica of a participant in step, so the code is the same with one replica or
 * ten. Depend on this jar with scope {@code provided}; its classes come from the deployed RAR.
 */
package dev.acmr.participant.api;
