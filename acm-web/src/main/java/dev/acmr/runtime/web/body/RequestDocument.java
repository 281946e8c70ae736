package dev.acmr.runtime.web.body;

import dev.acmr.runtime.composition.tosca.DocumentSyntax;
import dev.acmr.runtime.composition.tosca.ParseLimits;
import dev.acmr.runtime.composition.tosca.ServiceTemplateParser;
import jakarta.ws.rs.core.MediaType;

/**
 * Reads a request body, JSON or YAML by its Content-Type, into a JSON tree (maps, lists, scalars) under the same
 * limits as a service template. Every body goes this way rather than through a JAX-RS entity provider, so that a
 * malformed body, or one of the wrong shape ({@code []}, {@code null}), is the resource's 400 with ONAP's error body:
 * a provider's parse failure escapes the exception mappers as a 500.
 */
public final class RequestDocument {

    private RequestDocument() {
    }

    /**
     * The tree of a non-blank body; {@code null} for a body that is the JSON or YAML null.
     *
     * @throws dev.acmr.runtime.composition.tosca.InvalidServiceTemplateException if the text is malformed (400)
     */
    public static Object read(String body, MediaType mediaType, long maxBodyBytes) {
        return new ServiceTemplateParser(ParseLimits.forDocumentsOf(maxBodyBytes)).readDocument(body,
                syntaxOf(mediaType));
    }

    public static boolean isBlank(String body) {
        return body == null || body.isBlank();
    }

    /** JSON for a JSON media type; anything else the resources admit (their @Consumes) is YAML. */
    public static DocumentSyntax syntaxOf(MediaType mediaType) {
        return mediaType != null && mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? DocumentSyntax.JSON
                : DocumentSyntax.YAML;
    }
}
