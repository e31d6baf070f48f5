package nl.tweedekamer.meldpunt.melding.intake.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.dossier.Bodies;
import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;
import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.melding.dossier.service.Bijlagen;
import nl.tweedekamer.meldpunt.melding.dossier.service.DossierService;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingAccess;
import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingDossier;
import nl.tweedekamer.meldpunt.melding.intake.Intake;
import nl.tweedekamer.meldpunt.melding.intake.service.IntakeService;
import nl.tweedekamer.meldpunt.melding.intake.service.MailboxService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/**
 * The anonymous mailbox, open on purpose: no token. Anyone the regulation allows — also former staff, interns,
 * temps and contractors without an account (art 2.d) — picks an organisation and a vertrouwenspersoon and
 * receives a receipt code, shown once. With the code (header {@value #CODE_HEADER}, never in a URL, so it stays
 * out of access logs) they return to read and answer. Intake and attempts are rate-limited per client address,
 * which is held in memory only.
 */
@Path("/mailbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class MailboxResource {

    public static final String CODE_HEADER = "X-Receipt-Code";

    @Inject
    DossierService meldingen;

    @Inject
    IntakeService intakes;

    @Inject
    MailboxService mailboxes;

    @Inject
    TenantContext tenant;

    @Inject
    Bijlagen bijlagen;

    @Context
    HttpServerRequest request;

    @POST
    @Path("meldingen")
    @Operation(summary = "Report anonymously; the answer's receipt code is shown only this once")
    public Response report(@Valid @NotNull Intake intake) {
        mailboxes.countIntake(clientAddress());
        if (intake.tenantId() == null) {
            throw ProblemException.invalidField("tenantId", "pick the organisation the melding concerns");
        }
        tenant.set(intake.tenantId());
        MeldingDossier.Receipt receipt = intakes.intakeAnonymous(intake);
        return Response.created(URI.create("/mailbox")).entity(receipt).build();
    }

    @GET
    @Operation(summary = "Read your melding and its messages")
    public MeldingDossier read(@HeaderParam(CODE_HEADER) String code) {
        MailboxService.Opened opened = open(code);
        return meldingen.read(opened.meldingId(), melder(opened.meldingId()));
    }

    @POST
    @Path("berichten")
    @Operation(summary = "Answer your vertrouwenspersoon")
    public Response post(@HeaderParam(CODE_HEADER) String code, @Valid @NotNull Bodies.Message body) {
        MailboxService.Opened opened = open(code);
        return Response.status(201).entity(meldingen.post(opened.meldingId(), melder(opened.meldingId()), body))
                .build();
    }

    @POST
    @Path("bijlagen")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file to your melding")
    public Response attach(@HeaderParam(CODE_HEADER) String code, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(Bijlagen.FILENAME_HEADER) String filename, byte[] content) {
        MailboxService.Opened opened = open(code);
        return Response.status(201).entity(bijlagen.upload(opened.meldingId(), melder(opened.meldingId()), type,
                filename, content)).build();
    }

    @GET
    @Path("audit")
    @Operation(summary = "The audit trail of your melding (who read or acted, when; no content)")
    public List<AuditTrail.Entry> trail(@HeaderParam(CODE_HEADER) String code) {
        MailboxService.Opened opened = open(code);
        return meldingen.trail(opened.meldingId(), melder(opened.meldingId()));
    }

    @GET
    @Path("bijlagen/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment of your melding")
    public Response attachment(@HeaderParam(CODE_HEADER) String code, @PathParam("attachmentId") UUID attachmentId) {
        MailboxService.Opened opened = open(code);
        return download(bijlagen.download(opened.meldingId(), attachmentId, melder(opened.meldingId())));
    }

    @POST
    @Path("toestemmingen")
    @Operation(summary = "Consent in advance to a step that involves a third party (art 5.3)")
    public Response consent(@HeaderParam(CODE_HEADER) String code, @Valid @NotNull Bodies.Consent body) {
        MailboxService.Opened opened = open(code);
        return Response.status(201)
                .entity(meldingen.giveConsent(opened.meldingId(), melder(opened.meldingId()), body.scope())).build();
    }

    @DELETE
    @Path("toestemmingen/{scope}")
    @Operation(summary = "Withdraw a consent")
    public MeldingDossier.Consent withdraw(@HeaderParam(CODE_HEADER) String code,
            @PathParam("scope") Toestemming.Scope scope) {
        MailboxService.Opened opened = open(code);
        return meldingen.withdrawConsent(opened.meldingId(), melder(opened.meldingId()), scope);
    }

    private static Response download(Bijlagen.Download d) {
        return Response.ok(d.content(), d.contentType()).header("Content-Disposition", "attachment")
                .header("Cache-Control", "no-store").build();
    }

    private MailboxService.Opened open(String code) {
        MailboxService.Opened opened = mailboxes.open(code, clientAddress());
        // the VP of a fractie's own is tenant data of the melding's organisation
        tenant.set(opened.tenantId());
        return opened;
    }

    private static Function<Melding, Party> melder(UUID meldingId) {
        return m -> {
            if (!m.id.equals(meldingId)) {
                throw MeldingAccess.notFound(m.id);
            }
            return Party.melder();
        };
    }

    /** Behind a proxy, Quarkus puts the forwarded address here when configured to trust it. */
    private String clientAddress() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
