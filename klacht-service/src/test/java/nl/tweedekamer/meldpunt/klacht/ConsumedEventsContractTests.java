package nl.tweedekamer.meldpunt.klacht;

import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertIgnoresOnly;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertReadsOnlyContractFields;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.ignored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.commissie.listener.VertrouwenspersoonListener;
import nl.tweedekamer.meldpunt.klacht.procedure.listener.OverdrachtListener;
import nl.tweedekamer.meldpunt.klacht.procedure.listener.VervaldatumListener;

/**
 * klacht-service reads melding-service's VP appointments and hand-overs and termijn-service's due dates through the
 * records of its listeners: each names only fields its type's payload has in asyncapi.yaml, and every required field
 * it leaves unread is in the reviewed list below with the reason, so a producer adding or dropping a required field
 * fails this test until someone has looked at what it means here.
 */
class ConsumedEventsContractTests {

    private static final String MELDING = "nl.tweedekamer.melding.";

    /** Each listener record, the type it is read from, and the required fields it ignores: why. */
    private static final Map<Class<?>, Reading> READS = new LinkedHashMap<>();

    static {
        reads(VertrouwenspersoonListener.class, "Benoemd", MELDING + "vertrouwenspersoon-benoemd.v1");
        reads(VertrouwenspersoonListener.class, "Ontslagen", MELDING + "vertrouwenspersoon-ontslagen.v1");
        reads(OverdrachtListener.class, "OverdrachtNaarKlachtGevraagd", OverdrachtListener.TYPE);
        reads(VervaldatumListener.class, "VervaldatumBerekend", VervaldatumListener.TYPE,
                "appointmentId", "cases", // only a complaint's terms are copied, never an appointment's
                "previousDueOn", "newest", // the copy keeps the newest due date only (art 13.3 asks for that one)
                "reason", "newest", // as above
                "decreeKnown", "termijn", // how the date was computed is termijn-service's to show
                "explanation", "termijn"); // as above
    }

    @Test
    void everyListenerRecordNamesOnlyFieldsOfItsEventInTheContract() {
        READS.forEach((record, reading) -> assertReadsOnlyContractFields(record, reading.type()));
    }

    @Test
    void everyRequiredFieldLeftUnreadIsInTheReviewedList() {
        READS.forEach((record, reading) -> assertIgnoresOnly(record, reading.type(), reading.ignored()));
    }

    @Test
    void everyRecordOfTheConsumingListenersIsMappedToItsEventType() {
        assertThat(Stream.of(VertrouwenspersoonListener.class, OverdrachtListener.class, VervaldatumListener.class)
                .flatMap(listener -> Arrays.stream(listener.getDeclaredClasses())).filter(Class::isRecord))
                .containsExactlyInAnyOrderElementsOf(READS.keySet());
    }

    private static void reads(Class<?> listener, String record, String type, String... ignoredFieldAndWhy) {
        Class<?> recordClass = Arrays.stream(listener.getDeclaredClasses())
                .filter(c -> c.getSimpleName().equals(record)).findFirst()
                .orElseThrow(() -> new AssertionError(listener.getSimpleName() + " has no record " + record));
        READS.put(recordClass, new Reading(type, ignored(ignoredFieldAndWhy)));
    }

    private record Reading(String type, Map<String, String> ignored) {
    }
}
