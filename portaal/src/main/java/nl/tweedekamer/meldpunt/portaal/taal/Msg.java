package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal: Dutch first ({@code messages/msg_nl.properties}), English second
 * ({@code messages/msg_en.properties}). Templates use {@code {msg:key}}; Java gets a localized instance from
 * {@link Taal#teksten()}. One method per key, so a missing translation fails the build.
 */
@MessageBundle(value = "msg", locale = "nl")
public interface Msg {

    @Message
    String site();

    @Message
    String naarInhoud();

    @Message
    String andereTaal();

    @Message
    String andereTaalCode();

    @Message
    String taalNaam();

    @Message
    String foutVoorvoegsel();

    @Message
    String hoofdmenu();

    @Message
    String voettekst();

    @Message
    String privacyLink();

    @Message
    String toegankelijkheidLink();

    @Message
    String startLink();

    @Message
    String acuutTitel();

    @Message
    String acuutTekst();

    @Message
    String zorgTekst();

    @Message
    String foutOverzichtTitel();

    @Message
    String foutOverzichtUitleg();

    @Message
    String startTitel();

    @Message
    String startIntro();

    @Message
    String meldingTitel();

    @Message
    String meldingTekst();

    @Message
    String klachtTitel();

    @Message
    String klachtTekst();

    @Message
    String vpTitel();

    @Message
    String vpIntro();

    @Message
    String vpPool();

    @Message
    String vpEigen();

    @Message
    String vpOnbekend();

    @Message
    String vpGeen();

    @Message
    String geenOrganisaties();

    @Message
    String anoniemTitel();

    @Message
    String anoniemStartTekst();

    @Message
    String anoniemStartLink();

    @Message
    String terugTitel();

    @Message
    String terugStartTekst();

    @Message
    String terugStartLink();

    @Message
    String inloggenTitel();

    @Message
    String inloggenStartTekst();

    @Message
    String inloggenLink();


    @Message
    String formulierIntro();

    @Message
    String anoniemTip();

    @Message
    String vpVeld();

    @Message
    String vpVeldUitleg();

    @Message
    String vpKies();

    @Message
    String soortVeld();

    @Message
    String soortONGEWENSTE_OMGANGSVORMEN();

    @Message
    String soortINTEGRITEITSVRAAG();

    @Message
    String soortADVIESVRAAG();

    @Message
    String soortNIET_GEHOORD_DOOR_LEIDINGGEVENDE();

    @Message
    String categorieVeld();

    @Message
    String categorieUitleg();

    @Message
    String categorieINTIMIDATIE();

    @Message
    String categorieSEKSUELE_INTIMIDATIE();

    @Message
    String categorieAGRESSIE_EN_GEWELD();

    @Message
    String categorieDISCRIMINATIE();

    @Message
    String categorieEXTREMISME();

    @Message
    String categorieSTALKEN();

    @Message
    String categoriePESTEN();

    @Message
    String relatieVeld();

    @Message
    String relatieUitleg();

    @Message
    String relatieCOLLEGA();

    @Message
    String relatieLEIDINGGEVENDE();

    @Message
    String relatieKAMERLID();

    @Message
    String relatieEXTERN();

    @Message
    String beschrijvingVeld();

    @Message
    String beschrijvingUitleg();

    @Message
    String versturen();

    @Message
    String ontvangenTitel();

    @Message
    String ontvangenTekst(String kenmerk);

    @Message
    String codeTitel();

    @Message
    String codeBelangrijk();

    @Message
    String codeBewaren();

    @Message
    String codeAntwoord();

    @Message
    String afdrukkenKnop();

    @Message
    String afdrukkenWaarschuwing();

    @Message
    String afdrukkenTitel();

    @Message
    String afdrukkenUitleg();

    @Message
    String codeVeld();

    @Message
    String codeVeldUitleg();

    @Message
    String openen();

    @Message
    String gesprekTitel();

    @Message
    String gesprekKenmerk(String kenmerk);

    @Message
    String gesprekOntvangen(String datum);

    @Message
    String gesprekVp(String naam);

    @Message
    String gesprekGesloten(String datum);

    @Message
    String gesprekUwMelding();

    @Message
    String gesprekBerichten();

    @Message
    String gesprekGeenBerichten();

    @Message
    String berichtVanMelder(String moment);

    @Message
    String berichtVanVp(String moment);

    @Message
    String berichtSluiting();

    @Message
    String antwoordVeld();

    @Message
    String antwoordUitleg();

    @Message
    String antwoordVersturen();

    @Message
    String antwoordVerstuurd();

    @Message
    String sluitenTip();

    @Message
    String privacyTitel();

    @Message
    String privacyTekst1();

    @Message
    String privacyTekst2();

    @Message
    String privacyTekst3();

    @Message
    String privacyNogNiet();

    @Message
    String toegankelijkheidTitel();

    @Message
    String toegankelijkheidTekst1();

    @Message
    String toegankelijkheidTekst2();

    @Message
    String toegankelijkheidTekst3();

    @Message
    String foutVp();

    @Message
    String foutSoort();

    @Message
    String foutCategorie();

    @Message
    String foutCategorieNiet();

    @Message
    String foutRelatie();

    @Message
    String foutBeschrijving();

    @Message
    String foutBeschrijvingLang();

    @Message
    String foutCode();

    @Message
    String foutCodeOnbekend();

    @Message
    String foutAntwoord();

    @Message
    String foutAntwoordLang();

    @Message
    String foutTeVaak(String minuten);

    @Message
    String foutNietBereikbaar();

    @Message
    String foutOrganisatie();

    @Message
    String foutAlgemeen();

    @Message
    String foutFormulierVerlopen();

    @Message
    String verlopenTitel();

    @Message
    String uitloggenLink();

    @Message
    String uitloggenTitel();

    @Message
    String uitloggenTekst();

    @Message
    String mijnLink();

    @Message
    String mijnTitel();

    @Message
    String mijnIngelogdAls(String naam);

    @Message
    String mijnNogNiets();

    @Message
    String mijnVerklaringTekst();

    @Message
    String mijnVerklaringLink();

    @Message
    String verklaringTitel();

    @Message
    String verklaringTekstTitel();

    @Message
    String verklaringTekst(String datum, String versie);

    @Message
    String verklaringOptieHandboek();

    @Message
    String verklaringOptieContract();

    @Message
    String verklaringOptieEigenBesluit();

    @Message
    String verklaringBetekenis();

    @Message
    String verklaringOnderschrijven();

    @Message
    String verklaringNetOnderschreven();

    @Message
    String verklaringOnderschrevenOp(String moment);

    @Message
    String verklaringAlleenMedewerkers();

    @Message
    String verklaringGeen();

    @Message
    String verklaringVervangen();

    @Message
    String verklaringNietBeschikbaar();

    @Message
    String verklaringDienstWeg();

    @Message
    String mijnMeldingenTitel();

    @Message
    String mijnMeldingenTekst();

    @Message
    String mijnMeldingenLink();

    @Message
    String mijnMeldingenGeen();

    @Message
    String mijnMeldingenAlleenMedewerkers();

    @Message
    String mijnMeldingenNietBeschikbaar();

    @Message
    String mijnMeldingKenmerk(String kenmerk);

    @Message
    String mijnMeldingOntvangen(String datum);

    @Message
    String mijnMeldingOpen();

    @Message
    String mijnMeldingGesloten();

    @Message
    String mijnMeldingAntwoord();

    @Message
    String nieuweMeldingLink();

    @Message
    String nieuweMeldingTitel();

    @Message
    String nieuweMeldingTekst();

    @Message
    String nieuweMeldingVpUitleg();

    @Message
    String nieuweMeldingGeenVp();

    @Message
    String naarMijnMeldingen();

    @Message
    String bereikbaarTitel();

    @Message
    String bereikbaarTekst();

    @Message
    String naamVeld();

    @Message
    String naamUitleg();

    @Message
    String emailVeld();

    @Message
    String emailUitleg();

    @Message
    String telefoonVeld();

    @Message
    String telefoonUitleg();

    @Message
    String emailGewenstVeld();

    @Message
    String foutNaamLang();

    @Message
    String foutEmail();

    @Message
    String foutEmailNodig();

    @Message
    String foutTelefoon();

    @Message
    String meldingAnoniem();

    @Message
    String meldingMetNaam();

    @Message
    String meldingVernietigd(String datum);

    @Message
    String meldingOvergedragen();

    @Message
    String meldingDeMelderSchreef();

    @Message
    String meldingNogGeenBerichten();

    @Message
    String meldingNietGevondenTitel();

    @Message
    String meldingNietGevondenTekst();

    @Message
    String meldingWegTitel();

    @Message
    String meldingWegTekst();

    @Message
    String gedaan_verstuurd();

    @Message
    String gedaan_bericht();

    @Message
    String gedaan_bijlage();

    @Message
    String meldingVernietigingNaKlacht();

    @Message
    String gedaan_concept();

    @Message
    String gedaan_verstuurd_zonder_bijlage();

    @Message
    String gedaan_toestemming();

    @Message
    String gedaan_ingetrokken();

    @Message
    String gedaan_interventie();

    @Message
    String gedaan_overgedragen();

    @Message
    String gedaan_gesloten();

    @Message
    String berichtVanDeMelder(String moment);

    @Message
    String berichtVanU(String moment);

    @Message
    String berichtVeld();

    @Message
    String berichtUitlegVp();

    @Message
    String toestemmingTitel();

    @Message
    String toestemmingUitleg();

    @Message
    String toestemmingUitlegVp();

    @Message
    String toestemmingVraagBEMIDDELING();

    @Message
    String toestemmingVraagDOORVERWIJZING_MET_GEGEVENS();

    @Message
    String toestemmingVraagOVERDRACHT_KLACHT();

    @Message
    String toestemmingVraagPATROONSIGNAAL();

    @Message
    String toestemmingGegeven();

    @Message
    String toestemmingNiet();

    @Message
    String toestemmingGeven();

    @Message
    String toestemmingIntrekken();

    @Message
    String interventiesTitel();

    @Message
    String interventiesGeen();

    @Message
    String interventieUren(String uren);

    @Message
    String interventieGedeeld();

    @Message
    String interventiesTotaal(String uren);

    @Message
    String interventieVeld();

    @Message
    String interventieUitleg();

    @Message
    String interventieGEHOORD();

    @Message
    String interventieSTEUNENDE_GESPREKKEN();

    @Message
    String interventieANALYSE_MET_HANDVATTEN();

    @Message
    String interventieDOORVERWIJZING();

    @Message
    String interventieBEGELEIDING();

    @Message
    String interventieBEMIDDELING();

    @Message
    String interventieGEEN_INTERVENTIE_OP_VERZOEK_MELDER();

    @Message
    String urenVeld();

    @Message
    String urenUitleg();

    @Message
    String gedeeldVeld();

    @Message
    String notitieVeld();

    @Message
    String notitieUitleg();

    @Message
    String interventieVastleggen();

    @Message
    String overdrachtTitel();

    @Message
    String overdrachtTekst();

    @Message
    String overdrachtKnop();

    @Message
    String overdrachtZonderToestemming();

    @Message
    String sluitenTitel();

    @Message
    String sluitenTekst();

    @Message
    String uitkomstVeld();

    @Message
    String uitkomstOPGELOST();

    @Message
    String uitkomstANDERE_WERKPLEK();

    @Message
    String uitkomstDOOR_MELDER_OPGELOST();

    @Message
    String uitkomstJURIDISCH_ADVIES();

    @Message
    String uitkomstONBEKEND();

    @Message
    String uitkomstKLACHT_INGEDIEND();

    @Message
    String bevestigingVeld();

    @Message
    String bevestigingUitleg();

    @Message
    String sluitenKnop();

    @Message
    String inzageTitel();

    @Message
    String inzageLink();

    @Message
    String inzageTekst();

    @Message
    String inzageTerug();

    @Message
    String inzageWieMELDER();

    @Message
    String inzageWieVERTROUWENSPERSOON();

    @Message
    String inzageWieSERVICE();

    @Message
    String inzageWieSYSTEEM();

    @Message
    String inzageWiePLATFORM_BEHEERDER();

    @Message
    String inzageWatRECEIVED();

    @Message
    String inzageWatREAD();

    @Message
    String inzageWatMESSAGE_POSTED();

    @Message
    String inzageWatCONSENT_GIVEN();

    @Message
    String inzageWatCONSENT_WITHDRAWN();

    @Message
    String inzageWatINTERVENTION_RECORDED();

    @Message
    String inzageWatHANDED_OVER();

    @Message
    String inzageWatCLOSED();

    @Message
    String inzageWatCONTACT_LOOKED_UP();

    @Message
    String inzageWatREASSIGNED();

    @Message
    String inzageWatDESTROYED();

    @Message
    String inzageWatPERSON_NAMED();

    @Message
    String inzageWatAUDIT_READ();

    @Message
    String foutInterventie();

    @Message
    String foutUren();

    @Message
    String foutNotitieLang();

    @Message
    String foutUitkomst();

    @Message
    String foutBevestiging();

    @Message
    String foutAfgesloten();

    @Message
    String foutGeenToestemming();

    @Message
    String foutAlOvergedragen();

    @Message
    String foutAnoniemOverdragen();

    @Message
    String foutStapNietMogelijk();

    @Message
    String meldingPaginaTitel(String kenmerk);

    @Message
    String toestemmingTitelVp();

    @Message
    String meldingOvergedragenMelder();

    @Message
    String afdelingVeld();

    @Message
    String afdelingUitleg();

    @Message
    String afdelingWeetNiet();

    @Message
    String foutAfdeling();

    @Message
    String meldingAfdeling(String naam);

    @Message
    String herkomstFRACTIE();

    @Message
    String herkomstAMBTELIJKE_ORGANISATIE();

    @Message
    String standIN_BEHANDELING();

    @Message
    String standAFGEROND_MET_RESULTAAT();

    @Message
    String standAFGEROND_RESULTAAT_ONBEKEND();

    @Message
    String vpAfwezig(String datum);
}
