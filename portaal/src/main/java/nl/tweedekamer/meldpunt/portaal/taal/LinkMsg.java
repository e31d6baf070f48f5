package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages emails link to beside the melding's own (a term, an organisation's pattern signals), Dutch
 * first ({@code messages/link_nl.properties}), English second; templates use {@code {link:key}}. A bundle of its own
 * because Quarkus generates broken bytecode for a bundle of more than 300 messages (3.34.1).
 */
@MessageBundle(value = "link", locale = "nl")
public interface LinkMsg {

    @Message
    String nietGevondenTitel();

    @Message
    String nietGevondenTekst();

    @Message
    String wegTitel();

    @Message
    String wegTekst();

    @Message
    String termijnTitel();

    @Message
    String termijnWat(String omschrijving);

    @Message
    String termijnUiterlijk(String datum);

    @Message
    String termijnNogDagen(int dagen);

    @Message
    String termijnVerstrekenOp(String datum);

    @Message
    String termijnAfgerondOp(String datum);

    @Message
    String termijnLoopt();

    @Message
    String termijnOpgeschort();

    @Message
    String termijnVerstreken();

    @Message
    String termijnAfgerond();

    @Message
    String termijnTeLaatAfgerond();

    @Message
    String termijnStaat();

    @Message
    String termijnNaarMelding(String kenmerk);

    @Message
    String termijnNaarKlacht(String kenmerk);

    @Message
    String signalenTitel(String organisatie);

    @Message
    String signalenTekst();

    @Message
    String signalenGeen();

    @Message
    String signaalKop(String afdeling, int jaar);

    @Message
    String signaalOverAfdeling();

    @Message
    String signaalOverPersoon();

    @Message
    String signaalAantal(String aantal);

    @Message
    String signaalAantalKlein();

    @Message
    String signaalVerstuurdOp(String datum);

    @Message
    String signaalAdvies();

    @Message
    String signaalGeenAdvies();

    @Message
    String naarMijnOverzicht();
}
