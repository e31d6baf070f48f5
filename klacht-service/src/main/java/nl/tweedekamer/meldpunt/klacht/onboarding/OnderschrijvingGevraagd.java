package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.LocalDate;
import java.util.UUID;

/** A rostered person is asked to confirm the declaration in force. Pseudonymous: no name, no address. */
public record OnderschrijvingGevraagd(String tenantId, UUID declarationId, UUID personId, LocalDate requestedOn) {

    public static final String TYPE = "nl.tweedekamer.klacht.onderschrijving-gevraagd.v1";
}
