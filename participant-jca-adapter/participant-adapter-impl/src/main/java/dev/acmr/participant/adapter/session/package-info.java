/**
 * The replica's session with the runtime: its identity on the wire (participant id, replica id, element types,
 * incarnation), the session itself ({@link dev.acmr.participant.adapter.session.ParticipantSession}) with the loop
 * that keeps its broker connection open ({@link dev.acmr.participant.adapter.session.ConnectLoop}), the registration
 * state machine (register on every heartbeat until this replica's ack arrives, then status), the
 * composition orders (prime and deprime, each run once on the listener, repeats ignored) and reports (prime acks,
 * definition out-properties), the instance orders (deploy, undeploy, lock, unlock, delete, update, and the staged and
 * sub operations: migrate, its precheck and revert, prepare, review, update revert; one listener call per element,
 * repeats ignored) and reports (element acks fenced by the order's revision, element info, stage reports; the acks of
 * one dispatch sent together, {@link dev.acmr.participant.adapter.session.DispatchAcks}), and ONAP's intermediary API
 * over the session
 * ({@link dev.acmr.participant.adapter.session.SessionIntermediary}). What the runtime syncs goes into the replica's
 * view ({@link dev.acmr.participant.adapter.view}); {@link dev.acmr.participant.adapter.session.ReplicaSync} keeps
 * that copy whole: it notices a missed sync, asks for full syncs, completes them, and reports in each status how far
 * the copy has got. Nothing is ever filled with invented values, and nothing of this reaches the participant's code.
 */
package dev.acmr.participant.adapter.session;
