package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the organisation's administration pages (its staff list), Dutch first
 * ({@code messages/beheer_nl.properties}), English second; templates use {@code {beheer:key}}. A bundle of its own
 * because Quarkus generates broken bytecode for a bundle of more than 300 messages (3.34.1).
 */
@MessageBundle(value = "beheer", locale = "nl")
public interface BeheerMsg {

    @Message
    String personeelTitel(String organisatie);

    @Message
    String personeelUitleg();

    @Message
    String personeelAantal(int aantal);

    @Message
    String personeelLeeg();

    @Message
    String kolomNaam();

    @Message
    String kolomWerkadres();

    @Message
    String kolomFunctie();

    @Message
    String kolomSoort();

    @Message
    String kolomVanaf();

    @Message
    String kolomTot();

    @Message
    String kolomRij();

    @Message
    String kolomUitkomst();

    @Message
    String soortMedewerker();

    @Message
    String soortKamerlid();

    @Message
    String soortExtern();

    @Message
    String toevoegenTitel();

    @Message
    String veldNaam();

    @Message
    String uitlegNaam();

    @Message
    String veldWerkadres();

    @Message
    String uitlegWerkadres();

    @Message
    String veldFunctie();

    @Message
    String uitlegFunctie();

    @Message
    String veldSoort();

    @Message
    String veldVanaf();

    @Message
    String uitlegVanaf();

    @Message
    String toevoegenKnop();

    @Message
    String toegevoegd();

    @Message
    String alOpDeLijst();

    @Message
    String importTitel();

    @Message
    String importUitleg();

    @Message
    String veldBestand();

    @Message
    String uitlegBestand();

    @Message
    String voorbeeldKnop();

    @Message
    String voorbeeldTitel();

    @Message
    String voorbeeldSamenvatting(int nieuw, long bestaand, long fout);

    @Message
    String voorbeeldFouten();

    @Message
    String voorbeeldKlaar(int aantal);

    @Message
    String voorbeeldNiemandNieuw();

    @Message
    String importerenKnop();

    @Message
    String terugNaarLijst();

    @Message
    String uitkomstNieuw();

    @Message
    String uitkomstBestaand();

    @Message
    String uitkomstFout();

    @Message
    String importGedaan(int aantal);

    @Message
    String foutNaam();

    @Message
    String foutWerkadres();

    @Message
    String foutDubbel(String rij);

    @Message
    String foutVanaf();

    @Message
    String foutTot();

    @Message
    String foutSoort();

    @Message
    String foutAccount();

    @Message
    String foutFunctie();

    @Message
    String importLeeg();

    @Message
    String importOnleesbaar();

    @Message
    String importKolommen();

    @Message
    String importTeGroot();

    @Message
    String importGeenBestand();

    @Message
    String alleenBeheerder();

    @Message
    String dienstWeg();

    @Message
    String mijnPersoneelTitel();

    @Message
    String mijnPersoneelTekst();

    @Message
    String mijnPersoneelLink();

    @Message
    String bevestigdAantal(int bevestigd, int totaal);

    @Message
    String geenVerklaring();

    @Message
    String naarBeslisser();

    @Message
    String kolomBevestigd();

    @Message
    String nogNiet();

    @Message
    String beslisserTitel();

    @Message
    String beslisserUitleg();

    @Message
    String beslisserHuidig(String beslisser, String plaatsvervanger, String datum);

    @Message
    String beslisserGeen();

    @Message
    String beslisserGeenKandidaten();

    @Message
    String veldBeslisser();

    @Message
    String uitlegBeslisser();

    @Message
    String veldPlaatsvervanger();

    @Message
    String uitlegPlaatsvervanger();

    @Message
    String kiesIemand();

    @Message
    String beslisserOpslaan();

    @Message
    String beslisserGedaan();

    @Message
    String foutKiesIemand();

    @Message
    String foutZelfdePersoon();

    @Message
    String foutNietBenoembaar();

    @Message
    String regelingTitel();

    @Message
    String regelingUitleg();

    @Message
    String regelingEerder();

    @Message
    String regelingRegel(String vanaf, String optie, String stand);

    @Message
    String standVanKracht();

    @Message
    String standToekomst();

    @Message
    String standVervangen();

    @Message
    String standIngetrokken();

    @Message
    String regelingNieuw();

    @Message
    String regelingBriefIntro();

    @Message
    String veldVersie();

    @Message
    String veldOptie();

    @Message
    String optieHandboek();

    @Message
    String optieHandboekBrief();

    @Message
    String optieContract();

    @Message
    String optieContractBrief();

    @Message
    String veldRegelingVanaf();

    @Message
    String uitlegRegelingVanaf();

    @Message
    String veldOndertekendDoor();

    @Message
    String uitlegOndertekendDoor();

    @Message
    String veldOndertekendOp();

    @Message
    String veldVpKeuze();

    @Message
    String vpPool();

    @Message
    String vpEigen();

    @Message
    String vpBeide();

    @Message
    String regelingVerklaren();

    @Message
    String regelingGedaan();

    @Message
    String foutKiesEen();

    @Message
    String foutOndertekendDoor();

    @Message
    String foutOndertekendOp();

    @Message
    String foutVerklaringGeweigerd();

    @Message
    String foutVerklaringVolgorde();

    @Message
    String afdelingenTitel(String organisatie);

    @Message
    String afdelingenUitleg();

    @Message
    String afdelingenLeeg();

    @Message
    String afdelingenAantal(int aantal);

    @Message
    String kolomAfdeling();

    @Message
    String kolomCode();

    @Message
    String kolomActie();

    @Message
    String afdelingVerwijderen(String naam);

    @Message
    String afdelingToevoegenTitel();

    @Message
    String veldAfdelingNaam();

    @Message
    String uitlegAfdelingNaam();

    @Message
    String veldAfdelingCode();

    @Message
    String uitlegAfdelingCode();

    @Message
    String afdelingToevoegen();

    @Message
    String afdelingToegevoegd();

    @Message
    String afdelingVerwijderd();

    @Message
    String foutAfdelingNaam();

    @Message
    String foutAfdelingNaamBestaat();

    @Message
    String foutAfdelingCode();

    @Message
    String foutAfdelingCodeBestaat(String code);

    @Message
    String foutAfdelingenVol(int max);

    @Message
    String foutAfdelingGeweigerd();

    @Message
    String afdelingDienstWeg();

    @Message
    String naarAfdelingen();
}
