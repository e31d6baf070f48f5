package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the platform administrator's pages (the organisations), Dutch first
 * ({@code messages/platform_nl.properties}), English second; templates use {@code {platform:key}}.
 */
@MessageBundle(value = "platform", locale = "nl")
public interface PlatformMsg {

    @Message
    String organisatiesTitel();

    @Message
    String organisatiesUitleg();

    @Message
    String organisatiesLeeg();

    @Message
    String kolomOrganisatie();

    @Message
    String kolomCode();

    @Message
    String kolomSoort();

    @Message
    String kolomStand();

    @Message
    String kolomGeregistreerd();

    @Message
    String kolomActie();

    @Message
    String soortFractie();

    @Message
    String soortAmbtelijk();

    @Message
    String standActief();

    @Message
    String standAfmelden();

    @Message
    String standAfgemeld();

    @Message
    String afmeldenLink(String naam);

    @Message
    String registrerenTitel();

    @Message
    String veldId();

    @Message
    String uitlegId();

    @Message
    String veldNaam();

    @Message
    String uitlegNaam();

    @Message
    String veldAfkorting();

    @Message
    String uitlegAfkorting();

    @Message
    String veldSoort();

    @Message
    String veldRechtspersoon();

    @Message
    String uitlegRechtspersoon();

    @Message
    String veldContactadres();

    @Message
    String uitlegContactadres();

    @Message
    String veldHradres();

    @Message
    String uitlegHradres();

    @Message
    String registreren();

    @Message
    String organisatieGeregistreerd();

    @Message
    String organisatieAfgemeld();

    @Message
    String afmeldenTitel(String naam);

    @Message
    String afmeldenUitleg();

    @Message
    String afmeldenKnop(String naam);

    @Message
    String afmeldenNietActief();

    @Message
    String terugNaarOrganisaties();

    @Message
    String foutId();

    @Message
    String foutIdBestaat();

    @Message
    String foutNaam();

    @Message
    String foutAfkorting();

    @Message
    String foutSoort();

    @Message
    String foutRechtspersoon();

    @Message
    String foutAdres();

    @Message
    String foutGeweigerd();

    @Message
    String dienstWeg();

    @Message
    String mijnBeheerTitel();

    @Message
    String mijnBeheerTekst();

    @Message
    String mijnBeheerLink();
}
