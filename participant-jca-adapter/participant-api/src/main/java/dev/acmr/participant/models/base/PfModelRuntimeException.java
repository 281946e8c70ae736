package dev.acmr.participant.models.base;

/**
 * The unchecked counterpart of {@link PfModelException}, named as ONAP's: ONAP participants throw it from code that
 * cannot declare checked exceptions (a stream, a callback), so that code ports unchanged. When it escapes a listener
 * call the adapter reports the element (or composition) FAILED with its message, as for any runtime exception.
 *
 * <p>As in {@link PfModelException}, the status is any object (in ONAP a JAX-RS {@code Response.Status}), so that
 * this API depends on nothing but the JDK.
 */
public class PfModelRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object statusCode;
    private final transient Object object;

    public PfModelRuntimeException(Object statusCode, String message) {
        this(statusCode, message, null, null);
    }

    public PfModelRuntimeException(Object statusCode, String message, Throwable cause) {
        this(statusCode, message, cause, null);
    }

    /** @param object whatever the thrower wants to pass along with the error (ONAP's signature) */
    public PfModelRuntimeException(Object statusCode, String message, Throwable cause, Object object) {
        super(message, cause);
        this.statusCode = statusCode;
        this.object = object;
    }

    /** Wraps a checked {@link PfModelException}, keeping its status, message and object. */
    public PfModelRuntimeException(PfModelException exception) {
        this(exception.getStatusCode(), exception.getMessage(), exception, exception.getObject());
    }

    /** The status the thrower gave (in ONAP a JAX-RS {@code Response.Status}), or null. */
    public Object getStatusCode() {
        return statusCode;
    }

    public Object getObject() {
        return object;
    }
}
