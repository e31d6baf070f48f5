package nl.tweedekamer.meldpunt.melding.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What every internal contact lookup of melding-service answers (schema {@code Contact} in
 * {@code META-INF/openapi/melding-internal.yaml}): the recipient's pseudonymous id (a VP's person id, a named
 * melder's subject) and the address to email now. melding-service answers with this record; termijn- and
 * notificatie-service read it through {@link MeldingContactClient}. The address is never stored, logged or put on
 * Kafka, so {@link #toString()} leaves it out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String id, String email) {

    @Override
    public String toString() {
        return "Contact[id=" + id + "]";
    }
}
