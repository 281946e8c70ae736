package dev.acmr.simulator.web;

/**
 * A request the control API refuses, with the HTTP status to answer and the reason shown to the caller as
 * {@code errorDetails} (by {@link RejectedRequestMapper}).
 */
public class RejectedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public RejectedRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    static RejectedRequestException badRequest(String message) {
        return new RejectedRequestException(400, message);
    }

    static RejectedRequestException notFound(String message) {
        return new RejectedRequestException(404, message);
    }

    static RejectedRequestException unavailable(Exception cause) {
        return new RejectedRequestException(503, "participant adapter not available: " + cause.getMessage());
    }

    public int status() {
        return status;
    }
}
