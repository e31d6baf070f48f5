package nl.tweedekamer.meldpunt.melding.signalen.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.signalen.service.Patroonsignalen;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/** A VP's pattern signals: what the system proposes, and sending one to the employer (counts only). */
@Path("/vertrouwenspersoon/patroonsignalen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VERTROUWENSPERSOON)
public class PatroonsignaalResource {

    /**
     * A department signal names {@code tenantId} and {@code departmentCode}; a signal about one person names
     * {@code basis: PERSOON} and the {@code meldingId} of the proposal (the department is that melding's). {@code advice}: the VP's general advice
     * to the employer, in their own words (optional; it must not identify anyone).
     */
    public record SendBody(Patroonsignalen.Basis basis, @Size(max = 64) String tenantId,
            @Size(max = 64) String departmentCode, UUID meldingId, @Min(1) Integer unitSize,
            @Size(max = 4000) String advice) {
    }

    @Inject
    Patroonsignalen signalen;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Departments of your meldingen where a pattern shows (counts only)")
    public List<Patroonsignalen.Proposal> proposals() {
        return signalen.proposalsFor(me());
    }

    @POST
    @Operation(summary = "Send an anonymised pattern signal: only for a unit large enough, or with every melder's consent")
    public Response send(@Valid @NotNull SendBody body) {
        UUID signalId = signalen.send(me(),
                new Patroonsignalen.Sending(body.basis() == null ? Patroonsignalen.Basis.AFDELING : body.basis(),
                        body.tenantId(), body.departmentCode(), body.meldingId(), body.unitSize(), body.advice()));
        return Response.status(201).entity(Map.of("signalId", signalId)).build();
    }

    private UUID me() {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No pattern of yours", "You have no meldingen.");
        }
    }
}
