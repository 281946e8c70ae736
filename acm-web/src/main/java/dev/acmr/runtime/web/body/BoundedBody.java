package dev.acmr.runtime.web.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body without trusting its declared length: a chunked body declares none, and a client may
 * declare less than it sends. Stops one byte past the limit, so a body that is too large costs at most the limit.
 */
public final class BoundedBody {

    private static final int CHUNK = 8192;

    private BoundedBody() {
    }

    /** The whole body, or empty if it has more than {@code maxBytes} bytes. */
    public static Optional<byte[]> read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
            total += read;
            if (total > maxBytes) {
                return Optional.empty();
            }
            body.write(chunk, 0, read);
        }
        return Optional.of(body.toByteArray());
    }
}
