package dev.acmr.simulator.element;

import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;

/** What a simulated element operation reports when it ends: exactly one of a deploy or a lock state, and a message. */
record Outcome(DeployState deployState, LockState lockState, String message) {

    static Outcome deploy(DeployState state, String message) {
        return new Outcome(state, null, message);
    }

    static Outcome lock(LockState state, String message) {
        return new Outcome(null, state, message);
    }

    /** The state's name, which is also what the simulator writes into {@code InternalState}. */
    String stateName() {
        return deployState != null ? deployState.name() : lockState.name();
    }
}
