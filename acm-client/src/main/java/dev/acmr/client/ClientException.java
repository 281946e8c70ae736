package dev.acmr.client;

/**
 * A call to the stack that did not happen as it must: nothing answered, the answer had an unexpected status or was
 * not JSON, or the launcher failed. Callers decide what it means (a failed test, a failed benchmark scenario).
 */
public class ClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
