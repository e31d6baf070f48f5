package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the employer's decider on a complaint (its decision and extension, its complaints, the requests for
 * temporary measures addressed to it), Dutch first ({@code messages/wg_nl.properties}), English second; templates use
 * {@code {wg:key}}.
 */
@MessageBundle(value = "wg", locale = "nl")
public interface WerkgeverMsg {

    @Message
    String kop();

    @Message
    String adviesOntvangen(String dag);

    @Message
    String uitlegNietOntvankelijk();

    @Message
    String termijn(String dag);

    @Message
    String termijnVerstreken(String dag);

    @Message
    String besloten(String dag);

    @Message
    String besluitKop();

    @Message
    String veldBesluit();

    @Message
    String uitlegBesluit();

    @Message
    String uitlegBesluitNietOntvankelijk();

    @Message
    String besluitKnop();

    /** The second button of the decision form: keep the text as a draft (art 13). */
    @Message
    String conceptKnop();

    @Message
    String conceptVan(String moment);

    @Message
    String verdagingKop();

    @Message
    String verdagingUitleg(int gebruikt, int over);

    @Message
    String veldDagen();

    @Message
    String uitlegDagen(int over);

    @Message
    String veldRedenen();

    @Message
    String uitlegRedenen();

    @Message
    String verdagingKnop();

    @Message
    String verdagingOp();

    @Message
    String foutBesluitLeeg();

    @Message
    String foutConceptLeeg();

    @Message
    String foutTeLang();

    @Message
    String foutDagen(int over);

    @Message
    String foutRedenenLeeg();

    @Message
    String foutMaximum();

    @Message
    String foutVerstreken();

    @Message
    String foutAlBesloten();

    @Message
    String foutNietNu();

    @Message
    String foutNietBereikbaar();

    @Message
    String foutAlgemeen();

    @Message
    String foutGeenToegang();

    @Message
    String klachtenTitel();

    @Message
    String klachtenUitleg();

    @Message
    String klachtenLeeg();

    @Message
    String klachtenNietBeschikbaar();

    @Message
    String alleenWerkgever();

    @Message
    String kolomKenmerk();

    @Message
    String kolomStand();

    @Message
    String kolomIngediend();

    @Message
    String voorzieningenTitel();

    @Message
    String voorzieningenUitleg();

    @Message
    String voorzieningenLeeg();

    @Message
    String voorzieningenNietBeschikbaar();

    @Message
    String voorzieningKop(String kenmerk);

    @Message
    String ontvangenOp(String dag);

    @Message
    String betreftKlager();

    @Message
    String betreftAangeklaagde();

    @Message
    String redenWelzijn();

    @Message
    String redenOnhoudbaar();

    @Message
    String verzoekKop();

    @Message
    String genomen(String dag, String overleg);

    @Message
    String veldMaatregelen();

    @Message
    String uitlegMaatregelen();

    @Message
    String veldOverleg();

    @Message
    String uitlegOverleg();

    @Message
    String maatregelenKnop();

    @Message
    String maatregelenGedaan();

    @Message
    String foutMaatregelenLeeg();

    @Message
    String foutOverleg();

    @Message
    String foutAlVastgelegd();

    @Message
    String mijnTitel();

    @Message
    String mijnTekst();

    @Message
    String mijnKlachtenLink();

    @Message
    String mijnVoorzieningenLink();

    @Message
    String naarKlachten();

    @Message
    String mijnSignalenLink();
}
