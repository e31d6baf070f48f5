package nl.tweedekamer.meldpunt.melding.dossier.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.contract.Contact;
import nl.tweedekamer.meldpunt.melding.dossier.service.DossierService;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The named melder's address, for notificatie-service at the moment it sends (addresses never travel on Kafka).
 * Answers the contract's {@link Contact} (melding-contract, {@code META-INF/openapi/melding-internal.yaml}).
 * 404 when the melding is anonymous, unknown, or its melder did not ask to be emailed.
 */
@Path("/internal/meldingen/{meldingId}/contacts/reporter")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class ReporterContactResource {

    @Inject
    DossierService meldingen;

    @GET
    @Operation(summary = "A named melder's email address, if they asked to be emailed (internal)")
    public Contact reporter(@PathParam("meldingId") UUID meldingId) {
        return meldingen.reporterContact(meldingId).map(c -> new Contact(c[0], c[1]))
                .orElseThrow(() -> ProblemException.notFound("No reporter contact",
                        "Melding " + meldingId + " has no melder who asked to be emailed."));
    }
}
