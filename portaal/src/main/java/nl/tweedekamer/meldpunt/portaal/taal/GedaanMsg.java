package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a complaint's page says after one of its steps was taken ({@code ?gedaan=key}, claimed by the page part
 * whose step it is), Dutch first ({@code messages/gedaan_nl.properties}); templates use {@code {gedaan:key}}.
 */
@MessageBundle(value = "gedaan", locale = "nl")
public interface GedaanMsg {

    /** A placeholder until a part claims a key; keeps the bundle from being empty. */
    @Message
    String opgeslagen();

    /** The klaagschrift was signed and filed (art 9.1); what comes next (9.4, 10.1). */
    @Message
    String ksIngediend();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieOntvangstBevestigd();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieAanvullingGevraagd();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieSamengesteld();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieOntvankelijk();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieNietOntvankelijk();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieHoorzittingGepland();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieVerslag();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieFeitenoverzicht();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieAdviestermijn();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieBemiddelingGestart();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieBemiddelingMislukt();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieBemiddelingGeslaagd();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieAdviesVastgesteld();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieOndertekend();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieVrijgegeven();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieGeschoond();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieBezwaarToegewezen();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieBezwaarAfgewezen();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieVerzoekBeslist();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieBeslisserBenoemd();
}
