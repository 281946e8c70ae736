package dev.acmr.launcher.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    @Test
    void readsTheLaunchersSettingsAndPlacesItsFiles() {
        LauncherSettings settings = SimulatorPresetTest.settings(Path.of("/state"), Map.of("ACM_DB_NAME", "other"));
        assertEquals("other", settings.database().name());
        assertEquals(24848, settings.runtimePorts().adminPort());
        assertEquals(Path.of("/state/run/sims"), settings.simulatorsDirectory());
        assertEquals(Path.of("/state/run/broker.pid"), settings.brokerPidFile());
        assertEquals(Path.of("/state/domains/acm/config/domain.xml"), settings.domainXml());
        assertEquals(Path.of("/state/domains/acm/config/pid"), settings.dasPidFile());
    }

    @Test
    void everySettingButTheDefaultParticipantsIsRequired() {
        var missing = assertThrows(IllegalArgumentException.class,
                () -> SimulatorPresetTest.settings(Path.of("/state"), Map.of("ACM_BROKER_PORT", "")));
        assertEquals("ACM_BROKER_PORT is not set (the launcher's scripts pass it)", missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SimulatorPresetTest.settings(Path.of("/state"), Map.of("ACM_DB_PORT", "five")));
    }
}
