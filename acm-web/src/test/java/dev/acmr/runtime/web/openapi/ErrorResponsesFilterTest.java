package dev.acmr.runtime.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.acmr.runtime.web.composition.CompositionResource;
import dev.acmr.runtime.web.instance.InstanceQueryResource;
import dev.acmr.runtime.web.instance.InstanceResource;
import dev.acmr.runtime.web.participant.ParticipantCompositionResource;
import dev.acmr.runtime.web.participant.ParticipantResource;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter over a small model (built on map-backed model objects, the server's factory being out of reach), its
 * registration, and the media types it offers the error body in.
 */
class ErrorResponsesFilterTest {

    @BeforeAll
    static void useMapBackedModels() {
        OASFactoryResolver.setInstance(new MapBackedModels());
    }

    @AfterAll
    static void forgetMapBackedModels() {
        OASFactoryResolver.setInstance(null);
    }

    @Test
    void addsTheRoutesErrorAnswersWithOnapsErrorBodyInEveryMediaType() {
        Schema simpleResponse = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        Operation priming = operation("compositionDefinitionPriming", "202", "The order was accepted");
        OpenAPI api = api(Map.of("/v2/compositions/{compositionId}", priming), simpleResponse);

        new ErrorResponsesFilter().filterOpenAPI(api);

        Map<String, APIResponse> responses = priming.getResponses().getAPIResponses();
        assertEquals(List.of("202", "400", "401", "404", "409", "500"), responses.keySet().stream().sorted().toList());
        assertEquals("The order was accepted", responses.get("202").getDescription());
        assertEquals("A participant involved has no live replica", responses.get("409").getDescription());
        for (String code : List.of("400", "401", "404", "409", "500")) {
            Map<String, org.eclipse.microprofile.openapi.models.media.MediaType> body =
                    responses.get(code).getContent().getMediaTypes();
            assertEquals(ErrorResponsesFilter.ANSWER_MEDIA_TYPES, List.copyOf(body.keySet()), code);
            body.values().forEach(mediaType -> assertSame(simpleResponse, mediaType.getSchema(), code));
        }
    }

    @Test
    void leavesAnswersARouteDocumentsItselfAndRoutesItDoesNotKnow() {
        Operation update = operation("createCompositionInstance", "404", "Documented on the route");
        Operation drain = operation("drainReplica", "404", "Unknown participant, or an id that is not a UUID");
        OpenAPI api = api(Map.of("/v2/compositions/{compositionId}/instances", update,
                "/v2/participants/{participantId}/replicas/{replicaId}/drain", drain), null);

        new ErrorResponsesFilter().filterOpenAPI(api);

        assertEquals("Documented on the route", update.getResponses().getAPIResponse("404").getDescription());
        assertEquals(List.of("400", "401", "404", "409", "413", "415", "500"),
                update.getResponses().getAPIResponses().keySet().stream().sorted().toList());
        assertEquals(List.of("404"), List.copyOf(drain.getResponses().getAPIResponses().keySet()));
        // Without a generated component, the body refers to it by name.
        assertEquals(ErrorResponsesFilter.ERROR_BODY_SCHEMA, update.getResponses().getAPIResponse("500").getContent()
                .getMediaType(MediaType.APPLICATION_JSON).getSchema().getRef());
    }

    private static Operation operation(String operationId, String code, String description) {
        return OASFactory.createOperation().operationId(operationId).responses(OASFactory.createAPIResponses()
                .addAPIResponse(code, OASFactory.createAPIResponse().description(description)));
    }

    private static OpenAPI api(Map<String, Operation> putByPath, Schema simpleResponse) {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        putByPath.forEach((path, operation) -> api.getPaths().addPathItem(path,
                OASFactory.createPathItem().PUT(operation)));
        if (simpleResponse != null) {
            api.components(OASFactory.createComponents().addSchema(ErrorResponsesFilter.ERROR_BODY_SCHEMA,
                    simpleResponse));
        }
        return api;
    }

    private static final List<Class<?>> ONAP_RESOURCES = List.of(CompositionResource.class, InstanceResource.class,
            InstanceQueryResource.class, ParticipantResource.class, ParticipantCompositionResource.class);

    @Test
    void isTheFilterTheWarRegisters() throws IOException, ReflectiveOperationException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            assertNotNull(in, "META-INF/microprofile-config.properties");
            config.load(in);
        }
        String filter = config.getProperty("mp.openapi.filter");
        assertEquals(ErrorResponsesFilter.class.getName(), filter);
        // The server instantiates it by its public no-argument constructor.
        assertNotNull(Class.forName(filter).asSubclass(OASFilter.class).getConstructor().newInstance());
    }

    @Test
    void offersTheErrorBodyInTheMediaTypesTheRoutesAnswerIn() {
        for (Class<?> resource : ONAP_RESOURCES) {
            assertEquals(ErrorResponsesFilter.ANSWER_MEDIA_TYPES, List.of(resource.getAnnotation(Produces.class).value()),
                    resource.getSimpleName());
            for (Method method : resource.getDeclaredMethods()) {
                assertEquals(null, method.getAnnotation(Produces.class),
                        resource.getSimpleName() + "." + method.getName() + " answers in media types of its own");
            }
        }
    }
}
