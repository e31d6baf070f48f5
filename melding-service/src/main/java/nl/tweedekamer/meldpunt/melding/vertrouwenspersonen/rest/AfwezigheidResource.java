package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/** A vertrouwenspersoon's own absence: until when they are away, shown to melders beside their name. */
@Path("/vertrouwenspersoon/afwezigheid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VERTROUWENSPERSOON)
public class AfwezigheidResource {

    /** {@code until}: the last day away; null when present again. */
    public record Afwezigheid(LocalDate until) {
    }

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Until when you said you are away (absent today), or nothing")
    public Afwezigheid get() {
        return new Afwezigheid(vertrouwenspersonen.absentUntil(me()).orElse(null));
    }

    @PUT
    @Operation(summary = "Say until when you are away (a day from today to a year ahead), or null when back")
    public Afwezigheid put(@NotNull Afwezigheid afwezigheid) {
        return new Afwezigheid(vertrouwenspersonen.absentUntil(me(), afwezigheid.until()).orElse(null));
    }

    private UUID me() {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No appointment", "You are not appointed as a vertrouwenspersoon today.");
        }
    }
}
