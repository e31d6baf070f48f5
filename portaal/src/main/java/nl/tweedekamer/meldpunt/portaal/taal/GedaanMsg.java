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

    /** The employer's decider decided (art 13, 10.4). */
    @Message
    String wgBesloten();

    /** The employer's decider extended the decision term (art 13.3). */
    @Message
    String wgVerdaagd();

    /** A party sent a factual correction of the fact overview (art 12.1). */
    @Message
    String partijGecorrigeerd();

    /** A party sent their written view (art 12.5). */
    @Message
    String partijZienswijze();

    /** A party's or the decider's draft was saved (PartijStappen, WerkgeverStappen). */
    @Message
    String conceptBewaard();

    /** A party waived further corrections (art 12.1). */
    @Message
    String partijAfgezien();

    /** The complainant withdrew the complaint (domain.md §5.10). */
    @Message
    String partijIngetrokken();

    /** A party objected to a member who sits (art 7.8). */
    @Message
    String partijBezwaar();

    /** A party asked to be heard separately (art 11.1). */
    @Message
    String partijApartHoren();

    /** A party named their counsel (art 11.3). */
    @Message
    String partijRaadsman();

    /** A party asked for temporary measures (art 12.4). */
    @Message
    String partijVoorziening();

    /** The complainant answered the completion request (art 9.3). */
    @Message
    String partijAangevuld();

    /** A party added a document (art 9.3, 11.4, 12.5). */
    @Message
    String partijStuk();

    /** The complainant consented to ending the complaint by the mediation that runs (art 10.1, 11.1). */
    @Message
    String partijIngestemd();

    /** The commission's step (CommissieStappen). */
    @Message
    String cieBetrokkenheidVastgelegd();
}
