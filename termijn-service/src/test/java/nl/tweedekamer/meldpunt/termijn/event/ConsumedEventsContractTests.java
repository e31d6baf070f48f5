package nl.tweedekamer.meldpunt.termijn.event;

import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertIgnoresOnly;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertReadsOnlyContractFields;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.ignored;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.AanvullingGevraagd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.AanvullingOntvangen;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.AdviesUitgebracht;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.BeslisserBenoemd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.BesluitGenomen;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.CommissielidBenoemd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.CommissielidOntslagen;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.DossierGesloten;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.DossierVernietigd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.KlaagschriftIngediend;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.KlachtBeeindigd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.KlachtIngetrokken;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.OntvangstBevestigd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.OntvankelijkheidVastgesteld;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.OverdrachtVoltooid;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.TermijnStapEvent;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.VertrouwenspersoonBenoemd;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.VertrouwenspersoonGewisseld;
import nl.tweedekamer.meldpunt.termijn.event.ConsumedEvents.VertrouwenspersoonOntslagen;

/**
 * termijn-service reads klacht- and melding-service's events through the records of {@link ConsumedEvents}: each
 * record names only fields its type's payload has in asyncapi.yaml, and every required field it leaves unread is in
 * the reviewed list below with the reason, so a producer adding or dropping a required field fails this test until
 * someone has looked at what it means for the terms.
 */
class ConsumedEventsContractTests {

    /** Each record, the type it is read from (the listeners' switch), and the required fields it ignores: why. */
    private static final Map<Class<?>, Reading> READS = new LinkedHashMap<>();

    static {
        reads(KlaagschriftIngediend.class, ConsumedEvents.KLAAGSCHRIFT_INGEDIEND,
                "complainantId", "lookup", // reminders ask klacht-service for the complainant by case role
                "accusedEmployerTenantIds", "advice"); // T5's employers come from advies-uitgebracht
        reads(OntvangstBevestigd.class, ConsumedEvents.ONTVANGST_BEVESTIGD);
        reads(AanvullingGevraagd.class, ConsumedEvents.AANVULLING_GEVRAAGD);
        reads(AanvullingOntvangen.class, ConsumedEvents.AANVULLING_ONTVANGEN);
        reads(OntvankelijkheidVastgesteld.class, ConsumedEvents.ONTVANKELIJKHEID_VASTGESTELD,
                "accused", "notificatie"); // the copy to the accused (art 10.3) runs no term
        reads(AdviesUitgebracht.class, ConsumedEvents.ADVIES_UITGEBRACHT);
        reads(BeslisserBenoemd.class, ConsumedEvents.BESLISSER_BENOEMD);
        reads(BesluitGenomen.class, ConsumedEvents.BESLUIT_GENOMEN);
        reads(KlachtIngetrokken.class, ConsumedEvents.KLACHT_INGETROKKEN);
        reads(KlachtBeeindigd.class, ConsumedEvents.KLACHT_BEEINDIGD);
        reads(TermijnStapEvent.class, ConsumedEvents.TERMIJN_STAP);
        reads(CommissielidBenoemd.class, ConsumedEvents.COMMISSIELID_BENOEMD,
                "side", "seat"); // a seat is read by its function only
        reads(CommissielidOntslagen.class, ConsumedEvents.COMMISSIELID_ONTSLAGEN,
                "side", "seat", // as above
                "reason", "ends"); // any reason ends the seat alike
        reads(DossierGesloten.class, ConsumedEvents.DOSSIER_GESLOTEN);
        reads(DossierVernietigd.class, ConsumedEvents.DOSSIER_VERNIETIGD);
        reads(VertrouwenspersoonBenoemd.class, ConsumedEvents.VP_BENOEMD);
        reads(VertrouwenspersoonOntslagen.class, ConsumedEvents.VP_ONTSLAGEN);
        reads(OverdrachtVoltooid.class, ConsumedEvents.OVERDRACHT_VOLTOOID,
                "filesHandedOver", "count"); // T7 closes on completion, whatever the number
        reads(VertrouwenspersoonGewisseld.class, ConsumedEvents.VP_GEWISSELD,
                "meldingReference", "key", // T6 is found by the melding id
                "previousVertrouwenspersoonId", "successor", // the warning goes to the new VP only
                "reason", "moves"); // art 4.3 or 5.7: T6 moves alike
    }

    @Test
    void everyRecordNamesOnlyFieldsOfItsEventInTheContract() {
        READS.forEach((record, reading) -> assertReadsOnlyContractFields(record, reading.type()));
    }

    @Test
    void everyRequiredFieldLeftUnreadIsInTheReviewedList() {
        READS.forEach((record, reading) -> assertIgnoresOnly(record, reading.type(), reading.ignored()));
    }

    @Test
    void everyConsumedRecordIsMappedToItsEventType() {
        Set<Class<?>> records = Arrays.stream(ConsumedEvents.class.getDeclaredClasses()).filter(Class::isRecord)
                .collect(Collectors.toSet());
        assertEquals(records, READS.keySet(), "a record of ConsumedEvents without its type here, or the reverse");
    }

    private static void reads(Class<?> record, String type, String... ignoredFieldAndWhy) {
        READS.put(record, new Reading(type, ignored(ignoredFieldAndWhy)));
    }

    private record Reading(String type, Map<String, String> ignored) {
    }
}
