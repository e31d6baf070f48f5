package nl.tweedekamer.meldpunt.portaal.melding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;
import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Vertrouwenspersoon;

/**
 * The organisations and their vertrouwenspersonen, whose names are public (domain.md §10.10). The organisations come
 * from configuration ({@code meldpunt.portaal.organisaties}); the names of the vertrouwenspersonen from
 * melding-service's list of those available to an organisation, read with a short-lived token that carries no role
 * and names that organisation. Kept for a minute, so the start page does not ask on every visit.
 * <p>
 * This is a stopgap: melding-service offers no public list yet, so the portal needs a key that the services trust.
 * Once melding-service lists them publicly, this class calls that and the key goes.
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
    private volatile PrivateKey sleutel;

    /** Every configured organisation, in the configured order. */
    public List<Organisatie> organisaties() {
        Instant nu = clock.instant();
        List<Organisatie> lijst = bewaard;
        if (lijst != null && nu.isBefore(bewaardTot)) {
            return lijst;
        }
        List<Organisatie> nieuw = new ArrayList<>();
        boolean alles = true;
        for (Map.Entry<String, String> org : namen(config.organisaties().orElse("")).entrySet()) {
            Optional<List<Vertrouwenspersoon>> vps = vertrouwenspersonen(org.getKey());
            Optional<List<Organisatie.Afdeling>> afdelingen = afdelingen(org.getKey());
            alles &= vps.isPresent() && afdelingen.isPresent();
            nieuw.add(new Organisatie(org.getKey(), org.getValue(), vps.orElse(List.of()), vps.isPresent(),
                    afdelingen.orElse(List.of())));
        }
        if (alles) {
            bewaard = List.copyOf(nieuw);
            bewaardTot = nu.plus(config.vpLijst().bewaren());
        }
        return nieuw;
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

    /** {@code id=Naam;id=Naam}: ids as the services know them, names as people know them. */
    static Map<String, String> namen(String lijst) {
        Map<String, String> namen = new LinkedHashMap<>();
        for (String paar : lijst.split(";")) {
            int is = paar.indexOf('=');
            if (is > 0) {
                String id = paar.substring(0, is).strip();
                String naam = paar.substring(is + 1).strip();
                if (id.matches("[a-z0-9-]{1,64}") && !naam.isEmpty()) {
                    namen.put(id, naam);
                }
            }
        }
        return namen;
    }

    private Optional<List<Vertrouwenspersoon>> vertrouwenspersonen(String organisatieId) {
        Optional<PrivateKey> key = sleutel();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(melding.beschikbaar("Bearer " + token(organisatieId, key.get()), organisatieId));
        } catch (RuntimeException e) {
            LOG.warnf("the vertrouwenspersonen of an organisation could not be read (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private Optional<List<Organisatie.Afdeling>> afdelingen(String organisatieId) {
        Optional<PrivateKey> key = sleutel();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(melding.afdelingen("Bearer " + token(organisatieId, key.get()), organisatieId));
        } catch (RuntimeException e) {
            LOG.warnf("the departments of an organisation could not be read (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** No role at all: it reaches only what any member of that organisation may read. */
    private String token(String organisatieId, PrivateKey key) {
        Instant nu = clock.instant();
        return Jwt.issuer(config.vpLijst().issuer())
                .audience("melding-service")
                .subject("portaal")
                .claim("tenant", organisatieId)
                .issuedAt(nu)
                .expiresAt(nu.plusSeconds(60))
                .jws().keyId(config.vpLijst().keyId()).sign(key);
    }

    private Optional<PrivateKey> sleutel() {
        if (sleutel != null) {
            return Optional.of(sleutel);
        }
        Optional<String> plaats = config.vpLijst().sleutel().filter(s -> !s.isBlank());
        if (plaats.isEmpty()) {
            return Optional.empty();
        }
        try {
            sleutel = KeyUtils.decodePrivateKey(Files.readString(Path.of(plaats.get())));
            return Optional.of(sleutel);
        } catch (Exception e) {
            LOG.warnf("the key for the list of vertrouwenspersonen could not be read (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
