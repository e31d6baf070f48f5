package nl.tweedekamer.meldpunt.portaal.config;

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

    /** melding-service's public directory of organisations (domain.md §10.10), as the portal keeps it. */
    Organisatiegids organisatiegids();

    interface Organisatiegids {
        /**
         * How long the directory is kept before it is read again: a new declaration or appointment shows after at most
         * this long.
         */
        @WithDefault("PT1M")
        java.time.Duration bewaren();
    }
}
