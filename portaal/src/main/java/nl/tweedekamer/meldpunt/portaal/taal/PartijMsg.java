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

    /** The second button of the correction and view forms: keep the text as a draft (art 12.1, 12.5). */
    @Message
    String conceptKnop();

    @Message
    String conceptVan(String moment);

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
    String foutConceptLeeg();

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

    @Message
    String foutKiesLid();

    @Message
    String foutRedenLeeg();

    @Message
    String foutBezwaarLoopt();

    @Message
    String foutGeenLid();

    @Message
    String foutApartLoopt();

    @Message
    String foutRaadsmanLeeg();

    @Message
    String foutBetreft();

    @Message
    String foutVzReden();

    @Message
    String foutVerzoekLeeg();

    @Message
    String foutGeenHoorzittingMeer();

    @Message
    String hoorzittingKop();

    @Message
    String bezwaarKop();

    @Message
    String bezwaarUitleg();

    @Message
    String veldLid();

    @Message
    String lidVoorzitter(String naam);

    @Message
    String lidAmbtelijk(String naam);

    @Message
    String lidPolitiek(String naam);

    @Message
    String lidLid(String naam);

    @Message
    String veldBezwaarReden();

    @Message
    String uitlegBezwaarReden();

    @Message
    String bezwaarKnop();

    @Message
    String apartKop();

    @Message
    String apartUitleg();

    @Message
    String veldHoorReden();

    @Message
    String uitlegHoorReden();

    @Message
    String apartKnop();

    @Message
    String raadsmanKop();

    @Message
    String raadsmanUitleg();

    @Message
    String veldRaadsman();

    @Message
    String uitlegRaadsman();

    @Message
    String raadsmanKnop();

    @Message
    String voorzieningKop();

    @Message
    String voorzieningUitleg();

    @Message
    String veldBetreft();

    @Message
    String betreftKlager();

    @Message
    String betreftAangeklaagde(String naam);

    @Message
    String veldVzReden();

    @Message
    String vzRedenWelzijn();

    @Message
    String vzRedenOnhoudbaar();

    @Message
    String veldVerzoek();

    @Message
    String uitlegVerzoek();

    @Message
    String voorzieningKnop();

    @Message
    String foutAanvullingLeeg();

    @Message
    String foutDatum();

    @Message
    String aanvullingKop();

    @Message
    String aanvullingVraag(String dag);

    @Message
    String aanvullenTot(String dag);

    @Message
    String veldAanvulling();

    @Message
    String uitlegAanvulling();

    @Message
    String veldLaatsteDatum();

    @Message
    String uitlegLaatsteDatum();

    @Message
    String aanvullingKnop();

    @Message
    String foutStukSoort();

    @Message
    String foutStukkenVol();

    @Message
    String foutStukBuitenTermijn();

    @Message
    String kopieKop();

    @Message
    String kopieUitleg();

    @Message
    String kopieKlager();

    @Message
    String kopieCategorie();

    @Message
    String kopieGedrag();

    @Message
    String kopiePlaats();

    @Message
    String kopieWanneer();

    @Message
    String kopieGetuigen();

    @Message
    String kopieStappen();

    @Message
    String stukkenKop();

    @Message
    String stukkenLeeg();

    @Message
    String stukkenWeg();

    @Message
    String stukRegel(String naam, long kb, String dag);

    @Message
    String stukToevoegenKop();

    @Message
    String stukTot(String dag);

    @Message
    String veldStuk();

    @Message
    String uitlegStuk(long kb);

    @Message
    String stukKnop();

    @Message
    String catINTIMIDATIE();

    @Message
    String catSEKSUELE_INTIMIDATIE();

    @Message
    String catAGRESSIE_EN_GEWELD();

    @Message
    String catDISCRIMINATIE();

    @Message
    String catEXTREMISME();

    @Message
    String catSTALKEN();

    @Message
    String catPESTEN();

    @Message
    String catOnbekend();

    @Message
    String foutGeenBemiddeling();

    @Message
    String bemiddelingKop();

    @Message
    String bemiddelingUitleg(String dag);

    @Message
    String bemiddelingKnop();

    @Message
    String bemiddelingIngestemd(String dag);
}
