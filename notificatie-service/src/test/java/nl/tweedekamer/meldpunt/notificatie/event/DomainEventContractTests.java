package nl.tweedekamer.meldpunt.notificatie.event;

import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertIgnoresOnly;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertReadsOnlyContractFields;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.ignored;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * notificatie-service reads every klacht, melding and term event it consumes through one lenient record,
 * {@link DomainEvent}: each of its components (and those of {@code Accused} and {@code AdviceRecipient}) must be a
 * field of at least one consumed type in asyncapi.yaml, and every required field a type carries that the record does
 * not read is in the reviewed list below, so a producer adding or dropping one fails this test until someone decided
 * whether an email or an HR event should use it.
 *
 * <p>The reasons, one word each: {@code dates} an email names no date but the deletion day or the new advice term
 * ({@link DomainEvent#namedDate()}); {@code termijn} terms and their days are termijn-service's (the HR dates come
 * from {@code vervaldatum-berekend}); {@code lookup} addresses are asked by case role at send time, not by id;
 * {@code involvement} an employer is involved from the advice on (domain.md §1); {@code privacy} what a mail may not
 * name; {@code id} an id of klacht's or melding's own that no email or HR event shows.
 */
class DomainEventContractTests {

    private static final String KLACHT = "nl.tweedekamer.klacht.";
    private static final String MELDING = "nl.tweedekamer.melding.";
    private static final String TERMIJN = "nl.tweedekamer.termijn.";

    /** Per consumed type (without its prefix and version), the required fields {@link DomainEvent} ignores: why. */
    private static final Map<String, Map<String, String>> IGNORED = new TreeMap<>(Map.ofEntries(
            Map.entry(KLACHT + "klaagschrift-ingediend.v1", ignored("complainantId", "lookup",
                    "accusedEmployerTenantIds", "involvement", "handoverId", "id", "filedOn", "dates",
                    "completeOn", "termijn")),
            Map.entry(KLACHT + "ontvangst-bevestigd.v1", ignored("confirmedOn", "dates", "completeOn", "termijn")),
            Map.entry(KLACHT + "aanvulling-gevraagd.v1", ignored("requestId", "id", "requestedOn", "dates")),
            Map.entry(KLACHT + "aanvulling-ontvangen.v1", ignored("requestId", "id", "completeOn", "termijn")),
            Map.entry(KLACHT + "ontvankelijkheid-vastgesteld.v1", ignored()),
            Map.entry(KLACHT + "hoorzitting-gepland.v1", ignored("hearingId", "id", "hearingOn", "dates",
                    "documentsDueOn", "dates")),
            Map.entry(KLACHT + "feitenoverzicht-verstuurd.v1", ignored("sentOn", "dates", "correctionsDueOn", "dates")),
            Map.entry(KLACHT + "advies-uitgebracht.v1", ignored("issuedOn", "dates")),
            Map.entry(KLACHT + "besluit-verdaagd.v1", ignored("extendedOn", "dates", "extensionDays", "termijn")),
            Map.entry(KLACHT + "besluit-genomen.v1", ignored()),
            Map.entry(KLACHT + "klacht-ingetrokken.v1", ignored("withdrawnOn", "dates")),
            Map.entry(KLACHT + "klacht-beeindigd.v1", ignored("endDate", "termijn", "handoverId", "id")),
            Map.entry(KLACHT + "tijdelijke-voorziening-gevraagd.v1", ignored("requestId", "id", "requestedOn",
                    "dates")),
            Map.entry(KLACHT + "onderschrijving-gevraagd.v1", ignored("requestedOn", "dates")),
            Map.entry(KLACHT + "termijn-stap.v1", ignored("stepId", "id", "requestedOn", "dates", "extensionDays",
                    "termijn")),
            Map.entry(KLACHT + "bewaartermijn-verloopt.v1", ignored("retentionEnd", "dates")),
            Map.entry(KLACHT + "concept-vervalt.v1", ignored("lastChangedOn", "dates")),
            Map.entry(KLACHT + "koppeling-ongedaan.v1", ignored("accusedId", "privacy", "undoneOn", "dates")),
            Map.entry(MELDING + "melding-ontvangen.v1", ignored()),
            Map.entry(MELDING + "bericht-geplaatst.v1", ignored("messageId", "privacy", "postedAt", "dates")),
            Map.entry(MELDING + "dossier-gesloten.v1", ignored("closedOn", "dates", "handoverId", "id")),
            Map.entry(MELDING + "vertrouwenspersoon-gewisseld.v1", ignored("previousVertrouwenspersoonId", "lookup",
                    "changedOn", "dates")),
            Map.entry(MELDING + "patroonsignaal.v1", ignored("departmentCode", "privacy", "count", "privacy",
                    "sentOn", "dates")),
            Map.entry(TERMIJN + "vervaldatum-berekend.v1", ignored("termId", "id", "appointmentId", "id",
                    "extensionDaysTotal", "termijn", "decreeKnown", "termijn", "explanation", "termijn"))));

    @Test
    void everyFieldOfTheRecordIsAFieldOfAConsumedTypeIncludingTheNestedRecords() {
        assertReadsOnlyContractFields(DomainEvent.class, consumedTypes());
    }

    @Test
    void everyRequiredFieldLeftUnreadIsInTheReviewedList() {
        assertThat(IGNORED.keySet()).containsExactlyInAnyOrderElementsOf(consumedTypes());
        IGNORED.forEach((type, ignored) -> assertIgnoresOnly(DomainEvent.class, type, ignored));
    }

    /** The types of {@link EventTypes} this service consumes: all but the HR status it produces. */
    private static List<String> consumedTypes() {
        return Arrays.stream(EventTypes.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(DomainEventContractTests::value)
                .filter(type -> !type.startsWith("nl.tweedekamer.hr-status."))
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
