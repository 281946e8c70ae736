package dev.acmr.runtime.web.request;

import java.util.Objects;
import java.util.UUID;

/**
 * The id that correlates one HTTP request across the client's logs and ours (ONAP's {@code X-onap-RequestId}).
 *
 * <p>The client's id is echoed when it is plain visible ASCII of sane length; anything else is replaced by a new
 * UUID rather than copied into our logs and headers, where control characters or megabytes of text do harm.
 */
public record RequestId(String value) {

    static final int MAX_LENGTH = 128;

    public RequestId {
        Objects.requireNonNull(value, "request id");
    }

    /** The client's id if usable, else a new one. */
    public static RequestId fromHeader(String header) {
        if (header == null) {
            return generate();
        }
        String candidate = header.strip();
        return isUsable(candidate) ? new RequestId(candidate) : generate();
    }

    public static RequestId generate() {
        return new RequestId(UUID.randomUUID().toString());
    }

    private static boolean isUsable(String candidate) {
        return !candidate.isEmpty() && candidate.length() <= MAX_LENGTH
                && candidate.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    @Override
    public String toString() {
        return value;
    }
}
