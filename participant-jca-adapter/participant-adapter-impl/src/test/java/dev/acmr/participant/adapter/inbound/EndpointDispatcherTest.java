package dev.acmr.participant.adapter.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.models.base.PfModelException;
import jakarta.ejb.EJBException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class EndpointDispatcherTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    /** An endpoint proxy as the container makes it: the listener interface plus MessageEndpoint. */
    private MessageEndpointFactory factory(boolean available) {
        Object endpoint = Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AutomationCompositionElementListener.class, MessageEndpoint.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("prime") && args[0] == null) {
                        throw new PfModelException("no composition");
                    }
                    return null;
                });
        return (MessageEndpointFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageEndpointFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createEndpoint")) {
                        if (!available) {
                            throw new UnavailableException("undeploying");
                        }
                        return endpoint;
                    }
                    return null;
                });
    }

    @Test
    void callsTheListenerThenReleasesTheEndpoint() throws Exception {
        EndpointDispatcher dispatcher = new EndpointDispatcher(factory(true), Runnable::run);
        dispatcher.dispatch("deploy", listener -> listener.deploy(null, null)).get();
        assertEquals(List.of("deploy", "release"), calls);
    }

    @Test
    void theListenerRunsUnderTheLogContextOfTheMessageThatOrderedIt() throws Exception {
        ExecutorService workManager = Executors.newSingleThreadExecutor();
        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        try {
            EndpointDispatcher dispatcher = new EndpointDispatcher(factory(true), workManager);
            CompletableFuture<Void> outcome;
            try (LogContext.Scope message = LogContext.open(LogKey.REQUEST_ID, "req-3")) {
                outcome = dispatcher.dispatch("deploy", listener -> seen.add(LogContext.fields()));
            }
            outcome.get();
            assertEquals(List.of(Map.of("requestId", "req-3")), seen);
            assertEquals(Map.of(), workManager.submit(LogContext::fields).get(), "nothing left on the pooled thread");
        } finally {
            workManager.shutdownNow();
        }
    }

    @Test
    void listenerFailureCompletesExceptionallyAndStillReleases() {
        EndpointDispatcher dispatcher = new EndpointDispatcher(factory(true), Runnable::run);
        CompletableFuture<Void> outcome = dispatcher.dispatch("prime", listener -> listener.prime(null));
        ExecutionException e = assertThrows(ExecutionException.class, outcome::get);
        assertInstanceOf(PfModelException.class, e.getCause());
        assertEquals(List.of("prime", "release"), calls);
    }

    @Test
    void unavailableEndpointOrRefusedWorkFailTheOutcome() {
        CompletableFuture<Void> unavailable = new EndpointDispatcher(factory(false), Runnable::run)
                .dispatch("deploy", listener -> listener.deploy(null, null));
        assertTrue(unavailable.isCompletedExceptionally());
        CompletableFuture<Void> refused = new EndpointDispatcher(factory(true), task -> {
            throw new RejectedExecutionException("shutting down");
        }).dispatch("deploy", listener -> listener.deploy(null, null));
        assertTrue(refused.isCompletedExceptionally());
        assertTrue(calls.isEmpty());
    }

    @Test
    void theContainersWrappingIsTakenOffWhatTheBeanThrew() {
        IllegalStateException cause = new IllegalStateException("the bean's own message");
        assertEquals(cause, EndpointDispatcher.unwrap(new EJBException(cause)));
        assertEquals(cause, EndpointDispatcher.unwrap(new UndeclaredThrowableException(new EJBException(cause))));
        EJBException alone = new EJBException("no cause");
        assertEquals(alone, EndpointDispatcher.unwrap(alone));
        assertEquals(cause, EndpointDispatcher.unwrap(cause));
    }
}
