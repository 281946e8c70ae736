package dev.acmr.messages;

/** A message that cannot be decoded: unknown type, bad JSON, or missing identity. It is dropped, never retried. */
public class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
