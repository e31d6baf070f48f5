package nl.tweedekamer.meldpunt.termijn.agenda.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.termijn.agenda.service.AgendaService;

/** Each commission member's iCalendar feed of due dates, at a secret URL they can revoke. */
@Path("/agenda")
@Tag(name = "Calendar feeds")
public class AgendaResource {

    @Inject
    AgendaService agenda;

    @Inject
    Caller caller;

    @ConfigProperty(name = "meldpunt.links.base-url", defaultValue = "http://localhost:8083")
    String base;

    @POST
    @Path("feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY })
    @Operation(summary = "A new secret calendar URL for you; it is shown once. Only while you hold a seat on the"
            + " commission matching your role (403 otherwise, as klacht-service answers POST /klachten/papier)")
    public Response create() {
        AgendaService.Created created = agenda.create(caller);
        String url = base + "/agenda/" + created.secret() + ".ics";
        return Response.created(URI.create("/agenda/feeds/" + created.feed().id))
                .entity(new AgendaFeedView(created.feed().id, url, created.feed().createdAt)).build();
    }

    @GET
    @Path("feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY })
    @Operation(summary = "Your active calendar feeds (without their secret)")
    public List<AgendaFeedView> mine() {
        return agenda.mine(caller.subject()).stream()
                .map(f -> new AgendaFeedView(f.id, null, f.createdAt)).toList();
    }

    @DELETE
    @Path("feeds/{feedId}")
    @RolesAllowed({ Roles.COMMISSION_MEMBER, Roles.COMMISSION_SECRETARY })
    @Operation(summary = "Revoke one of your calendar feeds: its URL answers nothing from now on")
    public Response revoke(@PathParam("feedId") UUID feedId) {
        agenda.revoke(caller.subject(), feedId);
        return Response.noContent().build();
    }

    /** Open on purpose: calendar clients send no token; the secret in the URL is the key. */
    @GET
    @Path("{secret}.ics")
    @PermitAll
    @Produces("text/calendar")
    @Operation(summary = "The calendar feed behind a secret URL (no token); 404 when unknown, revoked, or its owner no longer"
            + " holds a seat on the commission")
    public Response calendar(@PathParam("secret") String secret) {
        String ics = agenda.calendar(secret).orElseThrow(() -> ProblemException.notFound("Unknown calendar",
                "This calendar address does not exist or was revoked."));
        return Response.ok(ics, "text/calendar; charset=utf-8").build();
    }
}
