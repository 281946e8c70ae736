package dev.acmr.participant.adapter.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The only OpenMQ-specific calls: create {@code com.sun.messaging.ConnectionFactory} with {@code imq*} properties,
 * and listen to OpenMQ's connection events.
 *
 * <p>Made reflectively on purpose. The OpenMQ 6.5.0 client (imq.jar) is published only inside the mq-distribution
 * zip, and Maven resolves a module's compile class path before any plugin could unpack it, so a clean build cannot
 * compile against it. The RAR bundles imq.jar; this class finds it on its own class loader at run time, and the unit
 * tests run it against the same jar.
 */
final class OpenMqClient {

    static final String FACTORY_CLASS = "com.sun.messaging.ConnectionFactory";
    private static final String CONNECTION_INTERFACE = "com.sun.messaging.jms.Connection";
    private static final String EVENT_LISTENER_INTERFACE = "com.sun.messaging.jms.notification.EventListener";
    private static final String EVENT_INTERFACE = "com.sun.messaging.jms.notification.Event";

    /**
     * An OpenMQ connection event reduced to what the adapter uses.
     *
     * @param type the event's simple class name, e.g. {@code ConnectionReconnectedEvent}
     * @param code OpenMQ's event code, e.g. {@code E301}
     */
    record Event(String type, String code, String message) {
    }

    private OpenMqClient() {
    }

    static ConnectionFactory connectionFactory(Map<String, String> properties) throws JMSException {
        try {
            Class<?> factoryType = load(FACTORY_CLASS);
            Object factory = factoryType.getConstructor().newInstance();
            Method setProperty = factoryType.getMethod("setProperty", String.class, String.class);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                setProperty.invoke(factory, property.getKey(), property.getValue());
            }
            return (ConnectionFactory) factory;
        } catch (InvocationTargetException e) {
            throw unwrap(e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw unusable(e);
        }
    }

    /** Registers {@code handler} as the connection's OpenMQ event listener. */
    static void listenForEvents(Connection connection, Consumer<Event> handler) throws JMSException {
        try {
            Class<?> listenerType = load(EVENT_LISTENER_INTERFACE);
            Method describeCode = load(EVENT_INTERFACE).getMethod("getEventCode");
            Method describeMessage = load(EVENT_INTERFACE).getMethod("getEventMessage");
            InvocationHandler onEvent = (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return objectMethod(proxy, method, args);
                }
                Object event = args[0];
                handler.accept(new Event(event.getClass().getSimpleName(),
                        String.valueOf(describeCode.invoke(event)), String.valueOf(describeMessage.invoke(event))));
                return null;
            };
            Object listener = Proxy.newProxyInstance(OpenMqClient.class.getClassLoader(),
                    new Class<?>[] {listenerType}, onEvent);
            load(CONNECTION_INTERFACE).getMethod("setEventListener", listenerType).invoke(connection, listener);
        } catch (InvocationTargetException e) {
            throw unwrap(e);
        } catch (ReflectiveOperationException e) {
            throw unusable(e);
        }
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "acm-participant-adapter OpenMQ event listener";
        };
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, OpenMqClient.class.getClassLoader());
    }

    private static JMSException unwrap(InvocationTargetException e) {
        if (e.getCause() instanceof JMSException jms) {
            return jms;
        }
        return unusable(e.getCause() instanceof Exception cause ? cause : e);
    }

    private static JMSException unusable(Exception cause) {
        JMSException jms = new JMSException("OpenMQ client (imq.jar in acm-participant-adapter.rar) not usable: "
                + cause);
        jms.setLinkedException(cause);
        jms.initCause(cause);
        return jms;
    }
}
