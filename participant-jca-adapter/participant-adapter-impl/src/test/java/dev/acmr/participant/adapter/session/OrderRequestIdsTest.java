package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.deploy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import dev.acmr.participant.adapter.view.InstanceView;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A report, made on any thread, is sent under the request id of the order it answers (the sender reads it). */
class OrderRequestIdsTest {

    private final List<Map<String, String>> sentUnder = new CopyOnWriteArrayList<>();
    private final InstanceView view = new InstanceView();
    private final InstanceReporter reporter = new InstanceReporter(
            new ParticipantMessages(SETTINGS, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID), view,
            (ParticipantMessage message) -> sentUnder.add(LogContext.fields()));
    private final UUID id = UUID.randomUUID();

    private ElementStateDto deployed() {
        return new ElementStateDto(id, E1, DeployState.DEPLOYED, null, StateChangeResult.NO_ERROR, "Deployed", null,
                null, null);
    }

    @Test
    void aReportFromAnotherThreadCarriesTheRequestIdOfTheOrderItAnswers() {
        view.holdOrdered(deploy(id, 3));
        try (LogContext.Scope order = LogContext.open(LogKey.REQUEST_ID, "req-7")) {
            reporter.ordered(id, 3);
        }
        CompletableFuture.runAsync(() -> reporter.updateAutomationCompositionElementState(deployed())).join();
        assertEquals(List.of(Map.of("requestId", "req-7", "instanceId", id.toString())), sentUnder);
        assertTrue(LogContext.fields().isEmpty());
    }

    @Test
    void anOrderWithoutRequestIdForgetsTheEarlierOnes() {
        view.holdOrdered(deploy(id, 3));
        try (LogContext.Scope order = LogContext.open(LogKey.REQUEST_ID, "req-7")) {
            reporter.ordered(id, 3);
        }
        reporter.ordered(id, 4);
        reporter.updateAutomationCompositionElementState(deployed());
        assertEquals(List.of(Map.of("instanceId", id.toString())), sentUnder);
    }
}
