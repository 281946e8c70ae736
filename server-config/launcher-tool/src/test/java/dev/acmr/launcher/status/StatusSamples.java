package dev.acmr.launcher.status;

import dev.acmr.launcher.layout.SimulatorPreset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Stacks as a status call may find them. */
final class StatusSamples {

    static final String SIM_1 = "101c62b3-8918-41b9-a747-d21eb79c6c90";

    private StatusSamples() {
    }

    /** Node 1 and one replica up, node 2 and the second replica down, a replica never launched, the database down. */
    static StackStatus mixed() {
        return new StackStatus(
                List.of(new StackStatus.Node("acm-node-1", "http://127.0.0.1:6969", OptionalLong.of(4101), Health.UP),
                        new StackStatus.Node("acm-node-2", "http://127.0.0.1:6970", OptionalLong.empty(), Health.DOWN)),
                new StackStatus.Component("http://127.0.0.1:24848", OptionalLong.of(4000), Health.UP),
                SIM_1, SimulatorPreset.ALL,
                List.of(new StackStatus.Participant(SIM_1, List.of(
                                new StackStatus.Replica("1", Optional.of("327c2067-3437-3724-a61b-1a5f1a566d30"),
                                        "http://127.0.0.1:8101", OptionalLong.of(4201), Health.UP),
                                new StackStatus.Replica("2", Optional.of("1c95dcdb-4c69-31b9-b884-31b5ae4c2548"),
                                        "http://127.0.0.1:8102", OptionalLong.empty(), Health.DOWN),
                                new StackStatus.Replica("10", Optional.empty(), "http://127.0.0.1:",
                                        OptionalLong.empty(), Health.DOWN))),
                        new StackStatus.Participant("101c62b3-8918-41b9-a747-d21eb79c6c91", List.of())),
                new StackStatus.Component("mq://127.0.0.1:7676", OptionalLong.of(3900), Health.UP),
                new StackStatus.Component("postgresql://127.0.0.1:5432/acm", OptionalLong.empty(), Health.DOWN));
    }

    /** Every component up; the DAS as given. */
    static StackStatus up(Health das) {
        return new StackStatus(
                List.of(new StackStatus.Node("acm-node-1", "http://127.0.0.1:6969", OptionalLong.of(4101), Health.UP)),
                new StackStatus.Component("http://127.0.0.1:24848",
                        das == Health.UP ? OptionalLong.of(4000) : OptionalLong.empty(), das),
                SIM_1, SimulatorPreset.ALL,
                List.of(new StackStatus.Participant(SIM_1, List.of(new StackStatus.Replica("1",
                        Optional.of("327c2067-3437-3724-a61b-1a5f1a566d30"), "http://127.0.0.1:8101",
                        OptionalLong.of(4201), Health.UP)))),
                new StackStatus.Component("mq://127.0.0.1:7676", OptionalLong.of(3900), Health.UP),
                new StackStatus.Component("postgresql://127.0.0.1:5432/acm", OptionalLong.empty(), Health.UP));
    }
}
