package dev.acmr.runtime.web.body;

import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.YamlDocumentWriter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.nio.charset.StandardCharsets;

/**
 * Writes a response as YAML for clients that ask for it (ONAP's API speaks both). The entity goes through JSON-B
 * first, so the YAML has exactly the fields, names and order of the JSON answer; only the syntax differs.
 */
@Provider
@ApplicationScoped
@Produces({MediaTypes.APPLICATION_YAML, MediaTypes.APPLICATION_X_YAML, MediaTypes.TEXT_YAML})
public class YamlBodyWriter implements MessageBodyWriter<Object> {

    private Jsonb jsonb;

    // Built once here rather than in a field initialiser, which the container's proxy would run as well.
    @PostConstruct
    void open() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isYaml(mediaType);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(toYaml(entity).getBytes(StandardCharsets.UTF_8));
    }

    String toYaml(Object entity) {
        return new YamlDocumentWriter().write(new JsonDocumentReader().read(jsonb.toJson(entity)));
    }

    static boolean isYaml(MediaType mediaType) {
        String type = mediaType.getType() + "/" + mediaType.getSubtype();
        return type.equalsIgnoreCase(MediaTypes.APPLICATION_YAML) || type.equalsIgnoreCase(MediaTypes.APPLICATION_X_YAML)
                || type.equalsIgnoreCase(MediaTypes.TEXT_YAML);
    }

    // A lifecycle method may not throw a checked exception (the deployment is refused), so close() is wrapped.
    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            Logger.getLogger(YamlBodyWriter.class.getName()).log(Level.FINE, "closing JSON-B", e);
        }
    }
}
