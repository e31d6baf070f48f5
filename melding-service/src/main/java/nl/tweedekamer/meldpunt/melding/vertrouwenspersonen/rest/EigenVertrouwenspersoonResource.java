package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Appointment;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Ending;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Overdracht;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

/** A fractie's own vertrouwenspersonen, maintained by its administrator. */
@Path("/tenants/{tenantId}/vertrouwenspersonen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FRACTIE_ADMIN)
public class EigenVertrouwenspersoonResource {

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    TenantAccess access;

    @POST
    @Operation(summary = "Appoint an own vertrouwenspersoon for 4 years, where the declaration in force chooses EIGEN or BEIDE")
    public Response appoint(@PathParam("tenantId") String tenantId, @Valid @NotNull Appointment appointment) {
        access.enter(tenantId);
        Vertrouwenspersoon vp = vertrouwenspersonen.appoint(VertrouwenspersoonKind.EIGEN, tenantId, appointment);
        return Response.created(URI.create("/tenants/" + tenantId + "/vertrouwenspersonen/" + vp.personId))
                .entity(Views.AppointmentView.of(vp)).build();
    }

    @GET
    @Path("{personId}")
    @Operation(summary = "An own vertrouwenspersoon's appointment: the open one, else the latest")
    public Views.AppointmentView one(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId) {
        access.enter(tenantId);
        return Views.AppointmentView.of(vertrouwenspersonen.appointment(VertrouwenspersoonKind.EIGEN, personId));
    }

    @POST
    @Path("{personId}/renewal")
    @Operation(summary = "Renew the appointment for 4 more years; art 4.2 allows this once")
    public Views.AppointmentView renew(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId) {
        access.enter(tenantId);
        return Views.AppointmentView.of(vertrouwenspersonen.renew(VertrouwenspersoonKind.EIGEN, tenantId, personId));
    }

    @POST
    @Path("{personId}/overdracht")
    @Operation(summary = "Hand an ended own VP's files over to a successor (art 5.7); no content is shown")
    public java.util.Map<String, Integer> handOver(@PathParam("tenantId") String tenantId,
            @PathParam("personId") UUID personId, @Valid @NotNull Overdracht overdracht) {
        access.enter(tenantId);
        return java.util.Map.of("moved", vertrouwenspersonen.handOver(VertrouwenspersoonKind.EIGEN, tenantId, personId,
                overdracht.successorId()));
    }

    @POST
    @Path("{personId}/end")
    @Operation(summary = "End the appointment today, with a reason (art 4.3: plausibly involved)")
    public Views.AppointmentView end(@PathParam("tenantId") String tenantId, @PathParam("personId") UUID personId,
            @Valid @NotNull Ending ending) {
        access.enter(tenantId);
        return Views.AppointmentView.of(vertrouwenspersonen.end(VertrouwenspersoonKind.EIGEN, personId, ending));
    }
}
