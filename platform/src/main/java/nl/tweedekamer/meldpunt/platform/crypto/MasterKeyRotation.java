package nl.tweedekamer.meldpunt.platform.crypto;

import java.util.Optional;

import io.quarkus.runtime.StartupEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rotating the master key: start the service with the new key as {@value EnvelopeEncryption#MASTER_KEY} and the
 * old one as {@value EnvelopeEncryption#PREVIOUS_MASTER_KEY}; at start every tenant key still wrapped by the old
 * key is wrapped anew (see the README for the whole procedure).
 */
@ApplicationScoped
public class MasterKeyRotation {

    private static final Logger LOG = Logger.getLogger(MasterKeyRotation.class);

    @ConfigProperty(name = EnvelopeEncryption.PREVIOUS_MASTER_KEY)
    Optional<String> previousMasterKey;

    @Inject
    Instance<EnvelopeEncryption> encryptions;

    void rotateAtStart(@Observes StartupEvent started) {
        Optional<String> previous = previousMasterKey.filter(key -> !key.isBlank());
        if (previous.isEmpty()) {
            return;
        }
        for (EnvelopeEncryption encryption : encryptions) {
            int rewrapped = encryption.rewrapTenantKeys(previous.get());
            LOG.infof("Master key rotation: %d tenant key(s) wrapped with the new master key", rewrapped);
        }
    }
}
