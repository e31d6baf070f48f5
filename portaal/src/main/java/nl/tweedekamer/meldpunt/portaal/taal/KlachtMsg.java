package nl.tweedekamer.meldpunt.portaal.taal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the complaint pages (the commission's worklist, a complaint's page), Dutch first
 * ({@code messages/klacht_nl.properties}), English second; templates use {@code {klacht:key}}. A bundle of its own
 * because Quarkus generates broken bytecode for a bundle of more than 300 messages (3.34.1).
 */
@MessageBundle(value = "klacht", locale = "nl")
public interface KlachtMsg {

    @Message
    String werklijstTitel();

    @Message
    String werklijstTekst();

    @Message
    String werklijstGeen();

    @Message
    String werklijstNietBeschikbaar();

    @Message
    String werklijstTermijnenNietBeschikbaar();

    @Message
    String werklijstAlleenCommissie();

    @Message
    String werklijstKlacht(String kenmerk);


    @Message
    String werklijstVerstreken(String datum, String omschrijving);

    @Message
    String werklijstVolgende(String omschrijving, String datum);

    @Message
    String werklijstOpgeschort(String omschrijving);

    @Message
    String werklijstGeenTermijn();

    @Message
    String mijnCommissieTitel();

    @Message
    String mijnCommissieTekst();

    @Message
    String mijnCommissieLink();

    @Message
    String klachtTitel(String kenmerk);

    @Message
    String stand();

    @Message
    String klachtIngediendOp(String datum);

    @Message
    String klachtVolgendeStapKop();

    @Message
    String uitnodigingKop();

    @Message
    String uitnodigingOp(String dag);

    @Message
    String uitnodigingOpOm(String dag, String tijd);

    @Message
    String uitnodigingPlaats(String plaats);

    @Message
    String uitnodigingSamen();

    @Message
    String uitnodigingApart();

    @Message
    String uitnodigingGenodigden(String wie);

    @Message
    String uitnodigingStukken(String dag);

    @Message
    String klachtSamenstellingKop();

    @Message
    String klachtSamenstellingTekst();

    @Message
    String klachtSamenstellingNogNiet();

    @Message
    String zetelVoorzitter(String naam);

    @Message
    String zetelLidAmbtelijk(String naam);

    @Message
    String zetelLidPolitiek(String naam);

    @Message
    String zetelLid(String naam);


    @Message
    String klachtAktenKop();

    @Message
    String akteOntvangstbevestiging();

    @Message
    String akteAdvies();

    @Message
    String akteBesluit();

    @Message
    String klachtNaarWerklijst();

    @Message
    String faseConcept();

    @Message
    String faseIngediend();

    @Message
    String faseOntvangen();

    @Message
    String faseAanvullingGevraagd();

    @Message
    String faseOntvankelijk();

    @Message
    String faseHoorzittingGepland();

    @Message
    String faseGehoord();

    @Message
    String faseFeitenoverzicht();

    @Message
    String faseAdviesVastgesteld();

    @Message
    String faseAdviesUitgebracht();

    @Message
    String faseNietOntvankelijk();

    @Message
    String faseBeeindigd();

    @Message
    String faseOnbekend();

    @Message
    String stapConcept();

    @Message
    String stapOntvangst();

    @Message
    String stapOntvangstUw();

    @Message
    String stapOntvankelijkheid();

    @Message
    String stapOntvankelijkheidDatum(String datum);

    @Message
    String stapOntvankelijkheidUw();

    @Message
    String stapOntvankelijkheidUwDatum(String datum);

    @Message
    String stapAanvulling();

    @Message
    String stapAanvullingDatum(String datum);

    @Message
    String stapAanvullingUw();

    @Message
    String stapAanvullingUwDatum(String datum);

    @Message
    String stapAdvies();

    @Message
    String stapAdviesDatum(String datum);

    @Message
    String stapAdviesUw();

    @Message
    String stapAdviesUwDatum(String datum);

    @Message
    String stapBesluit();

    @Message
    String stapBesluitDatum(String datum);

    @Message
    String stapBesluitUw();

    @Message
    String stapBesluitUwDatum(String datum);

    @Message
    String stapNietOntvankelijk();

    @Message
    String stapBeeindigd();

    @Message
    String stapBeeindigdDatum(String datum);

    @Message
    String stapOnbekend();

    @Message
    String agendaTitel();

    @Message
    String agendaUitleg();

    @Message
    String agendaNieuw();

    @Message
    String agendaLinkLabel();

    @Message
    String agendaIngetrokken();

    @Message
    String agendaLijstKop();

    @Message
    String agendaGeen();

    @Message
    String agendaGemaakt(String moment);

    @Message
    String agendaIntrekken(String moment);

    @Message
    String agendaMaken();

    @Message
    String agendaNaarWerklijst();

    @Message
    String mijnAgendaLink();

    /** Where a draft's page (the link of the mail before a draft lapses) leads its author on. */
    @Message
    String klachtConceptVerder();
}
