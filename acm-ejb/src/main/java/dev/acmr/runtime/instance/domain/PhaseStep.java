package dev.acmr.runtime.instance.domain;

/** What supervision does next for an order paced by phase or stage, see {@link PhasePlan#step}. */
public sealed interface PhaseStep {

    /** Send the order for this phase: it is not the one last sent. */
    record Send(int phase) implements PhaseStep {
    }

    /** This phase was sent and is still running: only its timeout is to be checked. */
    record Await(int phase) implements PhaseStep {
    }

    /** Every element has finished: the order completes. */
    record Complete() implements PhaseStep {
    }
}
