/**
 * The message boundary of the adapter's states: {@link dev.acmr.participant.adapter.mapping.WireStates} maps the
 * participant protocol's enums (deploy, lock, composition state, outcome) to the participant API's and back. The
 * replica's view holds the API's, the messages carry the protocol's; nothing else converts between them.
 */
package dev.acmr.participant.adapter.mapping;
