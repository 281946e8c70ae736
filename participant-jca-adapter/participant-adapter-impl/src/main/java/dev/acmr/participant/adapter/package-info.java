/**
 * The participant resource adapter: a Jakarta Connectors 2.1 adapter that is the participant's only link to the
 * ACM runtime. {@link dev.acmr.participant.adapter.ParticipantResourceAdapter} holds the broker settings and the
 * one participant session of this deployment; the session starts when the participant's message-driven bean
 * activates its endpoint and ends on deactivation or adapter stop. Deployed as {@code acm-participant-adapter.rar},
 * configured through {@code ra.xml}; every thread it runs on comes from the container's work manager or timer.
 */
package dev.acmr.participant.adapter;
