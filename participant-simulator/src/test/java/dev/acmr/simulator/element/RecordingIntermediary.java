package dev.acmr.simulator.element;

import dev.acmr.participant.api.ParticipantIntermediaryApi;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The adapter's intermediary, faked: records every call (method name and arguments) and answers
 * {@code getInstanceElementDto} from {@link #viewOutProperties} (null: the view does not hold the element) and the
 * next-stage questions from {@link #nextStage}.
 */
final class RecordingIntermediary {

    /** One call on the intermediary. */
    record Call(String method, List<Object> args) {

        Object arg(int index) {
            return args.get(index);
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final CountDownLatch firstCall = new CountDownLatch(1);
    volatile Map<String, Object> viewOutProperties = Map.of("fromView", 1);
    /** What the next-stage questions answer; negative: the stage asked about (no further stage). */
    volatile int nextStage = -1;

    final ParticipantIntermediaryApi api = (ParticipantIntermediaryApi) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ParticipantIntermediaryApi.class}, (proxy, method, args) -> {
                if (method.getName().equals("getInstanceElementDto")) {
                    return element((UUID) args[0], (UUID) args[1]);
                }
                if (method.getName().endsWith("NextStage")) {
                    return nextStage >= 0 ? nextStage : args[1];
                }
                if (method.getName().startsWith("get")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                calls.add(new Call(method.getName(), args == null ? List.of() : Arrays.asList(args)));
                firstCall.countDown();
                return null;
            });

    private InstanceElementDto element(UUID instanceId, UUID elementId) {
        Map<String, Object> held = viewOutProperties;
        return held == null
                ? new InstanceElementDto(instanceId, elementId, Map.of(), Map.of(), ElementState.NOT_PRESENT)
                : new InstanceElementDto(instanceId, elementId, Map.of(), held);
    }
}
