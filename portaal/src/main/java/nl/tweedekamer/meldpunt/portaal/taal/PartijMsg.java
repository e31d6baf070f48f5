package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a party's steps on a complaint's page (the complainant's and the accused's), Dutch first
 * ({@code messages/partij_nl.properties}), English second; templates use {@code {partij:key}}.
 */
@MessageBundle(value = "partij", locale = "nl")
public interface PartijMsg {

    @Message
    String kop();

    @Message
    String feitenoverzichtKop();

    @Message
    String feitenoverzichtUitleg();

    @Message
    String feitenoverzichtVan(String dag);

    @Message
    String verslagenKop();

    @Message
    String verslagHoorzitting(String dag);

    @Message
    String verslagOnderzoek(String dag);

    @Message
    String termijnTot(String dag);

    @Message
    String termijnVoorbij(String dag);

    @Message
    String eigenKop();

    @Message
    String eigenCorrectie(String dag);

    @Message
    String eigenZienswijze(String dag);

    @Message
    String eigenAfstand(String dag);

    @Message
    String correctieKop();

    @Message
    String veldCorrectie();

    @Message
    String uitlegCorrectie();

    @Message
    String correctieKnop();

    @Message
    String zienswijzeKop();

    @Message
    String veldZienswijze();

    @Message
    String uitlegZienswijze();

    @Message
    String zienswijzeKnop();

    @Message
    String afstandKop();

    @Message
    String afstandUitleg();

    @Message
    String afstandKnop();

    @Message
    String afgezien();

    @Message
    String intrekkenKop();

    @Message
    String intrekkenUitleg();

    @Message
    String intrekkenKnop();

    @Message
    String bevestigKop();

    @Message
    String bevestigUitleg();

    @Message
    String veldToelichting();

    @Message
    String uitlegToelichting();

    @Message
    String bevestigKnop();

    @Message
    String bevestigTerug();

    @Message
    String foutCorrectieLeeg();

    @Message
    String foutZienswijzeLeeg();

    @Message
    String foutTeLang();

    @Message
    String foutTermijnVoorbij();

    @Message
    String foutNietNu();

    @Message
    String foutNietBereikbaar();

    @Message
    String foutAlgemeen();

    @Message
    String foutGeenToegang();
}
