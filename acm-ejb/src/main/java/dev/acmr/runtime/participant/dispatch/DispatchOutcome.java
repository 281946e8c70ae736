package dev.acmr.runtime.participant.dispatch;

/**
 * How a replica's part of an operation ended, as a dispatch is settled with it. The name is what the
 * {@code operation_dispatch.outcome} column stores and what the dispatch log shows.
 */
public enum DispatchOutcome {

    /** The part is over because the phase or order moved on or completed, or it was answered before failover. */
    DONE,

    /** The order failed: the participant reported a failure, or it was offline when its phase was due. */
    FAILED,

    /** The order's deadline passed before every participant answered. */
    TIMEOUT,

    /** Found by failover after the order, revision or phase it was for stopped running: nothing left to move. */
    STALE,

    /** Its replica left or restarted, and the work was sent to another replica. */
    REDISPATCHED,

    /** A new prime or deprime of the composition replaced the order. */
    SUPERSEDED,

    /** The participant answered a prime or deprime successfully. */
    ACKED
}
