package nl.tweedekamer.meldpunt.termijn.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/**
 * Puts the events of klacht- and melding-service on their topics exactly as asyncapi.yaml shapes them
 * (every required field), so termijn-service is tested against the contract rather than against a producer:
 * TopicWriter refuses any other payload, except through {@link Zaak#sendOffContract}, on purpose.
 */
public final class Events {

    public static final String KLACHT = "/meldpunt/klacht-service";
    public static final String MELDING = "/meldpunt/melding-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** A complaint under test: its id, reference and tenant. */
    public record Zaak(UUID caseId, String reference, String tenantId) {

        public static Zaak nieuw(String tenantId) {
            return new Zaak(UUID.randomUUID(), "K-2027-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                    tenantId);
        }

        /** The payload fields every complaint event starts with. */
        public Map<String, Object> fields(Object... more) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("caseId", caseId.toString());
            map.put("caseReference", reference);
            map.put("tenantId", tenantId);
            for (int i = 0; i < more.length; i += 2) {
                map.put((String) more[i], more[i + 1]);
            }
            return map;
        }

        public UUID send(String event, Object... fields) {
            return klacht(caseId.toString(), event, tenantId, reference, fields(fields));
        }

        /**
         * klacht-service's filing of a klaagschrift that meets art 9.1 on {@code on} (T3 runs from it, art 10.1) and
         * the secretary's confirmation of receipt the same day (art 9.4), which closes its reminder term; returns once
         * that term is closed, so no reminder of it can reach a test's mailbox.
         */
        public void filedComplete(String on) {
            send("klaagschrift-ingediend", "declarationId", UUID.randomUUID().toString(),
                    "complainantId", UUID.randomUUID().toString(),
                    "accusedEmployerTenantIds", java.util.List.of(tenantId), "handoverId", null, "filedOn", on,
                    "completeOn", on);
            send("ontvangst-bevestigd", "confirmedOn", on, "completeOn", on);
            Terms.awaitTerm(caseId, nl.tweedekamer.meldpunt.termijn.TermijnRegel.ONTVANGSTBEVESTIGING,
                    t -> !t.state.isRunning());
        }

        /**
         * An event carrying fields outside asyncapi.yaml, as a faulty producer might send it; unchecked, only for a
         * test of what termijn-service does with such an event.
         */
        public UUID sendOffContract(String event, Object... fields) {
            return TopicWriter.sendOffContract(Topics.KLACHT_EVENTS, caseId.toString(), KLACHT,
                    "nl.tweedekamer.klacht." + event + ".v1", tenantId, reference, json(fields(fields)));
        }

        /** The same event id again: a redelivery. */
        public UUID resend(UUID eventId, String event, Object... fields) {
            return TopicWriter.send(Topics.KLACHT_EVENTS, caseId.toString(), eventId, KLACHT,
                    "nl.tweedekamer.klacht." + event + ".v1", tenantId, reference, json(fields(fields)));
        }
    }

    public static UUID klacht(String key, String event, String tenantId, String subject, Map<String, Object> payload) {
        return TopicWriter.send(Topics.KLACHT_EVENTS, key, KLACHT, "nl.tweedekamer.klacht." + event + ".v1", tenantId,
                subject, json(payload));
    }

    /** A complaint event outside asyncapi.yaml, as a faulty producer might send it; unchecked, on purpose. */
    public static UUID klachtOffContract(String key, String event, String tenantId, String subject, String json) {
        return TopicWriter.sendOffContract(Topics.KLACHT_EVENTS, key, KLACHT, "nl.tweedekamer.klacht." + event + ".v1",
                tenantId, subject, json);
    }

    public static UUID melding(String key, String event, String tenantId, String subject, Map<String, Object> payload) {
        return TopicWriter.send(Topics.MELDING_EVENTS, key, MELDING, "nl.tweedekamer.melding." + event + ".v1", tenantId,
                subject, json(payload));
    }

    public static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
