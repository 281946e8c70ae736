/**
 * The listener base classes ONAP participants extend (ONAP package
 * {@code org.onap.policy.clamp.acm.participant.intermediary.api.impl}): {@link
 * dev.acmr.participant.api.impl.AcElementListenerV4}, with ONAP's default answers for every operation a participant
 * does not implement, and {@link dev.acmr.participant.api.impl.AcElementListenerV3} for the older stage-less prepare.
 * ONAP's ParticipantIntermediaryApiImpl, also in that package, has no counterpart here: the adapter implements the
 * intermediary.
 */
package dev.acmr.participant.api.impl;
