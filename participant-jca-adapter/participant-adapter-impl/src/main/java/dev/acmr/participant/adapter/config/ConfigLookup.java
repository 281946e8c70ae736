package dev.acmr.participant.adapter.config;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds a configuration value by key: MicroProfile Config first, then system properties, then environment variables.
 *
 * <p>MicroProfile Config already covers system properties and environment variables (with its naming rules), but
 * the adapter's class loader is not an application's, and the API may be missing or have no provider there. The
 * direct fallback keeps placeholders working in that case, with the same environment variable spellings.
 */
public final class ConfigLookup implements Function<String, Optional<String>> {

    private static final Logger LOG = Logger.getLogger(ConfigLookup.class.getName());

    private final Function<String, Optional<String>> microProfile;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;

    ConfigLookup(Function<String, Optional<String>> microProfile, Function<String, String> systemProperties,
            Function<String, String> environment) {
        this.microProfile = microProfile;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** The lookup the adapter uses: the running process's MicroProfile Config, properties and environment. */
    public static ConfigLookup ofRuntime() {
        return new ConfigLookup(ConfigLookup::fromMicroProfile, System::getProperty, System::getenv);
    }

    @Override
    public Optional<String> apply(String key) {
        Optional<String> value = microProfile.apply(key);
        if (value.isPresent()) {
            return value;
        }
        value = Optional.ofNullable(systemProperties.apply(key));
        if (value.isPresent()) {
            return value;
        }
        return environmentValue(key);
    }

    private Optional<String> environmentValue(String key) {
        String sanitized = key.replaceAll("[^A-Za-z0-9]", "_");
        for (String name : new String[] {key, sanitized, sanitized.toUpperCase(Locale.ROOT)}) {
            String value = environment.apply(name);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromMicroProfile(String key) {
        try {
            return MicroProfileConfigAccess.value(key);
        } catch (LinkageError | RuntimeException e) {
            // No API or no provider visible from the adapter's class loader: fall back to the direct sources.
            LOG.log(Level.FINE, "MicroProfile Config not usable from the adapter; using properties/environment", e);
            return Optional.empty();
        }
    }
}
