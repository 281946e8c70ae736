/**
 * The API a participant implementation compiles against, ONAP's intermediary API under our packages (ONAP package
 * {@code org.onap.policy.clamp.acm.participant.intermediary.api}): the element listener, the intermediary it calls,
 * and the report records; the listener base classes are in {@code .impl}, the model types in
 * {@code dev.acmr.participant.models}. {@code onap-imports.txt} beside this module's pom maps every ONAP package a
 * participant imports to ours, so a port changes import lines only.
 *
 * <p>A participant implements {@link dev.acmr.participant.api.AutomationCompositionElementListener} as a
 * message-driven bean bound to the {@code acm-participant-adapter} resource adapter, and reports results through
 * {@link dev.acmr.participant.api.ParticipantIntermediaryApi}, obtained from a
 * {@link dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory}. Nothing here mentions replicas: the
 * adapter and the runtime keep every replica of a participant in step, so the code is the same with one replica or
 * ten. Depend on this jar with scope {@code provided}; its classes come from the deployed RAR. Everything but the
 * connection factory and connection (JCA) is plain JDK.
 */
package dev.acmr.participant.api;
