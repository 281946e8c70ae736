package dev.acmr.runtime.monitoring.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands this node's change notices to its listeners. One per application, so the messaging side that publishes and
 * the web side that listens meet here without knowing each other (a CDI event fired in the EJB module would not reach
 * observers in the WAR). Listeners are called on the publisher's thread and must not block; one that throws is
 * logged and kept, the others are still called.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

    private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<ChangeEvent> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<ChangeEvent> listener) {
        listeners.remove(listener);
    }

    /** Whether anyone listens: until a first live view opens, a node need not even read the messages. */
    public boolean hasListeners() {
        return !listeners.isEmpty();
    }

    public void publish(ChangeEvent event) {
        for (Consumer<ChangeEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A change listener failed on " + event, e);
            }
        }
    }
}
