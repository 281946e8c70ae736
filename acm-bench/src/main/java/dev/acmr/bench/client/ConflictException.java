package dev.acmr.bench.client;

/** A 409 from the runtime: a participant has no replica ready for the order (offline, or still being synchronised). */
public class ConflictException extends BenchException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
