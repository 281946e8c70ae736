package dev.acmr.runtime.web.openapi;

import static dev.acmr.runtime.web.openapi.ErrorResponse.AUTHENTICATION;
import static dev.acmr.runtime.web.openapi.ErrorResponse.BODY_TOO_LARGE;
import static dev.acmr.runtime.web.openapi.ErrorResponse.INVALID_PAGE;
import static dev.acmr.runtime.web.openapi.ErrorResponse.NO_LIVE_REPLICA;
import static dev.acmr.runtime.web.openapi.ErrorResponse.SERVER_ERROR;
import static dev.acmr.runtime.web.openapi.ErrorResponse.UNKNOWN_DEFINITION;
import static dev.acmr.runtime.web.openapi.ErrorResponse.UNKNOWN_INSTANCE;
import static dev.acmr.runtime.web.openapi.ErrorResponse.UNKNOWN_PARTICIPANT;
import static dev.acmr.runtime.web.openapi.ErrorResponse.UNSUPPORTED_BODY;
import static dev.acmr.runtime.web.openapi.ErrorResponse.badRequest;
import static dev.acmr.runtime.web.openapi.ErrorResponse.notFound;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The error answers each route of ONAP's API documents, by operationId (ONAP's). Every route answers 401 without
 * credentials; the rest depends on what the route reads (a body: 413, 415; paging: 400), whether it names a
 * composition, instance or participant (404), and whether it sends an order to the participants (409). Routes not
 * listed here (replica maintenance, dispatch logs) document their few answers themselves.
 */
public final class RouteErrors {

    private static final Map<String, List<ErrorResponse>> BY_OPERATION = new LinkedHashMap<>();

    static {
        // Composition definitions
        answers("createCompositionDefinitions", badRequest("Invalid template, or the definition cannot be updated now"),
                notFound("metadata.compositionId names no definition"), BODY_TOO_LARGE, UNSUPPORTED_BODY, SERVER_ERROR);
        answers("queryCompositionDefinitions", badRequest("Invalid page, size or participantId"), SERVER_ERROR);
        answers("getCompositionDefinition", UNKNOWN_DEFINITION, SERVER_ERROR);
        answers("deleteCompositionDefinition", badRequest("The definition is not COMMISSIONED, or has instances"),
                UNKNOWN_DEFINITION, SERVER_ERROR);
        answers("compositionDefinitionPriming", badRequest("Not a valid order in the definition's state, or an "
                + "element type no participant supports"), UNKNOWN_DEFINITION, NO_LIVE_REPLICA, SERVER_ERROR);
        // Instances
        answers("createCompositionInstance", badRequest("Invalid instance, or not valid in the instance's state"),
                notFound("Unknown composition or instance"), NO_LIVE_REPLICA, BODY_TOO_LARGE, UNSUPPORTED_BODY,
                SERVER_ERROR);
        answers("queryCompositionInstances", INVALID_PAGE, SERVER_ERROR);
        answers("getCompositionInstance", badRequest("The instance belongs to another composition"), UNKNOWN_INSTANCE,
                SERVER_ERROR);
        answers("compositionInstanceState", badRequest("Not a valid order in the instance's state"), UNKNOWN_INSTANCE,
                NO_LIVE_REPLICA, SERVER_ERROR);
        answers("rollbackCompositionInstance", badRequest("Nothing failed to roll back, or the snapshot no longer "
                + "fits the composition"), notFound("Unknown instance, or no snapshot to roll back to"),
                NO_LIVE_REPLICA, SERVER_ERROR);
        answers("deleteCompositionInstance", badRequest("Not valid in the instance's state"), UNKNOWN_INSTANCE,
                NO_LIVE_REPLICA, SERVER_ERROR);
        answers("queryCompositionInstancesByFilter", badRequest("Invalid filter, sort, page or size"), SERVER_ERROR);
        // Participants
        answers("queryParticipants", INVALID_PAGE, SERVER_ERROR);
        answers("getParticipant", UNKNOWN_PARTICIPANT, SERVER_ERROR);
        answers("orderAllParticipantsReport");
        answers("orderParticipantReport", UNKNOWN_PARTICIPANT);
        answers("manualRestartAllParticipants");
        answers("manualRestartParticipant", UNKNOWN_PARTICIPANT);
        answers("queryCompositionDto", INVALID_PAGE, notFound("The participant id is not a UUID"), SERVER_ERROR);
        answers("getCompositionDto", UNKNOWN_DEFINITION, SERVER_ERROR);
    }

    private RouteErrors() {
    }

    private static void answers(String operationId, ErrorResponse... errors) {
        BY_OPERATION.put(operationId, Stream.concat(Stream.of(AUTHENTICATION), Stream.of(errors))
                .sorted(Comparator.comparingInt(ErrorResponse::code)).toList());
    }

    /** The error answers of the route, by code; none for a route that documents its own. */
    public static List<ErrorResponse> of(String operationId) {
        return BY_OPERATION.getOrDefault(operationId, List.of());
    }

    /** The routes documented here. */
    public static Set<String> operationIds() {
        return BY_OPERATION.keySet();
    }
}
