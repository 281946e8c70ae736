package dev.acmr.participant.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.resource.ResourceException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.naming.Reference;
import org.junit.jupiter.api.Test;

/** Every intermediary call goes to a fresh connection handle, which is closed again; no handle is an error. */
class ConnectionFactoryIntermediaryTest {

    private final List<String> calls = new ArrayList<>();
    private boolean available = true;

    private final ParticipantIntermediaryConnectionFactory factory = new ParticipantIntermediaryConnectionFactory() {
        @Override
        public ParticipantIntermediaryConnection getConnection() throws ResourceException {
            if (!available) {
                throw new ResourceException("no endpoint");
            }
            return (ParticipantIntermediaryConnection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ParticipantIntermediaryConnection.class}, (proxy, method, args) -> {
                        calls.add(method.getName());
                        return method.getReturnType() == int.class ? 7 : null;
                    });
        }

        @Override
        public void setReference(Reference reference) {
        }

        @Override
        public Reference getReference() {
            return null;
        }
    };

    private final ConnectionFactoryIntermediary intermediary = new ConnectionFactoryIntermediary() {
        @Override
        protected ParticipantIntermediaryConnectionFactory connectionFactory() {
            return factory;
        }
    };

    @Test
    void everyMethodIsHandedToAHandleThatIsThenClosed() throws Exception {
        Method[] methods = ParticipantIntermediaryApi.class.getMethods();
        assertEquals(23, methods.length, "ONAP's intermediary has 23 methods");
        for (Method method : methods) {
            calls.clear();
            Object[] args = Arrays.stream(method.getParameterTypes())
                    .map(type -> type == int.class ? (Object) 1 : null).toArray();
            Object result = method.invoke(intermediary, args);
            assertEquals(List.of(method.getName(), "close"), calls, method.toString());
            if (method.getReturnType() == int.class) {
                assertEquals(7, result);
            }
        }
    }

    @Test
    void noHandleIsAnIllegalState() {
        available = false;
        IllegalStateException e = assertThrows(IllegalStateException.class, intermediary::findCompositions);
        assertEquals(ResourceException.class, e.getCause().getClass());
    }
}
