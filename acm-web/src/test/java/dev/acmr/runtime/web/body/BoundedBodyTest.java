package dev.acmr.runtime.web.body;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        byte[] body = new byte[10_000];

        assertArrayEquals(body, BoundedBody.read(new ByteArrayInputStream(body), 10_000).orElseThrow());
        assertArrayEquals(new byte[0], BoundedBody.read(new ByteArrayInputStream(new byte[0]), 10).orElseThrow());
    }

    @Test
    void stopsOneChunkPastTheLimitOfAnEndlessBody() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertTrue(BoundedBody.read(endless, 10_001).isEmpty());
    }
}
