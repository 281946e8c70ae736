package dev.acmr.runtime.instance.domain;

import java.util.Objects;

/** The states of one element that tell whether it already reached an order's target. */
public record ElementStatus(DeployState deployState, LockState lockState) {

    public ElementStatus {
        Objects.requireNonNull(deployState, "deployState");
        Objects.requireNonNull(lockState, "lockState");
    }
}
