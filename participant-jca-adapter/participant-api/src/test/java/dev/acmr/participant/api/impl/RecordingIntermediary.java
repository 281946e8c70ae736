package dev.acmr.participant.api.impl;

import dev.acmr.participant.api.ParticipantIntermediaryApi;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An intermediary that records the calls a listener makes on it, as "method(arg, arg, ...)". */
final class RecordingIntermediary {

    final List<String> calls = new ArrayList<>();
    final ParticipantIntermediaryApi api = (ParticipantIntermediaryApi) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ParticipantIntermediaryApi.class}, (proxy, method, args) -> {
                calls.add(method.getName() + Arrays.toString(args));
                return null;
            });

    String only() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one call, got " + calls);
        }
        return calls.get(0);
    }
}
