package nl.tweedekamer.meldpunt.melding.intake.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.dossier.service.MeldingDossier;
import nl.tweedekamer.meldpunt.melding.intake.Intake;
import nl.tweedekamer.meldpunt.melding.intake.service.IntakeService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Caller;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/**
 * A melding a vertrouwenspersoon takes by phone or in person, recorded by that VP and addressed to them. On the
 * platform it is anonymous like the mailbox's (no identity kept; what the VP knows stays with the VP): the receipt
 * code, shown once, is for the melder, who can then read the replies and answer as any anonymous melder does.
 */
@Path("/vertrouwenspersoon/meldingen/telefonisch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VERTROUWENSPERSOON)
public class TelefonischeMeldingResource {

    @Inject
    IntakeService intakes;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Record a melding taken by phone, addressed to you; the receipt code, shown once, is for the melder")
    public Response record(@Valid @NotNull Intake intake) {
        UUID me;
        try {
            me = UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No appointment", "You are not appointed as a vertrouwenspersoon today.");
        }
        if (intake.tenantId() == null) {
            throw ProblemException.invalidField("tenantId", "name the organisation the melding concerns");
        }
        if (!me.equals(intake.vertrouwenspersoonId())) {
            throw ProblemException.invalidField("vertrouwenspersoonId", "a melding you take is addressed to you");
        }
        tenant.set(intake.tenantId());
        MeldingDossier.Receipt receipt = intakes.intakeAnonymous(intake);
        return Response.created(URI.create("/meldingen/" + receipt.meldingId())).entity(receipt).build();
    }
}
