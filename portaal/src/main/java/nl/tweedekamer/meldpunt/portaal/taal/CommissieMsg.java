package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the commission's steps on a complaint's page (art 7-14), Dutch first
 * ({@code messages/cie_nl.properties}), English second; templates use {@code {cie:key}}. A bundle of its own: Quarkus
 * 3.34.1 generates broken bytecode for a bundle of more than 300 messages.
 */
@MessageBundle(value = "cie", locale = "nl")
public interface CommissieMsg {

    @Message
    String kop();

    @Message
    String ontvangstBevestigdOp(String dag);

    @Message
    String ontbreektTekst();

    @Message
    String ontbreektCategorie();

    @Message
    String ontbreektGedraging();

    @Message
    String ontbreektPlaats();

    @Message
    String ontbreektTijdstip();

    @Message
    String ontbreektLaatsteDatum();

    @Message
    String ontbreektNaam();

    @Message
    String ontbreektAdres();

    @Message
    String ontbreektFunctie();

    @Message
    String ontbreektAangeklaagde();

    @Message
    String ontbreektStappen();

    @Message
    String ontbreektAnders();

    @Message
    String ontvangstKop();

    @Message
    String ontvangstUitleg();

    @Message
    String ontvangstKnop();

    @Message
    String aanvullingKop();

    @Message
    String aanvullingVeld();

    @Message
    String aanvullingUitleg();

    @Message
    String aanvullingKnop();

    @Message
    String samenstellingKop();

    @Message
    String samenstellingUitleg();

    @Message
    String samenstellingAdHoc();

    @Message
    String veldVoorzitter();

    @Message
    String veldLidAmbtelijk();

    @Message
    String veldLidPolitiek();

    @Message
    String kiesIemand();

    @Message
    String houderVoorzitter(String naam);

    @Message
    String houderPlvVoorzitter(String naam);

    @Message
    String houderLid(String naam);

    @Message
    String houderPlvLid(String naam);

    @Message
    String samenstellingKnop();

    @Message
    String commissieNietTeLezen();

    @Message
    String ontvankelijkheidWacht();

    @Message
    String ontvankelijkheidKop();

    @Message
    String ontvankelijkheidUitleg();

    @Message
    String koppelingKop();

    @Message
    String koppelingUitleg();

    @Message
    String zoekVeld(String naam, String functie, String werkgever);

    @Message
    String zoekUitleg();

    @Message
    String zoekKnop();

    @Message
    String zoekNiemand();

    @Message
    String persoonLegend(String naam);

    @Message
    String persoonGekozen();

    @Message
    String persoonNogZoeken();

    @Message
    String beslissingLegend();

    @Message
    String beslissingJa();

    @Message
    String beslissingNee();

    @Message
    String grondenLegend();

    @Message
    String grondenUitleg();

    @Message
    String grondANIETONTVANKELIJK();

    @Message
    String grondBEERDERBEOORDEELD();

    @Message
    String grondCCAORIJKPROCEDURE();

    @Message
    String grondDRECHTERLIJKEPROCEDURE();

    @Message
    String grondEOPSPORINGSONDERZOEK();

    @Message
    String grondFKENNELIJKONVOLDOENDE();

    @Message
    String grondGANONIEM();

    @Message
    String grondBUITENJAARTERMIJN();

    @Message
    String bemiddelingLegend();

    @Message
    String bemiddelingJa();

    @Message
    String bemiddelingNee();

    @Message
    String motiveringVeld();

    @Message
    String motiveringUitleg();

    @Message
    String ledenLegend();

    @Message
    String ledenUitleg();

    @Message
    String beslisserLegend(String werkgever);

    @Message
    String beslisserUitleg();

    @Message
    String beslisserVast();

    @Message
    String ontvankelijkheidKnop();

    @Message
    String hoorzittingKop();

    @Message
    String hoorzittingGepland(String dag);

    @Message
    String hoorzittingGeplandOm(String dag, String tijd);

    @Message
    String hoorzittingPlaats(String plaats);

    @Message
    String hoorzittingUitleg();

    @Message
    String aanvangVeld();

    @Message
    String aanvangUitleg();

    @Message
    String plaatsVeld();

    @Message
    String plaatsUitleg();

    @Message
    String foutAanvangLeeg();

    @Message
    String foutAanvangOnleesbaar();

    @Message
    String foutPlaatsLeeg();

    @Message
    String foutPlaatsLang(int max);

    @Message
    String datumVeld();

    @Message
    String datumUitleg();

    @Message
    String samenLegend();

    @Message
    String samenJa();

    @Message
    String samenNee();

    @Message
    String stukkenVeld();

    @Message
    String stukkenUitleg();

    @Message
    String genodigdenVeld();

    @Message
    String genodigdenUitleg();

    @Message
    String raadsliedenVeld();

    @Message
    String raadsliedenUitleg();

    @Message
    String hoorzittingKnop();

    @Message
    String foutAanvullingLeeg();

    @Message
    String foutKiesVoorzitter();

    @Message
    String foutKiesLidAmbtelijk();

    @Message
    String foutKiesLidPolitiek();

    @Message
    String foutKiesBeslissing();

    @Message
    String foutKiesGrond();

    @Message
    String foutGrondBijOntvankelijk();

    @Message
    String foutKiesBemiddeling();

    @Message
    String foutMotiveringLeeg();

    @Message
    String foutKiesLeden();

    @Message
    String foutKiesPersoon(String naam);

    @Message
    String foutDatumLeeg();

    @Message
    String foutDatumOnleesbaar();

    @Message
    String foutStukkenNaHoorzitting();

    @Message
    String foutKiesSamen();

    @Message
    String foutZoekKort();

    @Message
    String foutZoekNietToegestaan();

    @Message
    String foutZoekNiet();

    @Message
    String foutDienstWeg();

    @Message
    String foutAlleenSecretaris();

    @Message
    String foutAlleenVoorzitter();

    @Message
    String foutAlleenCommissie();

    @Message
    String foutOnbekend();

    @Message
    String foutNietOpRooster();

    @Message
    String foutGeenLidVanZaak();

    @Message
    String foutAanvullingstermijnLoopt();

    @Message
    String foutBeslisserIsPartij();

    @Message
    String foutGeenBeslisser();

    @Message
    String foutGeenZetel();

    @Message
    String foutZijde();

    @Message
    String foutLidBetrokken();

    @Message
    String foutBijlageNietVrijgegeven();

    @Message
    String foutApartHoren();

    @Message
    String foutStapNu();

    @Message
    String foutGrondenOnjuist();

    @Message
    String conflictOntvangst();

    @Message
    String conflictAanvulling();

    @Message
    String conflictZetelVacant();

    @Message
    String conflictSamenstelling();

    @Message
    String conflictNietSamengesteld();

    @Message
    String conflictOnvolledig();

    @Message
    String conflictOntvankelijkheid();

    @Message
    String conflictAdHoc();

    @Message
    String conflictHoorzitting();

    @Message
    String foutKiesVerslagsoort();

    @Message
    String foutVerslagLeeg();

    @Message
    String foutFeitenLeeg();

    @Message
    String foutRedenenLeeg();

    @Message
    String foutKiesBemiddelingActie();

    @Message
    String foutKiesAard();

    @Message
    String foutAdviesLeeg();

    @Message
    String foutKiesStem(String naam);

    @Message
    String foutMinderheidLeeg();

    @Message
    String foutZwaarwegendLeeg();

    @Message
    String conflictBemiddeling();

    @Message
    String conflictOndertekening();

    @Message
    String foutNietAangenomen();

    @Message
    String foutCorrectietermijnLoopt();

    @Message
    String foutInstemmingOntbreekt();

    @Message
    String foutNaVandaag();

    @Message
    String foutStemmen();

    @Message
    String foutTekstLeeg();

    @Message
    String foutAlleenVoorzitterEnSecretaris();

    @Message
    String verslagKop();

    @Message
    String verslagsoortLegend();

    @Message
    String verslagsoortHoor();

    @Message
    String verslagsoortOnderzoek();

    @Message
    String verslagVeld();

    @Message
    String verslagUitleg();

    @Message
    String verslagKnop();

    @Message
    String feitenKop();

    @Message
    String feitenVeld();

    @Message
    String feitenUitleg();

    @Message
    String correctiesVeld();

    @Message
    String correctiesUitleg();

    @Message
    String feitenKnop();

    @Message
    String correctiesTot(String dag);

    @Message
    String adviesKop();

    @Message
    String adviesUitleg();

    @Message
    String aardLegend();

    @Message
    String aardPreventief();

    @Message
    String aardCorrectief();

    @Message
    String aardBeide();

    @Message
    String adviesVeld();

    @Message
    String adviesVeldUitleg();

    @Message
    String stemLegend(String naam);

    @Message
    String stemVoor();

    @Message
    String stemTegen();

    @Message
    String stemOnthouding();

    @Message
    String minderheidVeld();

    @Message
    String minderheidUitleg();

    @Message
    String zonderVerslagVeld();

    @Message
    String zwaarwegendVeld();

    @Message
    String zwaarwegendUitleg();

    @Message
    String adviesKnop();

    @Message
    String adviesVastgesteldOp(String dag);

    @Message
    String voorzitterTekende(String dag);

    @Message
    String voorzitterTekentNog();

    @Message
    String secretarisTekende(String dag);

    @Message
    String secretarisTekentNog();

    @Message
    String ondertekenKop();

    @Message
    String ondertekenUitleg();

    @Message
    String ondertekenKnop();

    @Message
    String adviestermijnKop();

    @Message
    String adviestermijnUitleg();

    @Message
    String adviestermijnVeld();

    @Message
    String adviestermijnVeldUitleg();

    @Message
    String adviestermijnRedenenVeld();

    @Message
    String adviestermijnRedenenUitleg();

    @Message
    String adviestermijnKnop();

    @Message
    String bemiddelingKop();

    @Message
    String bemiddelingUitleg();

    @Message
    String bemiddelingLooptSinds(String dag);

    @Message
    String bemiddelingActieLegend();

    @Message
    String bemiddelingStart();

    @Message
    String bemiddelingMislukt();

    @Message
    String bemiddelingGeslaagd();

    @Message
    String bemiddelingNotitieVeld();

    @Message
    String bemiddelingNotitieUitleg();

    @Message
    String bemiddelingKnop();

    @Message
    String inzageLink();

    @Message
    String inzageTitel();

    @Message
    String inzageUitleg();

    @Message
    String inzageGeen();

    @Message
    String inzageBijschrift();

    @Message
    String inzageWanneer();

    @Message
    String inzageWie();

    @Message
    String inzageAls();

    @Message
    String inzageWat();

    @Message
    String terugNaarKlacht();

    @Message
    String jaarverslagLink(String jaar);

    @Message
    String jaarverslagOrLink(String jaar);

    @Message
    String lijstenNietTeLezen();

    @Message
    String vrijgaveKop();

    @Message
    String vrijgaveUitleg();

    @Message
    String vrijgaveStuk(String naam, String moment);

    @Message
    String vrijgaveKnop();

    @Message
    String kopieVeld(String naam);

    @Message
    String kopieUitleg();

    @Message
    String kopieKnop();

    @Message
    String foutKiesKopie();

    @Message
    String foutKopieSoort();

    @Message
    String foutKopieGroot();

    @Message
    String bezwarenKop();

    @Message
    String bezwaarTegen(String naam, String dag, String door);

    @Message
    String bezwaarReden(String reden);

    @Message
    String doorKLAGER();

    @Message
    String doorAANGEKLAAGDE();

    @Message
    String doorCOMMISSIE();

    @Message
    String bezwaarLegend(String naam);

    @Message
    String bezwaarToewijzen();

    @Message
    String bezwaarAfwijzen();

    @Message
    String bezwaarVoorzitterBeslist();

    @Message
    String beslissingKnop();

    @Message
    String verzoekenKop();

    @Message
    String verzoekApart(String door, String dag);

    @Message
    String verzoekReden(String reden);

    @Message
    String verzoekLegend();

    @Message
    String verzoekToestaan();

    @Message
    String verzoekWeigeren();

    @Message
    String foutKiesBezwaar();

    @Message
    String foutKiesVerzoek();

    @Message
    String conflictVrijgave();

    @Message
    String conflictBezwaar();

    @Message
    String conflictVerzoek();

    @Message
    String foutAlleenSecretarisVrijgave();

    @Message
    String foutAlleenVoorzitterBezwaar();

    @Message
    String beslissersKop();

    @Message
    String beslissersUitleg();

    @Message
    String beslistNu(String werkgever, String naam);

    @Message
    String beslistNiemand(String werkgever);

    @Message
    String zoekBeslisser(String werkgever);

    @Message
    String beslisserKnop();

    @Message
    String foutKiesBeslisser();

    @Message
    String conflictBeslisser();

    @Message
    String betrokkenheidKop();

    @Message
    String betrokkenheidUitleg();

    @Message
    String betrokkenheidLid();

    @Message
    String betrokkenheidReden();

    @Message
    String betrokkenheidRedenUitleg();

    @Message
    String betrokkenheidKnop();

    @Message
    String foutKiesBetrokkenLid();

    @Message
    String foutBetrokkenheidReden();

    @Message
    String conflictBetrokkenheid();
}
