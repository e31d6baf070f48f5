package nl.tweedekamer.meldpunt.klacht.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What every internal contact lookup of klacht-service answers (schemas {@code Contact} and {@code PartyContact} in
 * {@code META-INF/openapi/klacht-internal.yaml}): the recipient's id (a person id; for an organisation its tenant id,
 * for the platform administrators {@code platform-administrators}), the address to email now and, only on the
 * lookups of a case's parties ({@code /internal/cases/{caseId}/contacts/{party}}), the tenant the person belongs to
 * in that case (their employer's, for the accused and the deciders). Elsewhere {@code tenantId} is null and left out
 * of the JSON. klacht-service answers with this record; termijn- and notificatie-service read it through
 * {@link KlachtContactClient}. The address is never stored, logged or put on Kafka, so {@link #toString()} leaves it
 * out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String id, String email, @JsonInclude(JsonInclude.Include.NON_NULL) String tenantId) {

    /** A contact outside a case: no tenant. */
    public Contact(String id, String email) {
        this(id, email, null);
    }

    @Override
    public String toString() {
        return "Contact[id=" + id + (tenantId == null ? "" : ", tenantId=" + tenantId) + "]";
    }
}
