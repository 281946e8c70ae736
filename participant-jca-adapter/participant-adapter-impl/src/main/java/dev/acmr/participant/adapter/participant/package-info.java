/**
 * The per-participant session: its identity (participant id, replica id, element types), the registration state
 * machine (register on every heartbeat until this replica's ack arrives, then status), the heartbeat itself, and the
 * in-memory view of compositions and instances that the read methods of the intermediary API return. The view is
 * empty until the runtime's sync messages exist; it is never filled with invented values.
 */
package dev.acmr.participant.adapter.participant;
