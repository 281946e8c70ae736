/**
 * The inbound side: the activation spec a participant's message-driven bean fills in (participant id, element types,
 * replica id, heartbeat), resolved into {@link dev.acmr.participant.adapter.config.ParticipantSettings}, and the
 * dispatcher that calls the bean's {@link dev.acmr.participant.api.AutomationCompositionElementListener} on a work
 * manager thread through a message endpoint obtained from the container.
 */
package dev.acmr.participant.adapter.inbound;
