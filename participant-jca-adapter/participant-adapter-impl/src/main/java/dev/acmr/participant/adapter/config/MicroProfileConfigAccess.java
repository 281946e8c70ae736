package dev.acmr.participant.adapter.config;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The only class that touches the MicroProfile Config API. Kept apart so that a missing API surfaces as a
 * {@link LinkageError} at this call, which {@link ConfigLookup} catches, instead of failing the class that calls it.
 */
final class MicroProfileConfigAccess {

    private MicroProfileConfigAccess() {
    }

    static Optional<String> value(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class);
    }
}
