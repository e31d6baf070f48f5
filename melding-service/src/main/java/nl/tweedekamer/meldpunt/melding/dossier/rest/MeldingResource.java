package nl.tweedekamer.meldpunt.melding.dossier.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.afsluiting.ClosureBody;
import nl.tweedekamer.meldpunt.melding.afsluiting.service.AfsluitingService;
import nl.tweedekamer.meldpunt.melding.dossier.Bodies;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.melding.dossier.service.Bijlagen;
import nl.tweedekamer.meldpunt.melding.dossier.service.DossierService;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingAccess;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingDossier;
import nl.tweedekamer.meldpunt.melding.intake.Intake;
import nl.tweedekamer.meldpunt.melding.intake.service.IntakeService;
import nl.tweedekamer.meldpunt.melding.interventie.InterventionBody;
import nl.tweedekamer.meldpunt.melding.interventie.service.InterventieService;
import nl.tweedekamer.meldpunt.melding.signalen.service.BetrokkeneService;
import nl.tweedekamer.meldpunt.platform.file.FileName;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * A named melding, for its melder (role {@code employee}: staff of any organisation and Kamerleden, art 2.a)
 * and its vertrouwenspersoon. Only these two roles are allowed here, and of them only the melder and the VP the
 * melding is addressed to ({@link MeldingAccess}); every other role gets 403, every other person 404.
 */
@Path("/meldingen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EMPLOYEE, Roles.VERTROUWENSPERSOON })
public class MeldingResource {

    @Inject
    DossierService meldingen;

    @Inject
    IntakeService intakes;

    @Inject
    InterventieService interventies;

    @Inject
    BetrokkeneService betrokkenen;

    @Inject
    AfsluitingService afsluiting;

    @Inject
    MeldingAccess access;

    @Inject
    Caller caller;

    @Inject
    Bijlagen bijlagen;

    public static final String FILENAME_HEADER = Bijlagen.FILENAME_HEADER;

    @POST
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Turn to a vertrouwenspersoon of your choice with a named melding")
    public Response report(@Valid @NotNull Intake intake) {
        String tenantId = caller.tenantId();
        if (tenantId == null) {
            throw ProblemException.badRequest("No organisation",
                    "Your token names no organisation; report through the anonymous mailbox instead.");
        }
        if (intake.tenantId() != null && !intake.tenantId().equals(tenantId)) {
            throw ProblemException.invalidField("tenantId", "a named melding belongs to your own organisation");
        }
        Melding m = intakes.intakeNamed(tenantId, caller.subject(), intake);
        return Response.created(URI.create("/meldingen/" + m.id))
                .entity(Map.of("meldingId", m.id, "reference", m.reference)).build();
    }

    @GET
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Your own named meldingen (no content)")
    public List<MeldingDossier.Summary> mine() {
        return meldingen.ofReporter(caller.subject());
    }

    @GET
    @Path("{meldingId}")
    @Operation(summary = "Read a melding: its melder or its vertrouwenspersoon; every read is audited")
    public MeldingDossier read(@PathParam("meldingId") UUID meldingId) {
        return meldingen.read(meldingId, access::partyFor);
    }

    @GET
    @Path("{meldingId}/audit")
    @Operation(summary = "The audit trail of a melding (who read or acted, when; no content): its melder or its "
            + "vertrouwenspersoon")
    public List<AuditTrail.Entry> trail(@PathParam("meldingId") UUID meldingId) {
        return meldingen.trail(meldingId, access::partyFor);
    }

    @POST
    @Path("{meldingId}/berichten")
    @Operation(summary = "Post a message to the other side")
    public Response post(@PathParam("meldingId") UUID meldingId, @Valid @NotNull Bodies.Message body) {
        return Response.status(201).entity(meldingen.post(meldingId, access::partyFor, body)).build();
    }

    @POST
    @Path("{meldingId}/bijlagen")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG or text; the body is the file, X-Filename its name)")
    public Response attach(@PathParam("meldingId") UUID meldingId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(FILENAME_HEADER) String filename, byte[] content) {
        return Response.status(201).entity(bijlagen.upload(meldingId, access::partyFor, type, filename, content))
                .build();
    }

    @GET
    @Path("{meldingId}/bijlagen/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment; every download is audited")
    public Response attachment(@PathParam("meldingId") UUID meldingId, @PathParam("attachmentId") UUID attachmentId) {
        return download(bijlagen.download(meldingId, attachmentId, access::partyFor));
    }

    static Response download(Bijlagen.Download d) {
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", FileName.attachmentDisposition(d.filename()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{meldingId}/toestemmingen")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "The melder consents in advance to a step that involves a third party (art 5.3)")
    public Response consent(@PathParam("meldingId") UUID meldingId, @Valid @NotNull Bodies.Consent body) {
        return Response.status(201).entity(meldingen.giveConsent(meldingId, access::partyFor, body.scope())).build();
    }

    @DELETE
    @Path("{meldingId}/toestemmingen/{scope}")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "The melder withdraws a consent")
    public MeldingDossier.Consent withdraw(@PathParam("meldingId") UUID meldingId,
            @PathParam("scope") Toestemming.Scope scope) {
        return meldingen.withdrawConsent(meldingId, access::partyFor, scope);
    }

    @POST
    @Path("{meldingId}/interventies")
    @RolesAllowed(Roles.VERTROUWENSPERSOON)
    @Operation(summary = "Record an intervention and the hours spent; third-party steps need the melder's consent")
    public Response intervene(@PathParam("meldingId") UUID meldingId, @Valid @NotNull InterventionBody body) {
        return Response.status(201).entity(interventies.recordIntervention(meldingId, access::partyFor, body)).build();
    }

    public record PersonBody(@Size(max = 200) String identifier) {
    }

    @PUT
    @Path("{meldingId}/betrokkene")
    @RolesAllowed(Roles.VERTROUWENSPERSOON)
    @Operation(summary = "Name the person behaving badly (e.g. a roster person id or a name) for pattern signals; "
            + "only a keyed token is stored, never the identifier; a blank identifier clears it")
    public Response namePerson(@PathParam("meldingId") UUID meldingId, @Valid @NotNull PersonBody body) {
        betrokkenen.namePerson(meldingId, access::partyFor, body.identifier());
        return Response.noContent().build();
    }

    @POST
    @Path("{meldingId}/overdracht-naar-klacht")
    @RolesAllowed(Roles.VERTROUWENSPERSOON)
    @Operation(summary = "Hand a named melding over to the complaint track, with the melder's consent")
    public Response handOver(@PathParam("meldingId") UUID meldingId) {
        return Response.status(201).entity(Map.of("handoverId", afsluiting.handOver(meldingId, access::partyFor)))
                .build();
    }

    @POST
    @Path("{meldingId}/sluiting")
    @RolesAllowed(Roles.VERTROUWENSPERSOON)
    @Operation(summary = "Close the file with a written confirmation to the melder (art 5.1.i); T6 starts")
    public MeldingDossier close(@PathParam("meldingId") UUID meldingId, @Valid @NotNull ClosureBody body) {
        return afsluiting.close(meldingId, access::partyFor, body);
    }
}
