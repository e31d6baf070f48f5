package nl.tweedekamer.meldpunt.notificatie.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.tweedekamer.meldpunt.testing.TopicWriter;

/**
 * Puts contract-shaped events of klacht-, melding- and termijn-service on their topics: TopicWriter refuses a payload
 * asyncapi.yaml does not allow, so only {@link #klachtOffContract} sends one, on purpose.
 */
public final class Events {

    public static final String KLACHT = "klacht.events.v1";
    public static final String MELDING = "melding.events.v1";
    public static final String TERMIJN = "termijn.events.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** A fresh complaint reference such as K-2026-48213. */
    public static String reference(String prefix) {
        return prefix + "-2026-" + ThreadLocalRandom.current().nextInt(10000, 99999);
    }

    /** A fresh tenant id. */
    public static String tenant(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
    }

    public static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static UUID klacht(String event, UUID caseId, String tenantId, String reference, Map<String, Object> data) {
        return klacht(UUID.randomUUID(), event, caseId, tenantId, reference, data);
    }

    /** A klacht event; the payload's caseId, caseReference and tenantId are filled in; it must keep to the contract. */
    public static UUID klacht(UUID eventId, String event, UUID caseId, String tenantId, String reference,
            Map<String, Object> data) {
        return klacht(eventId, event, caseId, tenantId, reference, data, true);
    }

    /** A klacht event outside the contract, as a faulty producer might send it. */
    public static UUID klachtOffContract(String event, UUID caseId, String tenantId, String reference,
            Map<String, Object> data) {
        return klacht(UUID.randomUUID(), event, caseId, tenantId, reference, data, false);
    }

    /** TopicWriter holds a checked event against asyncapi.yaml: the tests feed what the producers may send. */
    private static UUID klacht(UUID eventId, String event, UUID caseId, String tenantId, String reference,
            Map<String, Object> data, boolean checked) {
        Map<String, Object> payload = fields("caseId", caseId.toString(), "caseReference", reference, "tenantId", tenantId);
        payload.putAll(data);
        String type = "nl.tweedekamer.klacht." + event + ".v1";
        return checked
                ? TopicWriter.send(KLACHT, caseId.toString(), eventId, "/meldpunt/klacht-service", type, tenantId,
                        reference, json(payload))
                : TopicWriter.sendOffContract(KLACHT, caseId.toString(), eventId, "/meldpunt/klacht-service", type,
                        tenantId, reference, json(payload));
    }

    public static UUID melding(String event, UUID meldingId, String tenantId, String reference, Map<String, Object> data) {
        Map<String, Object> payload = fields("meldingId", meldingId.toString(), "meldingReference", reference,
                "tenantId", tenantId);
        payload.putAll(data);
        return TopicWriter.send(MELDING, meldingId.toString(), "/meldpunt/melding-service",
                "nl.tweedekamer.melding." + event + ".v1", tenantId, reference, json(payload));
    }

    /** A VP sent the organisation a pattern signal; keyed and named by its signal id. */
    public static UUID patroonsignaal(UUID eventId, UUID signalId, String tenantId, String departmentCode, String count) {
        Map<String, Object> payload = fields("signalId", signalId.toString(), "tenantId", tenantId, "departmentCode",
                departmentCode, "count", count, "sentOn", "2026-11-12", "basis", "AFDELING", "periodYear", 2026);
        String type = "nl.tweedekamer.melding.patroonsignaal.v1";
        return TopicWriter.send(MELDING, signalId.toString(), eventId, "/meldpunt/melding-service", type, tenantId,
                signalId.toString(), json(payload));
    }

    /** klacht-service asked a rostered person to confirm the declaration in force; keyed by person id. */
    public static UUID onderschrijvingGevraagd(UUID eventId, String tenantId, UUID declarationId, UUID personId,
            String requestedOn) {
        Map<String, Object> payload = fields("tenantId", tenantId, "declarationId", declarationId.toString(),
                "personId", personId.toString(), "requestedOn", requestedOn);
        String type = "nl.tweedekamer.klacht.onderschrijving-gevraagd.v1";
        return TopicWriter.send(KLACHT, personId.toString(), eventId, "/meldpunt/klacht-service", type, tenantId,
                declarationId.toString(), json(payload));
    }

    /** klacht-service's notice that a draft klaagschrift will be deleted (domain.md §10.8): no reference, no subject. */
    public static UUID conceptVervalt(UUID draftId, String tenantId, String lastChangedOn, String deletionDueOn) {
        Map<String, Object> payload = fields("caseId", draftId.toString(), "tenantId", tenantId, "lastChangedOn",
                lastChangedOn, "deletionDueOn", deletionDueOn);
        String type = "nl.tweedekamer.klacht.concept-vervalt.v1";
        return TopicWriter.send(KLACHT, draftId.toString(), UUID.randomUUID(), "/meldpunt/klacht-service", type,
                tenantId, null, json(payload));
    }

    /** termijn-service computed a due date of an employer's decision term T5 for a complaint. */
    public static UUID dueDate(UUID caseId, String tenantId, String reference, String employerTenantId, String dueOn,
            String previousDueOn, String reason) {
        Map<String, Object> payload = fields("termId", UUID.randomUUID().toString(), "term", "T5", "tenantId", tenantId,
                "caseId", caseId.toString(), "caseReference", reference, "appointmentId", null,
                "employerTenantId", employerTenantId, "dueOn", dueOn, "previousDueOn", previousDueOn, "reason", reason,
                "extensionDaysTotal", 0, "decreeKnown", true,
                "explanation", "2027-01-05 + 4 weeks = 2027-02-02 (a Tuesday)");
        return TopicWriter.send(TERMIJN, caseId.toString(), "/meldpunt/termijn-service",
                "nl.tweedekamer.termijn.vervaldatum-berekend.v1", tenantId, reference, json(payload));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
