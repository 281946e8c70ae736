package dev.acmr.it;

import dev.acmr.client.http.RuntimeClient;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every fault test class sets up and puts back, registered as a static {@code @RegisterExtension} field:
 * <ul>
 * <li>before its tests, a simulator composition commissioned through the first runtime node and primed through the
 * second ({@link Faults#primedComposition});</li>
 * <li>after each test, the test's own restoring step if it has one, then for the tests that break the stack
 * {@code ./acm start} (whatever the fault left down comes back), then ONAP's simulator defaults on every replica of
 * the default participant;</li>
 * <li>after its tests, the composition deprimed and deleted through the first node.</li>
 * </ul>
 * The runtime nodes are read from the launcher once, when the test class is loaded.
 */
final class FaultFixture implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final String SIMULATOR_DEFAULTS = "{}";

    private final List<RuntimeClient> nodes;
    private final boolean restartWhatIsDown;
    private final Runnable restoreFirst;
    private String composition;

    private FaultFixture(List<RuntimeClient> nodes, boolean restartWhatIsDown, Runnable restoreFirst) {
        this.nodes = nodes;
        this.restartWhatIsDown = restartWhatIsDown;
        this.restoreFirst = restoreFirst;
    }

    /** For tests that kill, pause or cut off part of the stack: after each test, {@code ./acm start} first. */
    static FaultFixture restartingTheStack() {
        return new FaultFixture(runtimeNodes(), true, () -> { });
    }

    /** For tests that leave the stack running: after each test, only the simulator defaults. */
    static FaultFixture keepingTheStack() {
        return new FaultFixture(runtimeNodes(), false, () -> { });
    }

    /** The same, with a step of the test's own run first after each test (letting connections in again, say). */
    FaultFixture restoringFirst(Runnable step) {
        return new FaultFixture(nodes, restartWhatIsDown, step);
    }

    /** Every runtime node with the stack's credentials, in the launcher's order. */
    List<RuntimeClient> nodes() {
        return nodes;
    }

    /** The primed composition the class's tests share. */
    String composition() {
        return composition;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        composition = Faults.primedComposition(nodes.get(0), nodes.get(1));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restoreFirst.run();
        if (restartWhatIsDown) {
            Stack.ensureUp();
        }
        Faults.simulatorParameters(SIMULATOR_DEFAULTS);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Compositions.deleteQuietly(nodes.get(0), composition);
    }

    private static List<RuntimeClient> runtimeNodes() {
        return Stack.runtimeUrls().stream().map(RuntimeClient::authenticated).toList();
    }
}
