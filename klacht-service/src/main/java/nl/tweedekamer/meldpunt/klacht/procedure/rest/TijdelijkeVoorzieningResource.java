package nl.tweedekamer.meldpunt.klacht.procedure.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.procedure.mapping.KlachtViews;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtInput;
import nl.tweedekamer.meldpunt.klacht.procedure.service.KlachtToegang;
import nl.tweedekamer.meldpunt.klacht.procedure.service.TijdelijkeVoorzieningService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/** Art 12.4 for the employer of the person concerned: the case reference and the request, never the dossier. */
@Path("/tijdelijke-voorzieningen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
public class TijdelijkeVoorzieningResource {

    @Inject
    CaseDirectory directory;

    @Inject
    TijdelijkeVoorzieningService service;

    @Inject
    TenantContext tenantContext;

    @Inject
    Caller caller;

    @Inject
    KlachtToegang toegang;

    @GET
    @Operation(summary = "Requests for temporary measures addressed to your organisation")
    public List<KlachtViews.TemporaryMeasureRequest> mine() {
        UUID me = person();
        return caller.tenantId() == null || me == null ? List.of() : directory.temporaryMeasuresFor(caller.tenantId(), me);
    }

    @POST
    @Path("{id}/maatregelen")
    @Operation(summary = "Record the measures taken after consulting the commission")
    public KlachtViews.TemporaryMeasureRequest measures(@PathParam("id") UUID id,
            @Valid @NotNull KlachtInput.Maatregelen input) {
        UUID me = person();
        String caseTenant = caller.tenantId() == null || me == null ? null
                : directory.tenantOfTemporaryMeasure(id, caller.tenantId(), me).orElse(null);
        if (caseTenant == null) {
            throw ProblemException.notFound("Unknown request",
                    "There is no request " + id + " for temporary measures that you may access.");
        }
        tenantContext.set(caseTenant);
        return service.recordMeasures(id, input);
    }

    /** The caller's pseudonymous id: only the person who decides for the employer reads its requests (§10.2). */
    private UUID person() {
        return toegang.person().orElse(null);
    }
}
