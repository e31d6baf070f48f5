package nl.tweedekamer.meldpunt.klacht.commissie.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.commissie.CommissionAppointment;
import nl.tweedekamer.meldpunt.klacht.commissie.service.AppointCommissielid;
import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionService;
import nl.tweedekamer.meldpunt.klacht.commissie.service.EndCommissielid;
import nl.tweedekamer.meldpunt.platform.config.SaneDates;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The klachtencommissie's composition (art 7, 8), shared by all tenants. Platform administrators maintain it
 * (domain.md §2); the commission's own members and secretary read who sits on it. Nobody else: employers,
 * fractie administrators, HR portals and vertrouwenspersonen have no business with it, and a complainant
 * learns who hears the case from the hearing's invitation (art 11).
 */
@Path("/commission")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class CommissionResource {

    @Inject
    CommissionService commission;

    @Inject
    CommissionComposition composition;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY })
    @Operation(summary = "Who sits on the commission on a day (default today), and where it falls short of art 7")
    public CommissionViews.CompositionView composition(@QueryParam("on") String on) {
        requireAdministratorOrServingOnCommission();
        LocalDate day = on == null || on.isBlank() ? today() : SaneDates.parameter("on", on);
        return CommissionViews.CompositionView.of(day, composition.on(day), composition.issuesOn(day));
    }

    @GET
    @Path("appointments")
    @Operation(summary = "Every appointment, past, present and upcoming; optionally of one person")
    public List<CommissionViews.AppointmentView> appointments(@QueryParam("personId") UUID personId) {
        LocalDate today = today();
        return commission.all(personId).stream().map(a -> CommissionViews.AppointmentView.of(a, today)).toList();
    }

    @GET
    @Path("appointments/{appointmentId}")
    @Operation(summary = "One appointment")
    public CommissionViews.AppointmentView appointment(@PathParam("appointmentId") UUID appointmentId) {
        return CommissionViews.AppointmentView.of(commission.find(appointmentId), today());
    }

    @POST
    @Path("appointments")
    @Operation(summary = "Appoint a chair, deputy chair, (deputy) member for a side, or the secretary (art 7, 8)")
    public Response appoint(@Valid @NotNull AppointCommissielid request) {
        CommissionAppointment appointment = commission.appoint(request, caller.subject());
        return Response.created(URI.create("/commission/appointments/" + appointment.appointmentId))
                .entity(CommissionViews.AppointmentView.of(appointment, today())).build();
    }

    @POST
    @Path("appointments/{appointmentId}/renewal")
    @Operation(summary = "Renew for four more years from the end of the running term (art 6.2)")
    public CommissionViews.AppointmentView renew(@PathParam("appointmentId") UUID appointmentId) {
        return CommissionViews.AppointmentView.of(commission.renew(appointmentId), today());
    }

    @POST
    @Path("appointments/{appointmentId}/end")
    @Operation(summary = "End the appointment today, with a reason (art 7.2; art 7.8 when plausibly involved)")
    public CommissionViews.AppointmentView end(@PathParam("appointmentId") UUID appointmentId,
            @Valid @NotNull EndCommissielid ending) {
        return CommissionViews.AppointmentView.of(commission.end(appointmentId, ending), today());
    }

    /**
     * A commission role in the token is not enough: the caller must be on the commission today, so a former
     * member whose role was not yet withdrawn at the identity provider sees nothing.
     */
    private void requireAdministratorOrServingOnCommission() {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            return;
        }
        UUID personId;
        try {
            personId = UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            personId = null;
        }
        if (personId == null || composition.currentAppointmentOf(personId).isEmpty()) {
            throw new ProblemException(403, null, "Forbidden",
                    "Only the commission's current members and secretary, and platform administrators, read its "
                            + "composition.", null);
        }
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
