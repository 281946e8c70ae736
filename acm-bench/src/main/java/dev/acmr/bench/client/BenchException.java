package dev.acmr.bench.client;

/** A scenario step that did not go as it must (unexpected status, state not reached in time, launcher failure). */
public class BenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
