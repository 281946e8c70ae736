package dev.acmr.runtime.web.openapi;

import dev.acmr.runtime.web.body.MediaTypes;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every route of the generated {@code /openapi} document the error answers {@link RouteErrors} lists for it,
 * each with ONAP's error body ({@code SimpleResponse}) in every media type the route answers in. The resources then
 * carry only what is their own: the operation, its parameters and its success answers. An answer a route documents
 * itself is left as it is. Registered with {@code mp.openapi.filter} (the WAR's microprofile-config.properties).
 *
 * <p>The answers are shaped as the server shapes annotated ones, so that the document reads as before: the body's
 * schema is the one generated for the {@code SimpleResponse} component, inlined, under each media type of the
 * resources' {@code @Produces}, quality included.
 */
public class ErrorResponsesFilter implements OASFilter {

    /** The media types of the answers, as the resources of ONAP's API offer them in their {@code @Produces}. */
    static final List<String> ANSWER_MEDIA_TYPES = List.of(MediaType.APPLICATION_JSON,
            MediaTypes.APPLICATION_YAML_LOW, MediaTypes.APPLICATION_X_YAML_LOW, MediaTypes.TEXT_YAML_LOW);

    static final String ERROR_BODY_SCHEMA = "SimpleResponse";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Schema errorBody = errorBodySchema(openAPI);
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                addErrorResponses(operation, errorBody);
            }
        }
    }

    // The component generated from SimpleResponse's annotations; a reference to it should there be none.
    static Schema errorBodySchema(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(ERROR_BODY_SCHEMA)) {
            return openAPI.getComponents().getSchemas().get(ERROR_BODY_SCHEMA);
        }
        return OASFactory.createSchema().ref(ERROR_BODY_SCHEMA);
    }

    private static void addErrorResponses(Operation operation, Schema errorBody) {
        List<ErrorResponse> errors = RouteErrors.of(operation.getOperationId());
        if (errors.isEmpty()) {
            return;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        for (ErrorResponse error : errors) {
            if (!responses.hasAPIResponse(error.responseCode())) {
                responses.addAPIResponse(error.responseCode(), OASFactory.createAPIResponse()
                        .description(error.description()).content(content(errorBody)));
            }
        }
    }

    private static Content content(Schema errorBody) {
        Content content = OASFactory.createContent();
        for (String mediaType : ANSWER_MEDIA_TYPES) {
            content.addMediaType(mediaType, OASFactory.createMediaType().schema(errorBody));
        }
        return content;
    }
}
