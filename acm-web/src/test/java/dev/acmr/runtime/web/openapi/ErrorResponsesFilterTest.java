package dev.acmr.runtime.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.acmr.runtime.web.composition.CompositionResource;
import dev.acmr.runtime.web.instance.InstanceQueryResource;
import dev.acmr.runtime.web.instance.InstanceResource;
import dev.acmr.runtime.web.participant.ParticipantCompositionResource;
import dev.acmr.runtime.web.participant.ParticipantResource;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.openapi.OASFilter;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the filter without a server (the OpenAPI model's factory is the server's): that it is
 * registered, and that its answers are offered in the media types the routes answer in.
 */
class ErrorResponsesFilterTest {

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
