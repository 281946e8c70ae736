package dev.acmr.simulator.config;

/** A SimConfig body that cannot be accepted; the message is shown to the caller as {@code errorDetails}. */
public class InvalidSimConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSimConfigException(String message) {
        super(message);
    }
}
