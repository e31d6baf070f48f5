package nl.tweedekamer.meldpunt.notificatie.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an internal contact lookup answers: the recipient's pseudonymous id and address (and, for case
 * lookups, their tenant). Anything else in the answer is never read. Never logged, never stored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String id, String email, String tenantId) {

    @Override
    public String toString() {
        return "Contact[id=" + id + "]";
    }
}
