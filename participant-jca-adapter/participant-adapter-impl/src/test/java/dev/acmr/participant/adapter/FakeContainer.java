package dev.acmr.participant.adapter;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkManager;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.CopyOnWriteArrayList;

/** Just enough container for the adapter: a work manager that only records work, and a daemon timer. */
public final class FakeContainer {

    public final List<Work> scheduled = new CopyOnWriteArrayList<>();

    public BootstrapContext bootstrapContext() {
        WorkManager workManager = (WorkManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WorkManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("scheduleWork")) {
                        scheduled.add((Work) args[0]);
                    }
                    return method.getReturnType() == long.class ? 0L : null;
                });
        return (BootstrapContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BootstrapContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getWorkManager" -> workManager;
                    case "createTimer" -> new Timer(true);
                    case "isContextSupported" -> false;
                    default -> null;
                });
    }

    public static MessageEndpointFactory endpointFactory() {
        return (MessageEndpointFactory) Proxy.newProxyInstance(FakeContainer.class.getClassLoader(),
                new Class<?>[] {MessageEndpointFactory.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "fake endpoint factory";
                    case "isDeliveryTransacted" -> false;
                    default -> null;
                });
    }
}
