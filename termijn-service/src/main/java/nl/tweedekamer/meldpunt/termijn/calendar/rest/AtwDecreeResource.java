package nl.tweedekamer.meldpunt.termijn.calendar.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.calendar.service.AtwKalenderService;
import nl.tweedekamer.meldpunt.termijn.calendar.service.RegisterDecree;

/** The royal decrees that equate days with a holiday (Atw art 3 lid 3), maintained by platform administrators. */
@Path("/atw/decrees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Atw calendar")
public class AtwDecreeResource {

    @Inject
    AtwKalenderService kalender;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.COMMISSION_SECRETARY, Roles.COMMISSION_MEMBER })
    @Operation(summary = "Every decree entered, with the years it covers and its days, oldest first")
    public List<AtwViews.DecreeView> all() {
        return kalender.decrees().stream().map(AtwViews.DecreeView::of).toList();
    }

    @GET
    @Path("{decreeId}")
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.COMMISSION_SECRETARY, Roles.COMMISSION_MEMBER })
    @Operation(summary = "One decree")
    public AtwViews.DecreeView one(@PathParam("decreeId") UUID decreeId) {
        return AtwViews.DecreeView.of(kalender.decree(decreeId));
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Enter a new decree; its years must not be covered by another decree (409)")
    public Response register(@Valid @NotNull RegisterDecree registration) {
        AtwViews.DecreeView view = AtwViews.DecreeView.of(kalender.register(registration, caller.subject()));
        return Response.created(URI.create("/atw/decrees/" + view.id())).entity(view).build();
    }
}
