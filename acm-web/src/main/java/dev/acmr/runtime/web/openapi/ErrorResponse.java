package dev.acmr.runtime.web.openapi;

/** One error answer a route documents: its status code and what it means on that route; the body is ONAP's. */
public record ErrorResponse(int code, String description) {

    static final ErrorResponse AUTHENTICATION = new ErrorResponse(401, "Authentication Error");
    static final ErrorResponse SERVER_ERROR = new ErrorResponse(500, "Internal Server Error");
    static final ErrorResponse NO_LIVE_REPLICA = new ErrorResponse(409, "A participant involved has no live replica");
    static final ErrorResponse BODY_TOO_LARGE =
            new ErrorResponse(413, "The body is larger than acm.rest.maxBodyBytes");
    static final ErrorResponse UNSUPPORTED_BODY =
            new ErrorResponse(415, "Content-Type is not JSON or YAML, or is malformed");
    static final ErrorResponse INVALID_PAGE = badRequest("Invalid page or size");
    static final ErrorResponse UNKNOWN_DEFINITION = notFound("Specified automation composition definition not found");
    static final ErrorResponse UNKNOWN_INSTANCE = notFound("Unknown instance");
    static final ErrorResponse UNKNOWN_PARTICIPANT = notFound("Specified participant not found");

    static ErrorResponse badRequest(String description) {
        return new ErrorResponse(400, description);
    }

    static ErrorResponse notFound(String description) {
        return new ErrorResponse(404, description);
    }

    public String responseCode() {
        return Integer.toString(code);
    }
}
