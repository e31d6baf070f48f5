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

/** The shared pool of vertrouwenspersonen, maintained by platform administrators (domain.md §2). */
@Path("/vertrouwenspersonen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PoolVertrouwenspersoonResource {

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @POST
    @Operation(summary = "Appoint a vertrouwenspersoon to the shared pool for 4 years (art 4.2)")
    public Response appoint(@Valid @NotNull Appointment appointment) {
        Vertrouwenspersoon vp = vertrouwenspersonen.appoint(VertrouwenspersoonKind.POOL, null, appointment);
        return Response.created(URI.create("/vertrouwenspersonen/" + vp.personId))
                .entity(Views.AppointmentView.of(vp)).build();
    }

    @GET
    @Operation(summary = "Every appointment to the shared pool, serving or ended, the latest start first")
    public java.util.List<Views.AppointmentView> all() {
        return vertrouwenspersonen.poolAppointments().stream().map(Views.AppointmentView::of).toList();
    }

    @GET
    @Path("{personId}")
    @Operation(summary = "A pool vertrouwenspersoon's appointment: the open one, else the latest")
    public Views.AppointmentView one(@PathParam("personId") UUID personId) {
        return Views.AppointmentView.of(vertrouwenspersonen.appointment(VertrouwenspersoonKind.POOL, personId));
    }

    @POST
    @Path("{personId}/renewal")
    @Operation(summary = "Renew the appointment for 4 more years; art 4.2 allows this once")
    public Views.AppointmentView renew(@PathParam("personId") UUID personId) {
        return Views.AppointmentView.of(vertrouwenspersonen.renew(VertrouwenspersoonKind.POOL, null, personId));
    }

    @POST
    @Path("{personId}/overdracht")
    @Operation(summary = "Hand an ended VP's files over to a successor in the pool (art 5.7); no content is shown")
    public java.util.Map<String, Integer> handOver(@PathParam("personId") UUID personId,
            @Valid @NotNull Overdracht overdracht) {
        return java.util.Map.of("moved", vertrouwenspersonen.handOver(VertrouwenspersoonKind.POOL, null, personId,
                overdracht.successorId()));
    }

    @POST
    @Path("{personId}/end")
    @Operation(summary = "End the appointment today, with a reason (art 4.3: plausibly involved)")
    public Views.AppointmentView end(@PathParam("personId") UUID personId, @Valid @NotNull Ending ending) {
        return Views.AppointmentView.of(vertrouwenspersonen.end(VertrouwenspersoonKind.POOL, personId, ending));
    }
}
