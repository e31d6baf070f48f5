package nl.tweedekamer.meldpunt.melding;

import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertIgnoresOnly;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertReadsOnlyContractFields;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.ignored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.afsluiting.listener.TermijnVerstrekenListener;
import nl.tweedekamer.meldpunt.melding.afsluiting.listener.VernietigingsdatumListener;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.listener.CommissieListener;

/**
 * melding-service reads klacht-service's commission seats and termijn-service's T6 through the records of its
 * listeners: each names only fields its type's payload has in asyncapi.yaml, and every required field it leaves
 * unread is in the reviewed list below with the reason, so a producer adding or dropping a required field fails this
 * test until someone has looked at what it means here. (The tenant snapshots are read by tenant-replica, tested
 * there.)
 */
class ConsumedEventsContractTests {

    /** Each listener record, the type it is read from, and the required fields it ignores: why. */
    private static final Map<Class<?>, Reading> READS = new LinkedHashMap<>();

    static {
        reads(CommissieListener.class, "Benoemd", CommissieListener.BENOEMD,
                "function", "seat", // art 4.5: any seat on the commission excludes, whatever its function
                "side", "seat", // as above
                "reappointment", "renewal"); // a renewal repeats the appointment with its new last day: read alike
        reads(CommissieListener.class, "Ontslagen", CommissieListener.ONTSLAGEN,
                "function", "seat", // as above
                "side", "seat", // as above
                "reason", "ends"); // any reason ends the seat alike
        reads(TermijnVerstrekenListener.class, "TermijnVerstreken", TermijnVerstrekenListener.TYPE,
                "appointmentId", "T6", // only T6, which belongs to a melding (caseId), never to an appointment
                "employerTenantId", "T6", // as above
                "caseReference", "id", // the file is found by its id
                "dueOn", "lapse", // the lapse itself is the signal: the file goes now
                "lapsedOn", "lapse"); // as above
        reads(VernietigingsdatumListener.class, "VervaldatumBerekend", VernietigingsdatumListener.TYPE,
                "termId", "id", // the file is found by its melding id
                "appointmentId", "T6", // as above
                "employerTenantId", "T6", // as above
                "caseReference", "id", // as above
                "tenantId", "id", // as above; the event's own ce_tenantid scopes it
                "previousDueOn", "newest", // only the newest day is shown
                "reason", "newest", // as above
                "extensionDaysTotal", "termijn", // how the day was computed is termijn-service's
                "decreeKnown", "termijn", // as above
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
        assertThat(Stream.of(CommissieListener.class, TermijnVerstrekenListener.class, VernietigingsdatumListener.class)
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
