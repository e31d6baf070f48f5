package nl.tweedekamer.meldpunt.termijn.contact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An address from an owning service's internal lookup, fetched at send time and never stored or logged. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String id, String email, String tenantId) {
}
