package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the vertrouwenspersoon's own pages (inbox, pattern signals, annual report), Dutch first
 * ({@code messages/vp_nl.properties}), English second; templates use {@code {vp:key}}. A bundle of its own because
 * Quarkus generates broken bytecode for a bundle of more than 300 messages (3.34.1).
 */
@MessageBundle(value = "vp", locale = "nl")
public interface VpMsg {

    @Message
    String inboxTitel();

    @Message
    String inboxTekst();

    @Message
    String inboxNieuw(String aantal);

    @Message
    String inboxWachtOpMij(String aantal);

    @Message
    String inboxWachtOpMelder(String aantal);

    @Message
    String inboxGesloten(String aantal);

    @Message
    String inboxLeeg();

    @Message
    String inboxAnoniem();

    @Message
    String inboxGeslotenOp(String datum);

    @Message
    String inboxAlleenVp();

    @Message
    String inboxNietBeschikbaar();

    @Message
    String mijnInboxTekst();

    @Message
    String mijnInboxLink();

    @Message
    String naarInbox();

    @Message
    String signalenTitel();

    @Message
    String signalenTekst();

    @Message
    String signalenGeen();

    @Message
    String signaalAfdeling(String organisatie, String afdeling);

    @Message
    String signaalPersoon(String organisatie, String afdeling);

    @Message
    String signaalAantal(String aantal);

    @Message
    String omvangVeld();

    @Message
    String omvangUitleg();

    @Message
    String adviesVeld();

    @Message
    String adviesUitleg();

    @Message
    String signaalVersturen();

    @Message
    String signaalVerstuurd();

    @Message
    String foutOmvang();

    @Message
    String foutAdviesLang();

    @Message
    String foutSignaal();

    @Message
    String mijnSignalenLink();

    @Message
    String mijnJaarverslagLink();

    @Message
    String jaarverslagTitel(String jaar);

    @Message
    String jaarverslagPool();

    @Message
    String jaarverslagEigen();

    @Message
    String jaarverslagKlein();

    @Message
    String jaarverslagMeldingen(String aantal);

    @Message
    String jaarverslagGesloten(String aantal);

    @Message
    String jaarverslagGeenInterventie(String aantal);

    @Message
    String jaarverslagUren(String uren);

    @Message
    String jaarverslagTotaal(String aantal);

    @Message
    String jaarverslagHerkomst();

    @Message
    String jaarverslagSoorten();

    @Message
    String jaarverslagCategorieen();

    @Message
    String jaarverslagRelaties();

    @Message
    String jaarverslagInterventies();

    @Message
    String jaarverslagStand();

    @Message
    String jaarverslagUitkomsten();

    @Message
    String jaarverslagJaren();

    @Message
    String jaarverslagGeenBenoeming();

    @Message
    String telefonischLink();

    @Message
    String telefonischTitel();

    @Message
    String telefonischTekst();

    @Message
    String telefonischGeenOrganisatie();

    @Message
    String organisatieVeld();

    @Message
    String organisatieUitleg();

    @Message
    String organisatieKies();

    @Message
    String foutOrganisatieKiezen();

    @Message
    String telefonischBeschrijving();

    @Message
    String telefonischBeschrijvingUitleg();

    @Message
    String telefonischVastleggen();

    @Message
    String telefonischOntvangenTitel();

    @Message
    String telefonischOntvangenTekst(String kenmerk);

    @Message
    String telefonischCodeDoorgeven();

    @Message
    String telefonischNaarMelding();

    @Message
    String afwezigheidTitel();

    @Message
    String afwezigheidTekst();

    @Message
    String afwezigheidNu(String datum);

    @Message
    String afwezigheidTerug();

    @Message
    String afwezigTotVeld();

    @Message
    String afwezigTotUitleg();

    @Message
    String afwezigheidOpslaan();

    @Message
    String afwezigheidOpgeslagen();

    @Message
    String foutAfwezigTot();
}
