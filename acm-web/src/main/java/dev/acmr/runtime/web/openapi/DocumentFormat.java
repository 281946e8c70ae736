package dev.acmr.runtime.web.openapi;

import java.util.Locale;
import java.util.Optional;

/**
 * The two forms of the OpenAPI document and how a client asks for one: {@code ?format=json|yaml} first, else the
 * {@code Accept} header, else YAML (MicroProfile OpenAPI's default). YAML is answered as {@code application/yaml}
 * (RFC 9512), whichever YAML name the client used.
 */
public enum DocumentFormat {
    YAML("application/yaml", ""),
    JSON("application/json", "?format=JSON");

    private final String contentType;
    private final String serverQuery;

    DocumentFormat(String contentType, String serverQuery) {
        this.contentType = contentType;
        this.serverQuery = serverQuery;
    }

    public String contentType() {
        return contentType;
    }

    /** The query that asks the server's own {@code /openapi} endpoint for this form. */
    String serverQuery() {
        return serverQuery;
    }

    /** The form asked for; empty when the client accepts neither (a 406). */
    public static Optional<DocumentFormat> requested(String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            return switch (formatParameter.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> Optional.of(JSON);
                case "yaml", "yml" -> Optional.of(YAML);
                default -> Optional.empty();
            };
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(YAML);
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
            switch (type) {
                case "application/json":
                    return Optional.of(JSON);
                case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain", "text/*",
                        "application/*", "*/*":
                    return Optional.of(YAML);
                default:
                    break;
            }
        }
        return Optional.empty();
    }
}
