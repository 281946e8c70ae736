/**
 * The outbound side: the managed connection factory, managed connection, connection factory and connection handle
 * behind {@link dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory}; a handle is ONAP's intermediary
 * API ({@link dev.acmr.participant.adapter.session.SessionIntermediary}). The handles hold no resource of
 * their own; every call goes to the adapter's current participant session, so a handle obtained before the endpoint
 * activated reports "not connected" instead of failing.
 */
package dev.acmr.participant.adapter.outbound;
