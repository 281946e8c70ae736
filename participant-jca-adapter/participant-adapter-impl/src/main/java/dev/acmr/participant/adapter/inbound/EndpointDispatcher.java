package dev.acmr.participant.adapter.inbound;

import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.participant.api.AutomationCompositionElementListener;
import dev.acmr.participant.models.base.PfModelException;
import jakarta.ejb.EJBException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls the participant's listener the way the Connectors contract requires: on a work manager thread, through an
 * endpoint proxy from {@link MessageEndpointFactory#createEndpoint}, released afterwards so the container returns the
 * bean instance to its pool.
 *
 * <p>Prime, deprime and each element of an instance order go through {@link #dispatch}. The outcome is
 * returned as a future so the caller can report what the listener threw as FAILED with its message, as ONAP's
 * intermediary does; the container's wrapping of a bean's exception is taken off first, so that message is the
 * participant's own.
 *
 * <p>Each call runs under the log context of the message that ordered it (request, composition, instance ids), and
 * is logged when it starts, so that the participant's lines for an order can be found by the request's id.
 */
public final class EndpointDispatcher {

    private static final Logger LOG = Logger.getLogger(EndpointDispatcher.class.getName());

    /** One call on the listener, e.g. {@code listener -> listener.deploy(composition, instance)}. */
    @FunctionalInterface
    public interface ListenerCall {
        void invoke(AutomationCompositionElementListener listener) throws PfModelException;
    }

    private final MessageEndpointFactory endpointFactory;
    private final Executor workExecutor;

    public EndpointDispatcher(MessageEndpointFactory endpointFactory, Executor workExecutor) {
        this.endpointFactory = endpointFactory;
        this.workExecutor = workExecutor;
    }

    /**
     * Runs {@code call} on the listener asynchronously.
     *
     * @param description what is called, for the log (e.g. "deploy of element X")
     * @return completes normally when the listener returned, exceptionally with what it threw or why it could not run
     */
    public CompletableFuture<Void> dispatch(String description, ListenerCall call) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        Map<LogKey, String> ids = LogContext.snapshot();
        try {
            workExecutor.execute(() -> {
                try (LogContext.Scope scope = LogContext.replace(ids)) {
                    deliver(description, call, outcome);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "cannot schedule " + description + " on the work manager", e);
            outcome.completeExceptionally(e);
        }
        return outcome;
    }

    private void deliver(String description, ListenerCall call, CompletableFuture<Void> outcome) {
        MessageEndpoint endpoint;
        try {
            endpoint = endpointFactory.createEndpoint(null);
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "participant endpoint unavailable for " + description, e);
            outcome.completeExceptionally(e);
            return;
        }
        try {
            LOG.info(() -> "calling the participant listener: " + description);
            call.invoke((AutomationCompositionElementListener) endpoint);
            outcome.complete(null);
        } catch (PfModelException | RuntimeException e) {
            Throwable thrown = unwrap(e);
            LOG.log(Level.INFO, "participant listener failed " + description + ": " + thrown.getMessage(), e);
            outcome.completeExceptionally(thrown);
        } catch (Error e) {
            // Still answer (the runtime would otherwise wait for its timeout), then let the error go on.
            outcome.completeExceptionally(e);
            throw e;
        } finally {
            endpoint.release();
        }
    }

    /**
     * What the bean threw, without the container's wrapping: an EJB container reports a bean's runtime exception as
     * an {@link EJBException} around it, and a proxy wraps an undeclared checked exception.
     */
    static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException || current instanceof UndeclaredThrowableException
                || current instanceof InvocationTargetException) && current.getCause() != null
                && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
