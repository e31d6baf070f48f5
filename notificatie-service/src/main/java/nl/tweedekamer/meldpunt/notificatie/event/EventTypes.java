package nl.tweedekamer.meldpunt.notificatie.event;

/** The CloudEvents types this service consumes and produces (asyncapi.yaml). */
public final class EventTypes {
    // klacht.events.v1
    public static final String KLAAGSCHRIFT_INGEDIEND = "nl.tweedekamer.klacht.klaagschrift-ingediend.v1";
    public static final String ONTVANGST_BEVESTIGD = "nl.tweedekamer.klacht.ontvangst-bevestigd.v1";
    public static final String AANVULLING_GEVRAAGD = "nl.tweedekamer.klacht.aanvulling-gevraagd.v1";
    public static final String AANVULLING_ONTVANGEN = "nl.tweedekamer.klacht.aanvulling-ontvangen.v1";
    public static final String ONTVANKELIJKHEID_VASTGESTELD = "nl.tweedekamer.klacht.ontvankelijkheid-vastgesteld.v1";
    public static final String HOORZITTING_GEPLAND = "nl.tweedekamer.klacht.hoorzitting-gepland.v1";
    public static final String FEITENOVERZICHT_VERSTUURD = "nl.tweedekamer.klacht.feitenoverzicht-verstuurd.v1";
    public static final String ADVIES_UITGEBRACHT = "nl.tweedekamer.klacht.advies-uitgebracht.v1";
    public static final String BESLUIT_VERDAAGD = "nl.tweedekamer.klacht.besluit-verdaagd.v1";
    public static final String BESLUIT_GENOMEN = "nl.tweedekamer.klacht.besluit-genomen.v1";
    public static final String KLACHT_INGETROKKEN = "nl.tweedekamer.klacht.klacht-ingetrokken.v1";
    public static final String KLACHT_BEEINDIGD = "nl.tweedekamer.klacht.klacht-beeindigd.v1";
    public static final String TIJDELIJKE_VOORZIENING_GEVRAAGD = "nl.tweedekamer.klacht.tijdelijke-voorziening-gevraagd.v1";
    public static final String ONDERSCHRIJVING_GEVRAAGD = "nl.tweedekamer.klacht.onderschrijving-gevraagd.v1";
    public static final String TERMIJN_STAP = "nl.tweedekamer.klacht.termijn-stap.v1";
    public static final String BEWAARTERMIJN_VERLOOPT = "nl.tweedekamer.klacht.bewaartermijn-verloopt.v1";
    public static final String CONCEPT_VERVALT = "nl.tweedekamer.klacht.concept-vervalt.v1";
    public static final String KOPPELING_ONGEDAAN = "nl.tweedekamer.klacht.koppeling-ongedaan.v1";
    // melding.events.v1
    public static final String MELDING_ONTVANGEN = "nl.tweedekamer.melding.melding-ontvangen.v1";
    public static final String BERICHT_GEPLAATST = "nl.tweedekamer.melding.bericht-geplaatst.v1";
    public static final String DOSSIER_GESLOTEN = "nl.tweedekamer.melding.dossier-gesloten.v1";
    public static final String VERTROUWENSPERSOON_GEWISSELD = "nl.tweedekamer.melding.vertrouwenspersoon-gewisseld.v1";
    public static final String PATROONSIGNAAL = "nl.tweedekamer.melding.patroonsignaal.v1";
    // termijn.events.v1
    public static final String VERVALDATUM_BEREKEND = "nl.tweedekamer.termijn.vervaldatum-berekend.v1";
    // hr-status.<tenantid>.v1 (produced)
    public static final String HR_ADVIES_ONTVANGEN = "nl.tweedekamer.hr-status.advies-ontvangen.v1";
    public static final String HR_BESLUIT_VERWACHT = "nl.tweedekamer.hr-status.besluit-verwacht.v1";
    public static final String HR_BESLUIT_VERDAAGD = "nl.tweedekamer.hr-status.besluit-verdaagd.v1";
    public static final String HR_BESLUIT_GENOMEN = "nl.tweedekamer.hr-status.besluit-genomen.v1";
    public static final String HR_GESLOTEN = "nl.tweedekamer.hr-status.gesloten.v1";
    public static final String HR_AANTALLEN = "nl.tweedekamer.hr-status.aantallen.v1";

    private EventTypes() {
    }
}
