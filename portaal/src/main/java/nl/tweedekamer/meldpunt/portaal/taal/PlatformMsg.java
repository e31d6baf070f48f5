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

    @Message
    String commissieTitel();

    @Message
    String commissieUitleg();

    @Message
    String commissieVandaagKop();

    @Message
    String commissieVoltallig();

    @Message
    String commissieNietVoltallig();

    @Message
    String commissieZonderVrouw();

    @Message
    String zetelVacant();

    @Message
    String zetelMetZijde(String functie, String zijde);

    @Message
    String functieVoorzitter();

    @Message
    String functiePlvVoorzitter();

    @Message
    String functieLid();

    @Message
    String functiePlvLid();

    @Message
    String functieSecretaris();

    @Message
    String zijdeAmbtelijk();

    @Message
    String zijdePolitiek();

    @Message
    String kolomZetel();

    @Message
    String kolomHouder();

    @Message
    String benoemingenKop();

    @Message
    String benoemingenLeeg();

    @Message
    String kolomNaam();

    @Message
    String kolomTermijn();

    @Message
    String termijnVanTot(String vanaf, String tot);

    @Message
    String termijnVanaf(String vanaf);

    @Message
    String termijnBeeindigd(String op);

    @Message
    String benoemingKomend();

    @Message
    String benoemingLopend();

    @Message
    String benoemingVerlopen();

    @Message
    String benoemingBeeindigd();

    @Message
    String verlengen(String naam);

    @Message
    String beeindigenLegend(String naam);

    @Message
    String beeindigenKnop();

    @Message
    String redenEigenVerzoek();

    @Message
    String redenBetrokken();

    @Message
    String redenVertrouwenspersoon();

    @Message
    String redenOntslagen();

    @Message
    String redenVergissing();

    @Message
    String redenAnders();

    @Message
    String benoemenKop();

    @Message
    String veldFunctie();

    @Message
    String veldZijde();

    @Message
    String veldPersoon();

    @Message
    String uitlegPersoon();

    @Message
    String veldCommissieNaam();

    @Message
    String uitlegCommissieNaam();

    @Message
    String veldWerkadres();

    @Message
    String uitlegWerkadres();

    @Message
    String veldVrouw();

    @Message
    String ja();

    @Message
    String nee();

    @Message
    String veldVanaf();

    @Message
    String uitlegVanaf();

    @Message
    String veldTot();

    @Message
    String uitlegTot();

    @Message
    String benoemen();

    @Message
    String commissieBenoemd();

    @Message
    String commissieVerlengd();

    @Message
    String commissieBeeindigd();

    @Message
    String foutFunctie();

    @Message
    String foutZijde();

    @Message
    String foutPersoon();

    @Message
    String foutVrouw();

    @Message
    String foutVanaf();

    @Message
    String foutTotAlleenSecretaris();

    @Message
    String foutReden();

    @Message
    String foutZetelBezet();

    @Message
    String foutExterneVoorzitter();

    @Message
    String foutEenFunctie();

    @Message
    String foutVertrouwenspersoon();

    @Message
    String foutTenMinsteEenVrouw();

    @Message
    String foutBenoemingBeeindigd();

    @Message
    String foutGeenTermijn();

    @Message
    String foutTermijnVerstreken();

    @Message
    String foutBenoemingGeweigerd();

    @Message
    String commissieDienstWeg();

    @Message
    String mijnCommissieLink();

    @Message
    String veldReden();

    @Message
    String poolTitel();

    @Message
    String poolUitleg();

    @Message
    String poolLeeg();

    @Message
    String poolOvergedragenAantal(int aantal);

    @Message
    String poolVerlengen(String naam);

    @Message
    String poolOverdrachtLegend(String naam);

    @Message
    String veldOpvolger();

    @Message
    String poolOverdragenKnop();

    @Message
    String poolGeenOpvolger();

    @Message
    String poolBenoemenKop();

    @Message
    String veldPoolAdres();

    @Message
    String uitlegPoolAdres();

    @Message
    String uitlegPoolNaam();

    @Message
    String veldCategorie();

    @Message
    String categorieMedewerker();

    @Message
    String categorieLeidinggevende();

    @Message
    String categorieExtern();

    @Message
    String categorieHr();

    @Message
    String uitlegPoolVanaf();

    @Message
    String poolBenoemd();

    @Message
    String poolVerlengd();

    @Message
    String poolBeeindigd();

    @Message
    String poolOvergedragen(int aantal);

    @Message
    String redenPoolBetrokken();

    @Message
    String redenPoolFunctie();

    @Message
    String redenUitDienst();

    @Message
    String foutCategorie();

    @Message
    String foutPoolHr();

    @Message
    String foutPoolVanaf();

    @Message
    String foutPoolEenmaalVerlengen();

    @Message
    String foutOpvolger();

    @Message
    String foutPoolGeweigerd();

    @Message
    String poolDienstWeg();

    @Message
    String mijnPoolLink();

    @Message
    String atwTitel();

    @Message
    String atwUitleg();

    @Message
    String atwZonderBesluit(String jaren);

    @Message
    String atwBesluitenKop();

    @Message
    String atwLeeg();

    @Message
    String atwJaren(int van, int tot);

    @Message
    String atwGepubliceerd(String waar);

    @Message
    String atwGeenDagen();

    @Message
    String atwInvoerenKop();

    @Message
    String veldAtwTitel();

    @Message
    String uitlegAtwTitel();

    @Message
    String veldAtwVanJaar();

    @Message
    String uitlegAtwVanJaar();

    @Message
    String veldAtwTotJaar();

    @Message
    String uitlegAtwTotJaar();

    @Message
    String veldAtwGepubliceerd();

    @Message
    String uitlegAtwGepubliceerd();

    @Message
    String veldAtwDagen();

    @Message
    String uitlegAtwDagen();

    @Message
    String atwInvoeren();

    @Message
    String atwIngevoerd();

    @Message
    String foutAtwTitel();

    @Message
    String foutAtwJaar();

    @Message
    String foutAtwTotJaar();

    @Message
    String foutAtwGeenDagen();

    @Message
    String foutAtwRegel(String regel);

    @Message
    String foutAtwDagBuitenJaren();

    @Message
    String foutAtwJaarGedekt();

    @Message
    String foutAtwGeweigerd();

    @Message
    String atwDienstWeg();

    @Message
    String mijnAtwLink();

    @Message
    String bezorgingTitel();

    @Message
    String bezorgingUitleg();

    @Message
    String bezorgingFilter();

    @Message
    String bezorgingAlle();

    @Message
    String bezorgingToon();

    @Message
    String bezorgingLeeg();

    @Message
    String bezorgingAantal(int aantal);

    @Message
    String bezorgingWacht();

    @Message
    String bezorgingOpnieuw();

    @Message
    String bezorgingVerstuurd();

    @Message
    String bezorgingMislukt();

    @Message
    String kolomAangemaakt();

    @Message
    String kolomBericht();

    @Message
    String kolomOntvanger();

    @Message
    String kolomAdres();

    @Message
    String kolomPogingen();

    @Message
    String kolomVolgende();

    @Message
    String kolomVerstuurd();

    @Message
    String mijnTechniekTitel();

    @Message
    String mijnTechniekTekst();

    @Message
    String mijnTechniekLink();
}
