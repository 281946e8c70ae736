package dev.acmr.runtime.web.body;

import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Bodies no endpoint accepts, as JSON or YAML: the unit-level twin of the table in acm-it's MalformedBodiesIT. */
public final class MalformedBodies {

    public static final long MAX_BYTES = 4 * 1024 * 1024;
    private static final String DEEP = "[".repeat(500) + "]".repeat(500);

    public record Body(MediaType mediaType, String text) {

        public Object read() {
            return RequestDocument.read(text, mediaType, MAX_BYTES);
        }

        @Override
        public String toString() {
            return mediaType.getSubtype() + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
        }
    }

    private MalformedBodies() {
    }

    public static List<Body> anyEndpoint() {
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        MediaType yaml = new MediaType("application", "yaml");
        return List.of(new Body(json, "{"), new Body(json, "[]"), new Body(json, "null"), new Body(json, "1"),
                new Body(json, "\"text\""), new Body(json, "{\"a\": 1,}"), new Body(json, "{\"a\": 1} {\"b\": 2}"),
                new Body(json, "{\"a\": 1, \"a\": 2}"), new Body(json, DEEP), new Body(json, "{\"a\": \"\\u0000\"}"),
                new Body(yaml, "a: ["), new Body(yaml, "- a\n- b\n"), new Body(yaml, "~"), new Body(yaml, "plain text"),
                new Body(yaml, "a: &x [*x]\n"), new Body(yaml, "a: 1\na: 2\n"), new Body(yaml, "!!binary AAAA"),
                new Body(yaml, "a: !!java.lang.Object {}\n"), new Body(yaml, DEEP));
    }
}
