package nl.tweedekamer.meldpunt.melding.concept;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How drafts are kept. */
@ConfigMapping(prefix = "meldpunt.melding.concept")
public interface ConceptConfig {

    /**
     * A draft not saved again for this long is deleted with its key: a text someone began and left should not lie
     * around for ever (the same reasoning as for abandoned klaagschrift drafts, domain.md §10.8, but shorter, because
     * a melding needs no preparation of months).
     */
    @WithDefault("P30D")
    Duration bewaren();
}
