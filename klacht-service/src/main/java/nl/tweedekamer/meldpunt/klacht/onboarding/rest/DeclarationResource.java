package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

import java.net.URI;
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

import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationHistory;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.ConfirmationService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.DeclarationService;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.SubmitDeclaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.service.WithdrawDeclaration;
import nl.tweedekamer.meldpunt.platform.config.SaneDates;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantAccess;

@Path("/tenants/{tenantId}/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    @Inject
    DeclarationService declarations;

    @Inject
    ConfirmationService confirmations;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.FRACTIE_ADMIN)
    @Operation(summary = "Submit a declaration of applicability; it supersedes the previous one from its effective date")
    public Response submit(@PathParam("tenantId") String tenantId, @Valid @NotNull SubmitDeclaration submission) {
        access.enter(tenantId);
        Declaration declaration = declarations.submit(tenantId, submission, caller.subject());
        return Response.created(URI.create("/tenants/" + tenantId + "/declarations/" + declaration.id))
                .entity(view(tenantId, declaration)).build();
    }

    @GET
    @RolesAllowed({ Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN, Roles.EMPLOYEE, Roles.COMMISSION_MEMBER,
            Roles.COMMISSION_SECRETARY })
    @Operation(summary = "Every declaration of the organisation, newest first, with its standing today")
    public List<Views.DeclarationView> history(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        DeclarationHistory history = declarations.history();
        LocalDate today = declarations.today();
        return history.all().stream()
                .map(d -> Views.DeclarationView.of(d, history.standingOn(d, today), showsSignatory(tenantId)))
                .toList();
    }

    @GET
    @Path("in-force")
    @RolesAllowed({ Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN, Roles.EMPLOYEE, Roles.COMMISSION_MEMBER,
            Roles.COMMISSION_SECRETARY })
    @Operation(summary = "The declaration in force on a date (default today)")
    public Views.DeclarationView inForce(@PathParam("tenantId") String tenantId, @QueryParam("on") String on) {
        LocalDate date = on == null ? declarations.today() : SaneDates.parameter("on", on);
        access.enter(tenantId);
        DeclarationHistory history = declarations.history();
        Declaration declaration = history.inForceOn(date).orElseThrow(() -> ProblemException.notFound(
                "No declaration in force", "The regulation was not declared applicable for this organisation on " + date
                        + "; its people can still reach the vertrouwenspersonen, but cannot file complaints."));
        return Views.DeclarationView.of(declaration, history.standingOn(declaration, declarations.today()),
                showsSignatory(tenantId));
    }

    @GET
    @Path("in-force/my-confirmation")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "The declaration in force that you are asked to confirm, and whether you did")
    public Views.ConfirmationRequestView myConfirmation(@PathParam("tenantId") String tenantId) {
        access.enter(tenantId);
        ConfirmationService.Request request = confirmations.requestFor(caller.subject());
        return new Views.ConfirmationRequestView(request.declaration().id, request.declaration().effectiveFrom,
                request.declaration().regulationVersionId,
                request.confirmation().map(c -> c.confirmedAt).orElse(null));
    }

    @GET
    @Path("{declarationId}")
    @RolesAllowed({ Roles.FRACTIE_ADMIN, Roles.PLATFORM_ADMIN, Roles.EMPLOYEE, Roles.COMMISSION_MEMBER,
            Roles.COMMISSION_SECRETARY })
    @Operation(summary = "One declaration")
    public Views.DeclarationView one(@PathParam("tenantId") String tenantId,
            @PathParam("declarationId") UUID declarationId) {
        access.enter(tenantId);
        return view(tenantId, declarations.find(declarationId));
    }

    @POST
    @Path("{declarationId}/withdrawal")
    @RolesAllowed(Roles.FRACTIE_ADMIN)
    @Operation(summary = "Withdraw a declaration from a date on; complaints filed before keep it")
    public Views.DeclarationView withdraw(@PathParam("tenantId") String tenantId,
            @PathParam("declarationId") UUID declarationId, @Valid @NotNull WithdrawDeclaration withdrawal) {
        access.enter(tenantId);
        return view(tenantId, declarations.withdraw(tenantId, declarationId, withdrawal.withdrawnFrom(), caller.subject()));
    }

    @POST
    @Path("{declarationId}/confirmation")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Confirm (onderschrijven) the declaration as the employee you are")
    public Response confirm(@PathParam("tenantId") String tenantId, @PathParam("declarationId") UUID declarationId) {
        access.enter(tenantId);
        ConfirmationService.Result result = confirmations.confirm(declarationId, caller.subject());
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(Views.ConfirmationView.of(result.confirmation())).build();
    }

    private Views.DeclarationView view(String tenantId, Declaration declaration) {
        return Views.DeclarationView.of(declaration,
                declarations.history().standingOn(declaration, declarations.today()), showsSignatory(tenantId));
    }

    /**
     * Who signed for the employer is personal data: the tenant's own administrator sees it. The right belongs to
     * the fractie-admin role within its own tenant only; a role that lets the caller enter another tenant
     * (platform-admin) does not carry it there: a token that combines roles gets no more than each role's rights.
     */
    private boolean showsSignatory(String tenantId) {
        return caller.hasRole(Roles.FRACTIE_ADMIN) && tenantId != null && tenantId.equals(caller.tenantId());
    }

}
