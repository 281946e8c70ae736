package dev.acmr.participant.adapter.session;

import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.models.dto.CompositionDto;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A participant's listener behind an endpoint factory, as the container makes them: records calls, may throw. */
final class FakeListener {

    /** What a listener call does besides being recorded. */
    @FunctionalInterface
    interface Behaviour {
        void on(String method, Object[] args) throws Exception;
    }

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<CompositionDto> compositions = new CopyOnWriteArrayList<>();
    /** The arguments of every call, in the order of {@link #calls}. */
    final List<Object[]> arguments = new CopyOnWriteArrayList<>();
    volatile Behaviour behaviour = (method, args) -> { };

    MessageEndpointFactory factory() {
        Object endpoint = Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AutomationCompositionElementListener.class, MessageEndpoint.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("release")) {
                        return null;
                    }
                    calls.add(method.getName());
                    arguments.add(args);
                    if (args != null && args.length == 1 && args[0] instanceof CompositionDto composition) {
                        compositions.add(composition);
                    }
                    behaviour.on(method.getName(), args);
                    return null;
                });
        return (MessageEndpointFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageEndpointFactory.class},
                (proxy, method, args) -> method.getName().equals("createEndpoint") ? endpoint : null);
    }
}
