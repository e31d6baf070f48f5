package nl.tweedekamer.meldpunt.portaal.melding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;

/**
 * The organisations that take meldingen today and their vertrouwenspersonen, whose names are public (domain.md
 * §10.10), as melding-service's public directory ({@code GET /organisaties}) lists them: an organisation that has just
 * registered is offered without any setting of the portal (as an employer in a complaint once it declared). Read
 * without a token. Kept for a minute ({@code meldpunt.portaal.organisatiegids.bewaren}), so the start page does not ask
 * on every visit; a failed read is not kept, so the next page asks again.
 */
@ApplicationScoped
public class OrganisatieGids {

    private static final Logger LOG = Logger.getLogger(OrganisatieGids.class);

    @Inject
    PortaalConfig config;

    @Inject
    @RestClient
    MeldingServiceClient melding;

    @Inject
    Clock clock;

    private volatile List<Organisatie> bewaard;
    private volatile Instant bewaardTot = Instant.MIN;

    /** The directory, sorted by name as melding-service gives it; empty when it cannot be read now. */
    public Optional<List<Organisatie>> gids() {
        Instant nu = clock.instant();
        List<Organisatie> lijst = bewaard;
        if (lijst != null && nu.isBefore(bewaardTot)) {
            return Optional.of(lijst);
        }
        try {
            List<Organisatie> nieuw = melding.organisaties().stream().map(Organisatie::uit).toList();
            bewaard = nieuw;
            bewaardTot = nu.plus(config.organisatiegids().bewaren());
            return Optional.of(nieuw);
        } catch (RuntimeException e) {
            LOG.warnf("the directory of organisations could not be read (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The organisations that take meldingen today; none when the directory cannot be read now. */
    public List<Organisatie> organisaties() {
        return gids().orElse(List.of());
    }

    /** Forget the kept list, so the next page reads it anew. */
    public void vergeet() {
        bewaard = null;
    }

    public Optional<Organisatie> organisatie(String id) {
        return organisaties().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Whether the vertrouwenspersoon serves the organisation today, as melding-service listed it. */
    public boolean kiesbaar(String organisatieId, UUID vertrouwenspersoonId) {
        return organisatie(organisatieId).map(o -> o.vertrouwenspersonen().stream()
                .anyMatch(v -> v.personId().equals(vertrouwenspersoonId))).orElse(false);
    }
}
