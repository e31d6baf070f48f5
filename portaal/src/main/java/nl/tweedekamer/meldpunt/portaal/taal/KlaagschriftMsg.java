package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the complainant's klaagschrift (art 9): "Mijn klachten", the wizard's steps and the check page, Dutch
 * first ({@code messages/ks_nl.properties}), English second; templates use {@code {ks:key}}. A bundle of its own
 * because Quarkus generates broken bytecode for a bundle of more than 300 messages (3.34.1).
 */
@MessageBundle(value = "ks", locale = "nl")
public interface KlaagschriftMsg {

    @Message
    String mijnTitel();

    @Message
    String mijnUitleg();

    @Message
    String mijnVpUitleg();

    @Message
    String mijnConceptenKop();

    @Message
    String mijnGeenConcepten();

    @Message
    String mijnConcept(int nummer);

    @Message
    String mijnKlachtenKop();

    @Message
    String mijnGeenKlachten();

    @Message
    String mijnKlacht(String kenmerk);

    @Message
    String mijnIngediendOp(String datum);

    @Message
    String nieuweKlacht();

    @Message
    String conceptBewaard();

    @Message
    String alleenMedewerkers();

    @Message
    String lijstNietBeschikbaar();

    @Message
    String naarMijnKlachten();

    @Message
    String stapVan(int nummer, int aantal);

    @Message
    String stappenKop();

    @Message
    String stapHier();

    @Message
    String stapUitlegBewaren();

    @Message
    String stapSOORT();

    @Message
    String stapGEBEURD();

    @Message
    String stapWAAR_EN_WANNEER();

    @Message
    String stapGETUIGEN();

    @Message
    String stapKLAGER();

    @Message
    String stapAANGEKLAAGDE();

    @Message
    String stapSTAPPEN();

    @Message
    String stapBIJLAGEN();

    @Message
    String wijzigSOORT();

    @Message
    String wijzigGEBEURD();

    @Message
    String wijzigWAAR_EN_WANNEER();

    @Message
    String wijzigGETUIGEN();

    @Message
    String wijzigKLAGER();

    @Message
    String wijzigAANGEKLAAGDE();

    @Message
    String wijzigSTAPPEN();

    @Message
    String wijzigBIJLAGEN();

    @Message
    String verder();

    @Message
    String terug();

    @Message
    String bewaren();

    @Message
    String naarControle();

    @Message
    String kies();

    @Message
    String kiesOrganisatie();

    @Message
    String let();

    @Message
    String categorieVraag();

    @Message
    String categorieUitleg();

    @Message
    String categorieWerkdruk();

    @Message
    String categorieINTIMIDATIE();

    @Message
    String categorieINTIMIDATIEUitleg();

    @Message
    String categorieSEKSUELE_INTIMIDATIE();

    @Message
    String categorieSEKSUELE_INTIMIDATIEUitleg();

    @Message
    String categorieAGRESSIE_EN_GEWELD();

    @Message
    String categorieAGRESSIE_EN_GEWELDUitleg();

    @Message
    String categorieDISCRIMINATIE();

    @Message
    String categorieDISCRIMINATIEUitleg();

    @Message
    String categorieEXTREMISME();

    @Message
    String categorieEXTREMISMEUitleg();

    @Message
    String categorieSTALKEN();

    @Message
    String categorieSTALKENUitleg();

    @Message
    String categoriePESTEN();

    @Message
    String categoriePESTENUitleg();

    @Message
    String gedragVeld();

    @Message
    String gedragUitleg();

    @Message
    String plaatsVeld();

    @Message
    String plaatsUitleg();

    @Message
    String wanneerVeld();

    @Message
    String wanneerUitleg();

    @Message
    String eersteDatumVeld();

    @Message
    String eersteDatumUitleg();

    @Message
    String laatsteDatumVeld();

    @Message
    String laatsteDatumUitleg();

    @Message
    String getuigenVeld();

    @Message
    String getuigenUitleg();

    @Message
    String klagerUitleg();

    @Message
    String naamVeld();

    @Message
    String naamUitleg();

    @Message
    String adresVeld();

    @Message
    String adresUitleg();

    @Message
    String functieVeld();

    @Message
    String functieUitleg();

    @Message
    String emailVeld();

    @Message
    String emailUitleg();

    @Message
    String aangeklaagdeUitleg();

    @Message
    String aangeklaagdeWieNiet();

    @Message
    String aangeklaagdeSchrappen();

    @Message
    String aangeklaagdeNummer(int nummer);

    @Message
    String aangeklaagdeNieuw();

    @Message
    String aangeklaagdeNaamVeld();

    @Message
    String aangeklaagdeFunctieVeld();

    @Message
    String relatieVeld();

    @Message
    String relatieUitleg();

    @Message
    String relatieMEDEWERKER_FRACTIE();

    @Message
    String relatieMEDEWERKER_AMBTELIJK();

    @Message
    String relatieKAMERLID();

    @Message
    String relatieEXTERN();

    @Message
    String relatieOnbekend();

    @Message
    String werkgeverVeld();

    @Message
    String werkgeverUitleg();

    @Message
    String werktBij(String organisatie);

    @Message
    String werkgeverOnbekend();

    @Message
    String waarschuwingKamerlid();

    @Message
    String waarschuwingExtern();

    @Message
    String stappenVeld();

    @Message
    String stappenUitleg();

    @Message
    String bijlagenUitleg();

    @Message
    String bijlagenLijstKop();

    @Message
    String bijlagenGeen();

    @Message
    String bijlageRegel(String naam, long kb);

    @Message
    String bijlageVerwijderen();

    @Message
    String bestandVeld();

    @Message
    String bestandUitleg(int maxKb);

    @Message
    String bestandToevoegen();

    @Message
    String bijlageToegevoegd();

    @Message
    String bijlageVerwijderd();

    @Message
    String bijlagenNietTeLezen();

    @Message
    String controleTitel();

    @Message
    String controleStap();

    @Message
    String controleUitleg();

    @Message
    String compleet();

    @Message
    String ontbreektKop();

    @Message
    String ontbreektUitleg();

    @Message
    String ontbreektToch();

    @Message
    String mistCATEGORIE();

    @Message
    String mistGEDRAGING();

    @Message
    String mistPLAATS();

    @Message
    String mistTIJDSTIP();

    @Message
    String mistLAATSTE_DATUM();

    @Message
    String mistNAAM_KLAGER();

    @Message
    String mistADRES_KLAGER();

    @Message
    String mistFUNCTIE_KLAGER();

    @Message
    String mistAANGEKLAAGDE();

    @Message
    String mistONDERNOMEN_STAPPEN();

    @Message
    String nietIngevuld();

    @Message
    String geenGetuigen();

    @Message
    String waarschuwingJaar();

    @Message
    String geenVerklaringKop();

    @Message
    String indienenKop();

    @Message
    String indienenUitleg();

    @Message
    String indienenDaarna();

    @Message
    String ondertekeningVeld();

    @Message
    String ondertekeningUitleg(String datum);

    @Message
    String waarheidVeld();

    @Message
    String indienenKnop();

    @Message
    String foutTeLang();

    @Message
    String foutEmail();

    @Message
    String foutRelatie();

    @Message
    String foutRelatieAmbtelijk();

    @Message
    String foutRelatieFractie();

    @Message
    String foutWerkgever();

    @Message
    String foutWerkgeverOnbekend();

    @Message
    String foutAangeklaagdeNaam();

    @Message
    String foutLaatsteDatumNaIndienen();

    @Message
    String foutEersteNaLaatste();

    @Message
    String foutDatumInToekomst();

    @Message
    String foutDatum();

    @Message
    String foutOndertekening();

    @Message
    String foutOndertekeningDatum();

    @Message
    String foutWaarheid();

    @Message
    String foutCategorie();

    @Message
    String foutVeld();

    @Message
    String foutNietBereikbaar();

    @Message
    String foutNietBereikbaarIndienen();

    @Message
    String foutAlgemeen();

    @Message
    String foutAlIngediend();

    @Message
    String foutTeGroot();

    @Message
    String foutKamerlidKlager();

    @Message
    String foutOverKamerlid();

    @Message
    String foutBuitenRegeling();

    @Message
    String foutGeenVerklaringEigen();

    @Message
    String foutGeenVerklaringWerkgever();

    @Message
    String foutOrganisatieVertrekt();

    @Message
    String foutGeenBestand();

    @Message
    String foutBestandLeeg();

    @Message
    String foutBestandGroot(int maxKb);

    @Message
    String foutBestandSoort();

    @Message
    String foutBestandNaam();

    @Message
    String foutTeVeelBestanden();

    @Message
    String foutNieuwMislukt();

    @Message
    String mijnOverzichtTekst();

    @Message
    String mijnOverzichtLink();

    @Message
    String controlePlaats();

    @Message
    String controleWanneer();
}
