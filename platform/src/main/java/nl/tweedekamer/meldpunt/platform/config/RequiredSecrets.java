package nl.tweedekamer.meldpunt.platform.config;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.quarkus.runtime.Startup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A secret a service cannot do its work safely without (listed in {@code meldpunt.secrets.required}, set in the
 * {@code %prod} profile) stops the start: a service that would quietly fall back to a key of its own is worse
 * than one that does not start.
 */
@Startup
@ApplicationScoped
public class RequiredSecrets {

    @ConfigProperty(name = "meldpunt.secrets.required")
    Optional<List<String>> required;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "the service")
    String applicationName;

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig();
        List<String> missing = required.orElse(List.of()).stream().filter(name -> !present(config, name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(applicationName + " does not start without the secret(s) " + missing
                    + " (see the production variables in the README)");
        }
    }

    private static boolean present(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank()).isPresent();
        } catch (NoSuchElementException unresolvable) {
            // an expression such as ${DELIVERY_LOG_HASH_KEY} whose variable is not set
            return false;
        }
    }
}
