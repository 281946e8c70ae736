package dev.acmr.runtime.shared;

/** The client's page or size cannot be used; a client error, never a server fault. */
public class InvalidPagingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidPagingException(String message) {
        super(message);
    }
}
