package nl.tweedekamer.meldpunt.melding.dossier.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.platform.config.SaneDates;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The audit trail for oversight by the platform administrator (domain.md §2: configuration, no case content). A line
 * holds ids, a role, an action and a time — no reference, no organisation, no content — so this view shows who
 * read or acted on which melding id and when, and nothing of what a melding says. Employers, HR, fractie
 * administrators, the commission and services get 403; the two parties of a melding read its own trail at
 * {@code /meldingen/{id}/audit}.
 */
@Path("/audit/meldingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Audit lines of all meldingen, newest first (ids, roles, actions, times; never content)")
    public List<AuditTrail.Entry> search(@QueryParam("meldingId") String meldingIdParam,
            @QueryParam("from") String fromParam, @QueryParam("until") String untilParam,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        // parsed here, so that a malformed value is a 400 naming the field rather than JAX-RS's bare 404
        UUID meldingId = parse("meldingId", meldingIdParam, UUID::fromString, "a melding id (UUID)");
        LocalDate from = fromParam == null ? null : SaneDates.parameter("from", fromParam);
        LocalDate until = untilParam == null ? null : SaneDates.parameter("until", untilParam);
        if (from != null && until != null && until.isBefore(from)) {
            throw ProblemException.invalidField("until", "must not be before from");
        }
        OffsetDateTime start = from == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : from.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = until == null ? OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : until.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return trail.search(meldingId, start, end, limit, caller.subject());
    }

    private static <T> T parse(String field, String value, java.util.function.Function<String, T> parser,
            String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            throw ProblemException.invalidField(field, "must be " + expected);
        }
    }
}
