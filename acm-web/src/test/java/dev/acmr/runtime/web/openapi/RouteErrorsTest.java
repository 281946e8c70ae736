package dev.acmr.runtime.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.web.composition.CompositionResource;
import dev.acmr.runtime.web.instance.InstanceQueryResource;
import dev.acmr.runtime.web.instance.InstanceResource;
import dev.acmr.runtime.web.participant.ParticipantCompositionResource;
import dev.acmr.runtime.web.participant.ParticipantResource;
import dev.acmr.runtime.web.participant.ReplicaResource;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

class RouteErrorsTest {

    /**
     * The error answers each route listed in /openapi while the resources carried them as annotations: the
     * document must keep them, code for code and word for word.
     */
    private static final List<String> DOCUMENTED_BEFORE = List.of(
            "createCompositionDefinitions -> 400 Invalid template, or the definition cannot be updated now | 401 Authentication Error | 404 metadata.compositionId names no definition | 413 The body is larger than acm.rest.maxBodyBytes | 415 Content-Type is not JSON or YAML, or is malformed | 500 Internal Server Error",
            "queryCompositionDefinitions -> 400 Invalid page, size or participantId | 401 Authentication Error | 500 Internal Server Error",
            "getCompositionDefinition -> 401 Authentication Error | 404 Specified automation composition definition not found | 500 Internal Server Error",
            "deleteCompositionDefinition -> 400 The definition is not COMMISSIONED, or has instances | 401 Authentication Error | 404 Specified automation composition definition not found | 500 Internal Server Error",
            "compositionDefinitionPriming -> 400 Not a valid order in the definition's state, or an element type no participant supports | 401 Authentication Error | 404 Specified automation composition definition not found | 409 A participant involved has no live replica | 500 Internal Server Error",
            "createCompositionInstance -> 400 Invalid instance, or not valid in the instance's state | 401 Authentication Error | 404 Unknown composition or instance | 409 A participant involved has no live replica | 413 The body is larger than acm.rest.maxBodyBytes | 415 Content-Type is not JSON or YAML, or is malformed | 500 Internal Server Error",
            "queryCompositionInstances -> 400 Invalid page or size | 401 Authentication Error | 500 Internal Server Error",
            "getCompositionInstance -> 400 The instance belongs to another composition | 401 Authentication Error | 404 Unknown instance | 500 Internal Server Error",
            "compositionInstanceState -> 400 Not a valid order in the instance's state | 401 Authentication Error | 404 Unknown instance | 409 A participant involved has no live replica | 500 Internal Server Error",
            "rollbackCompositionInstance -> 400 Nothing failed to roll back, or the snapshot no longer fits the composition | 401 Authentication Error | 404 Unknown instance, or no snapshot to roll back to | 409 A participant involved has no live replica | 500 Internal Server Error",
            "deleteCompositionInstance -> 400 Not valid in the instance's state | 401 Authentication Error | 404 Unknown instance | 409 A participant involved has no live replica | 500 Internal Server Error",
            "queryCompositionInstancesByFilter -> 400 Invalid filter, sort, page or size | 401 Authentication Error | 500 Internal Server Error",
            "queryParticipants -> 400 Invalid page or size | 401 Authentication Error | 500 Internal Server Error",
            "getParticipant -> 401 Authentication Error | 404 Specified participant not found | 500 Internal Server Error",
            "orderAllParticipantsReport -> 401 Authentication Error",
            "orderParticipantReport -> 401 Authentication Error | 404 Specified participant not found",
            "manualRestartAllParticipants -> 401 Authentication Error",
            "manualRestartParticipant -> 401 Authentication Error | 404 Specified participant not found",
            "queryCompositionDto -> 400 Invalid page or size | 401 Authentication Error | 404 The participant id is not a UUID | 500 Internal Server Error",
            "getCompositionDto -> 401 Authentication Error | 404 Specified automation composition definition not found | 500 Internal Server Error",
            "drainReplica -> 404 Unknown participant, or an id that is not a UUID",
            "undrainReplica -> 404 Unknown participant, or an id that is not a UUID",
            "getCompositionDispatches -> 404 Nothing was ever dispatched for this composition",
            "getInstanceDispatches -> 404 Nothing was ever dispatched for this instance");

    private static final List<Class<?>> ONAP_RESOURCES = List.of(CompositionResource.class, InstanceResource.class,
            InstanceQueryResource.class, ParticipantResource.class, ParticipantCompositionResource.class);

    @Test
    void everyRouteKeepsTheErrorAnswersItDocumentedAsAnnotations() {
        for (String row : DOCUMENTED_BEFORE) {
            String[] route = row.split(" -> ", 2);
            if (RouteErrors.operationIds().contains(route[0])) {
                List<String> documented = RouteErrors.of(route[0]).stream()
                        .map(error -> error.code() + " " + error.description()).toList();
                assertEquals(Arrays.asList(route[1].split(" \\| ")), documented, route[0]);
            }
        }
    }

    @Test
    void routesThatDocumentTheirOwnAnswersGetNoneAdded() {
        assertEquals(List.of(), RouteErrors.of("drainReplica"));
        assertEquals(List.of(), RouteErrors.of("undrainReplica"));
        assertEquals(List.of(), RouteErrors.of("getCompositionDispatches"));
        assertEquals(List.of(), RouteErrors.of("getInstanceDispatches"));
        assertTrue(Stream.of(ReplicaResource.class.getDeclaredMethods()).map(RouteErrorsTest::operationId)
                .filter(id -> !id.isEmpty()).noneMatch(RouteErrors.operationIds()::contains));
    }

    @Test
    void listsEveryRouteOfOnapsApiAndNoOther() {
        Set<String> routes = ONAP_RESOURCES.stream().flatMap(type -> Stream.of(type.getDeclaredMethods()))
                .map(RouteErrorsTest::operationId).filter(id -> !id.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(routes, new TreeSet<>(RouteErrors.operationIds()));
        Set<String> before = DOCUMENTED_BEFORE.stream().map(row -> row.split(" -> ", 2)[0])
                .filter(routes::contains).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(routes, before);
    }

    @Test
    void theResourcesOfOnapsApiNoLongerRepeatErrorAnswers() {
        for (Class<?> resource : ONAP_RESOURCES) {
            assertEquals(List.of(), errorAnnotations(resource), resource.getSimpleName());
            for (Method method : resource.getDeclaredMethods()) {
                assertEquals(List.of(), errorAnnotations(method), resource.getSimpleName() + "." + method.getName());
            }
        }
    }

    @Test
    void everyRouteAnswers401AndListsItsAnswersByCode() {
        for (String route : RouteErrors.operationIds()) {
            List<ErrorResponse> errors = RouteErrors.of(route);
            assertEquals(401, errors.stream().filter(error -> error.code() == 401).findFirst().orElseThrow().code(),
                    route);
            assertEquals(errors.stream().map(ErrorResponse::code).sorted().toList(),
                    errors.stream().map(ErrorResponse::code).toList(), route);
        }
    }

    private static String operationId(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null ? "" : operation.operationId();
    }

    private static List<String> errorAnnotations(AnnotatedElement element) {
        return Stream.of(element.getAnnotationsByType(APIResponse.class)).map(APIResponse::responseCode)
                .filter(code -> code.startsWith("4") || code.startsWith("5")).toList();
    }
}
