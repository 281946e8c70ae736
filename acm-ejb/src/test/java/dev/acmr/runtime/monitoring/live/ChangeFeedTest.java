package dev.acmr.runtime.monitoring.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {

    private final ChangeFeed feed = new ChangeFeed();
    private final ChangeEvent event = new ChangeEvent(ChangeKind.COMPOSITION, UUID.randomUUID(), null);

    @Test
    void everyListenerHearsEachNoticeEvenAfterOneFails() {
        List<ChangeEvent> heard = new ArrayList<>();
        feed.subscribe(failing -> {
            throw new IllegalStateException("closed");
        });
        feed.subscribe(heard::add);
        feed.publish(event);
        feed.publish(event);
        assertEquals(List.of(event, event), heard);
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() {
        List<ChangeEvent> heard = new ArrayList<>();
        Consumer<ChangeEvent> listener = heard::add;
        feed.subscribe(listener);
        feed.publish(event);
        feed.unsubscribe(listener);
        feed.publish(event);
        assertEquals(List.of(event), heard);
    }

    @Test
    void saysWhetherAnyoneListens() {
        Consumer<ChangeEvent> listener = ignored -> { };
        assertFalse(feed.hasListeners());
        feed.subscribe(listener);
        assertTrue(feed.hasListeners());
        feed.unsubscribe(listener);
        assertFalse(feed.hasListeners());
    }
}
