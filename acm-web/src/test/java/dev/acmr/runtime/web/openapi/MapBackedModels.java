package dev.acmr.runtime.web.openapi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;

/**
 * OpenAPI model objects for tests, the server's factory being out of reach: each object keeps its properties in a
 * map ({@code getX}/{@code setX}, {@code addX(key, value)} into the map {@code getXs} answers), and the fluent
 * methods, which the API implements itself, run as written.
 */
final class MapBackedModels extends OASFactoryResolver {

    @Override
    public <T extends Constructible> T createObject(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Handler()));
    }

    private static final class Handler implements InvocationHandler {

        private final Map<String, Object> properties = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            String name = method.getName();
            int arguments = args == null ? 0 : args.length;
            if (name.equals("getOperations")) {
                Map<PathItem.HttpMethod, Object> operations = new EnumMap<>(PathItem.HttpMethod.class);
                for (PathItem.HttpMethod httpMethod : PathItem.HttpMethod.values()) {
                    if (properties.get(httpMethod.name()) != null) {
                        operations.put(httpMethod, properties.get(httpMethod.name()));
                    }
                }
                return operations;
            }
            if (name.startsWith("get") && arguments == 0) {
                return properties.get(name.substring(3));
            }
            if (name.startsWith("set") && arguments == 1) {
                properties.put(name.substring(3), args[0]);
                return null;
            }
            if (name.startsWith("add") && arguments == 2) {
                ((Map<Object, Object>) properties.computeIfAbsent(name.substring(3) + "s",
                        key -> new LinkedHashMap<>())).put(args[0], args[1]);
                return proxy;
            }
            if (name.startsWith("add") && arguments == 1) {
                ((List<Object>) properties.computeIfAbsent(name.substring(3) + "s", key -> new ArrayList<>()))
                        .add(args[0]);
                return proxy;
            }
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> properties.toString();
                default -> throw new UnsupportedOperationException(method.toString());
            };
        }
    }
}
