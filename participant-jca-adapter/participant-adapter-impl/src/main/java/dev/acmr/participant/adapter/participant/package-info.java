/**
 * The per-participant session: its identity (participant id, replica id, element types, incarnation), the
 * registration state machine (register on every heartbeat until this replica's ack arrives, then status), the
 * heartbeat itself, the composition orders (prime and deprime, each run once on the listener, repeats ignored) and
 * reports (prime acks, definition out-properties), the instance orders (deploy, undeploy, lock, unlock, delete,
 * update: one listener call per element, repeats ignored) and reports (element acks fenced by the order's revision,
 * element info, stage reports as far as the runtime takes them), the in-memory view that the read methods of the
 * intermediary API return, and ONAP's intermediary API over the session
 * ({@link dev.acmr.participant.adapter.participant.SessionIntermediary}). Compositions and
 * instances enter the view from the runtime's revision-ordered syncs and from this replica's own orders and reports.
 * {@link dev.acmr.participant.adapter.participant.ReplicaSync} keeps the copy whole: it notices a missed sync, asks
 * for full syncs, completes them, and reports in each status how far the copy has got. Nothing is ever filled with
 * invented values, and nothing of this reaches the participant's code.
 */
package dev.acmr.participant.adapter.participant;
