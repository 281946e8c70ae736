package dev.acmr.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuntimeClientTest {

    private final AtomicReference<String> seen = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void recordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " content-type="
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " body=" + body.length);
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** ONAP's scripts POST the rollback with no body and no Content-Type; the runtime must take it as sent. */
    @Test
    void rollbackIsAPostWithoutBodyOrContentType() {
        String node = "http://127.0.0.1:" + server.getAddress().getPort();
        HttpResponse<String> response = RuntimeClient.anonymous(node).rollback("c1", "i1");

        assertEquals(202, response.statusCode());
        assertEquals("POST " + RuntimeClient.BASE_PATH + "/compositions/c1/instances/i1/rollback content-type=null"
                + " body=0", seen.get());
    }
}
