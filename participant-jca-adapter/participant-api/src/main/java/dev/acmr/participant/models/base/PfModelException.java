package dev.acmr.participant.models.base;

/**
 * What a listener throws when it cannot carry out an order, named as ONAP's so that listener signatures port
 * unchanged. The adapter reports the element (or composition) FAILED with this message and the state it returns to,
 * as ONAP's intermediary does.
 *
 * <p>ONAP's constructors take a JAX-RS {@code Response.Status} first; these take any object there (kept as
 * {@link #getStatusCode()}), so that {@code new PfModelException(Response.Status.BAD_REQUEST, "...")} compiles
 * unchanged while this API depends on nothing but the JDK.
 */
public class PfModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Object statusCode;
    private final transient Object object;

    public PfModelException(String message) {
        this(null, message, null, null);
    }

    public PfModelException(String message, Throwable cause) {
        this(null, message, cause, null);
    }

    public PfModelException(Object statusCode, String message) {
        this(statusCode, message, null, null);
    }

    public PfModelException(Object statusCode, String message, Throwable cause) {
        this(statusCode, message, cause, null);
    }

    /** @param object whatever the thrower wants to pass along with the error (ONAP's signature) */
    public PfModelException(Object statusCode, String message, Throwable cause, Object object) {
        super(message, cause);
        this.statusCode = statusCode;
        this.object = object;
    }

    /** The status the thrower gave (in ONAP a JAX-RS {@code Response.Status}), or null. */
    public Object getStatusCode() {
        return statusCode;
    }

    public Object getObject() {
        return object;
    }
}
