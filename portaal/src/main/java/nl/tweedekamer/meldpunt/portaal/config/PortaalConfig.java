package nl.tweedekamer.meldpunt.portaal.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The portal's settings (environment overridable, see application.properties). */
@ConfigMapping(prefix = "meldpunt.portaal")
public interface PortaalConfig {

    /** Base URL of melding-service's HTTP API. */
    String meldingUrl();

    /** Base URL of klacht-service's HTTP API (the declaration confirmation). */
    String klachtUrl();

    /** Base URL of termijn-service's HTTP API (the page of one term). */
    String termijnUrl();

    /** notificatie-service's base URL: the delivery log, for technical operations. */
    String notificatieUrl();

    /**
     * The organisations (tenants) a person can choose, as {@code id=Naam;id=Naam}. Their names are public; no
     * service offers a public list yet, so the deployment names them.
     */
    Optional<String> organisaties();

    /**
     * The largest attachment melding-service takes (its {@code MELDING_ATTACHMENT_MAX_BYTES}); checked here first, so
     * that a person hears it before anything is sent.
     */
    @WithDefault("524288")
    int bijlageMaxBytes();

    /** The largest document of a complaint klacht-service takes (its {@code KLACHT_BIJLAGE_MAX_BYTES}). */
    int klachtBijlageMaxBytes();

    /** How often the page's script saves a draft while the text changes (tests of the running system shorten it). */
    @WithDefault("PT30S")
    java.time.Duration conceptInterval();

    /** Cookies only over HTTPS: true in production, false on the local run's plain http. */
    @WithDefault("false")
    boolean cookiesSecure();

    /** Production: no start without the secrets of sign-in ({@code beveiliging/AanmeldGeheimen}). */
    @WithDefault("false")
    boolean aanmeldgeheimenVerplicht();

    /** Where the public names of the vertrouwenspersonen come from (domain.md §10.10). */
    VpLijst vpLijst();

    interface VpLijst {
        /**
         * PEM private key with which the portal signs a short-lived token without any role, naming one organisation,
         * to read melding-service's list of the vertrouwenspersonen available to it. Absent: the portal shows the
         * organisations without names. Stopgap until melding-service offers the public list of §10.10.
         */
        Optional<String> sleutel();

        /** The issuer the services accept. */
        @WithDefault("https://meldpunt.tweedekamer.nl")
        String issuer();

        /** How long the list is kept before it is read again (a new appointment shows after at most this long). */
        @WithDefault("PT1M")
        java.time.Duration bewaren();

        /** The kid of that key in the key set the services trust: a key that signs people's tokens, never a service's. */
        @WithDefault("meldpunt-users")
        String keyId();
    }
}
