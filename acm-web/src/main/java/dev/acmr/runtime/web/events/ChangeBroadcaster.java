package dev.acmr.runtime.web.events;

import dev.acmr.runtime.monitoring.live.ChangeEvent;
import dev.acmr.runtime.monitoring.live.ChangeFeed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Forwards this node's change notices to every open event stream, as {@code change} events whose data is the
 * notice's JSON. Sending happens on the managed executor, not on the thread that published the notice (a message
 * delivery), so that a slow client cannot hold up the node's messaging. A comment is sent every
 * {@value #KEEP_ALIVE_SECONDS} s so that proxies keep idle streams open and streams of clients that went away are
 * found and dropped.
 */
@ApplicationScoped
public class ChangeBroadcaster {

    static final String CHANGE_EVENT = "change";
    static final String READY_EVENT = "ready";
    static final long KEEP_ALIVE_SECONDS = 15;

    private final OpenStreams streams = new OpenStreams();
    private final Consumer<ChangeEvent> listener = this::onChange;

    @Inject
    private ChangeFeed feed;

    @Resource
    private ManagedScheduledExecutorService executor;

    private volatile Sse sse;
    private ScheduledFuture<?> keepAlive;

    @PostConstruct
    void start() {
        feed.subscribe(listener);
        keepAlive = executor.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        feed.unsubscribe(listener);
        keepAlive.cancel(false);
        streams.closeAll();
    }

    /** Adds a stream and tells its client it is connected (which also sends the response headers at once). */
    public void open(SseEventSink sink, Sse context) {
        sse = context;
        streams.add(sink);
        streams.send(sink, context.newEventBuilder().name(READY_EVENT).data("{}").build());
    }

    private void onChange(ChangeEvent change) {
        Sse context = sse;
        if (context == null || streams.size() == 0) {
            return;
        }
        // Plain text data: the JSON is written as is, not serialised again as a JSON string.
        OutboundSseEvent event = context.newEventBuilder().name(CHANGE_EVENT).data(change.toJson()).build();
        executor.execute(() -> streams.sendToAll(event));
    }

    private void keepAlive() {
        Sse context = sse;
        if (context != null && streams.size() > 0) {
            streams.sendToAll(context.newEventBuilder().comment("keep-alive").build());
        }
    }
}
