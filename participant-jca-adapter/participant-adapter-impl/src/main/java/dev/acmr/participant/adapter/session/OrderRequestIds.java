package dev.acmr.participant.adapter.session;

import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request id of the last order per composition or instance, so that its reports carry it back to the runtime
 * and are logged under it. Needed because a participant reports when it is done, often on a thread of its own (our
 * simulator schedules its outcomes), where the context the order arrived with is gone.
 */
final class OrderRequestIds {

    private final LogKey subjectKey;
    private final Map<UUID, String> bySubject = new ConcurrentHashMap<>();

    /** @param subjectKey what the ids name: {@link LogKey#COMPOSITION_ID} or {@link LogKey#INSTANCE_ID} */
    OrderRequestIds(LogKey subjectKey) {
        this.subjectKey = subjectKey;
    }

    /** Called on the thread the order arrived on: keeps its request id, or forgets an older one if it has none. */
    void ordered(UUID subject) {
        LogContext.get(LogKey.REQUEST_ID).ifPresentOrElse(id -> bySubject.put(subject, id),
                () -> bySubject.remove(subject));
    }

    void forget(UUID subject) {
        bySubject.remove(subject);
    }

    /** A log scope for reporting on {@code subject}: its id, and the request id of its last order when known. */
    LogContext.Scope reporting(UUID subject) {
        Map<LogKey, Object> ids = new EnumMap<>(LogKey.class);
        ids.put(subjectKey, subject);
        ids.put(LogKey.REQUEST_ID, subject == null ? null : bySubject.get(subject));
        return LogContext.open(ids);
    }
}
